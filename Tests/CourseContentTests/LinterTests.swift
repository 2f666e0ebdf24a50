import CourseModel
import Foundation
import Testing
@testable import CourseContent

/// The linter with python3 as the runner: python3 is the oracle for every
/// output block and expected output the content claims.
@Suite struct LinterTests {
    let linter = ContentLinter(runner: runWithPython)

    @Test func shippedContentLintsClean() throws {
        let course = try ContentLoader(source: DirectoryContentSource(root: shippedContentRoot)).loadCourse(id: "python-weakref")
        #expect(linter.lint(course).map(\.description) == [])
    }

    @Test func catchesTheSeedsClaimThatTwoPlainRefsCountTwice() throws {
        let wrongLesson = Fixture.lesson.replacingOccurrences(of: """
            ```python run
            print("hi")
            ```

            ```output
            hi
            ```
            """, with: """
            ```python run
            import weakref

            class Thing:
                pass

            obj = Thing()
            r1 = weakref.ref(obj)
            r2 = weakref.ref(obj)
            print(weakref.getweakrefcount(obj))
            ```

            ```output
            2
            ```
            """)
        let course = try ContentLoader(source: InMemoryContentSource(files: Fixture.with([lessonFile: wrongLesson])))
            .loadCourse(id: "demo")
        #expect(linter.lint(course).map(\.description) == [
            "demo/basics/lesson.md:26: example 1 prints something else than its output block: line 1 should be \"2\" but is \"1\"",
        ])
    }

    @Test func reportsAnExampleThatFails() throws {
        let failing = Fixture.lesson.replacingOccurrences(of: "print(\"hi\")", with: "import weakref\nweakref.ref(42)\nprint(\"hi\")")
        let course = try ContentLoader(source: InMemoryContentSource(files: Fixture.with([lessonFile: failing]))).loadCourse(id: "demo")
        #expect(linter.lint(course).map(\.description) == [
            "demo/basics/lesson.md:14: example 1 exited with status 1: TypeError: cannot create weak reference to 'int' object",
            "demo/basics/lesson.md:20: example 1 prints something else than its output block: line 1 should be \"hi\" but is no line",
        ])
    }

    @Test func checksTheSolutionAgainstExpectedOutput() throws {
        let files = Fixture.replacing("expected_output: |\n  hi\n", with: "expected_output: |\n  hello\n", in: exerciseFile)
        let course = try ContentLoader(source: InMemoryContentSource(files: files)).loadCourse(id: "demo")
        #expect(linter.lint(course).map(\.description) == [
            "demo/basics/exercises/fill/exercise.yaml:11: the reference solution does not print expected_output: line 1 should be \"hello\" but is \"hi\"",
        ])
    }

    @Test func checksThatTheFilledStarterMatchesTheSolution() throws {
        let files = Fixture.replacing("blanks: [print]", with: "blanks: [len]", in: exerciseFile)
        let course = try ContentLoader(source: InMemoryContentSource(files: files)).loadCourse(id: "demo")
        #expect(linter.lint(course).map(\.description) == [
            "demo/basics/exercises/fill/starter.py:1: the starter with its blanks filled in does not print what the solution prints: line 1 should be \"hi\" but is no line",
        ])
    }

    @Test func fillingBlanksReplacesThemInOrder() {
        #expect(ContentLinter.fill("a ___ b ___", with: ["1", "2"]) == "a 1 b 2")
        #expect(ContentLinter.fill("a ___", with: []) == nil)
    }
}
