import Foundation
import Testing
@testable import CourseContent

/// A small valid course; every malformed case below changes one thing in it.
enum Fixture {
    static let course = """
        id: demo
        title: Demo course
        lessons:
          - basics

        """

    static let lesson = """
        ---
        id: basics
        title: Basics
        summary: A tiny lesson.
        objectives:
          - Print something.
        prerequisites: []
        ---

        ## First section

        Some text.

        ```python run
        print("hi")
        ```

        ```output
        hi
        ```

        """

    static let quiz = """
        pass_mark: 50
        questions:
          - id: q1
            kind: single
            prompt: Pick one.
            choices: [a, b]
            answer: a
            explanation: Because a.

        """

    static let exercise = """
        id: fill
        title: Fill
        kind: blanks
        instructions: Fill it.
        hints: [one, two]
        blanks: [print]
        required_constructs:
          - call: print
        checks:
          - no-blanks
        expected_output: |
          hi

        """

    static var files: [String: String] {
        [
            "demo/course.yaml": course,
            "demo/basics/lesson.md": lesson,
            "demo/basics/quiz.yaml": quiz,
            "demo/basics/exercises/fill/exercise.yaml": exercise,
            "demo/basics/exercises/fill/starter.py": "___(\"hi\")\n",
            "demo/basics/exercises/fill/solution.py": "print(\"hi\")\n",
        ]
    }

    /// The fixture with `path` replaced (or removed when `text` is nil).
    static func with(_ edits: [String: String?]) -> [String: String] {
        var files = files
        for (path, text) in edits { files[path] = text }
        return files
    }

    /// The fixture with one text replaced inside one file.
    static func replacing(_ old: String, with new: String, in path: String) -> [String: String] {
        var files = files
        files[path] = files[path]?.replacingOccurrences(of: old, with: new)
        return files
    }
}

struct MalformedCase: CustomTestStringConvertible, Sendable {
    let name: String
    let files: [String: String]
    let expected: [String]
    var testDescription: String { name }
}

let quizFile = "demo/basics/quiz.yaml"
let lessonFile = "demo/basics/lesson.md"
let exerciseFile = "demo/basics/exercises/fill/exercise.yaml"
let courseFile = "demo/course.yaml"

let malformedCases: [MalformedCase] = [
    MalformedCase(name: "bad YAML", files: Fixture.replacing("choices: [a, b]", with: "choices: [a, b", in: quizFile),
                  expected: ["demo/basics/quiz.yaml:7:11: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts at 6:14)"]),
    MalformedCase(name: "missing course title", files: Fixture.replacing("title: Demo course\n", with: "", in: courseFile),
                  expected: ["demo/course.yaml:1:1: missing field 'title'"]),
    MalformedCase(name: "unknown question kind", files: Fixture.replacing("kind: single", with: "kind: truefalse", in: quizFile),
                  expected: ["demo/basics/quiz.yaml:4:11: unknown kind 'truefalse' (expected single, multiple, short or blank)"]),
    MalformedCase(name: "duplicate question id",
                  files: Fixture.with([quizFile: Fixture.quiz + """
                        - id: q1
                          kind: short
                          prompt: Say a.
                          answer: a
                          explanation: It is a.

                      """]),
                  expected: ["demo/basics/quiz.yaml:9:9: duplicate question id 'q1' (first used on line 3)"]),
    MalformedCase(name: "answer not among the choices", files: Fixture.replacing("answer: a", with: "answer: c", in: quizFile),
                  expected: ["demo/basics/quiz.yaml:7:13: answer 'c' is not one of the choices"]),
    MalformedCase(name: "multiple answer not among the choices",
                  files: Fixture.replacing("kind: single\n    prompt: Pick one.\n    choices: [a, b]\n    answer: a",
                                           with: "kind: multiple\n    prompt: Pick some.\n    choices: [a, b]\n    answer: [a, c]",
                                           in: quizFile),
                  expected: ["demo/basics/quiz.yaml:7:13: answer 'c' is not one of the choices"]),
    MalformedCase(name: "blank question with too few answers",
                  files: Fixture.with([quizFile: """
                      pass_mark: 50
                      questions:
                        - id: q1
                          kind: blank
                          prompt: "r = weakref.___(obj); r() ___ None"
                          answer: [ref]
                          explanation: Two blanks.

                      """]),
                  expected: ["demo/basics/quiz.yaml:6:13: the prompt has 2 blanks ('___') but 'answer' gives 1"]),
    MalformedCase(name: "exercise blanks do not match the starter",
                  files: Fixture.replacing("blanks: [print]", with: "blanks: [print, hi]", in: exerciseFile),
                  expected: ["demo/basics/exercises/fill/exercise.yaml:6:9: starter.py has 1 blank ('___') but 'blanks' gives 2 answers"]),
    MalformedCase(name: "missing solution", files: Fixture.with(["demo/basics/exercises/fill/solution.py": nil]),
                  expected: ["demo/basics/exercises/fill/solution.py:1:1: missing file: every exercise needs a reference solution.py"]),
    MalformedCase(name: "missing starter", files: Fixture.with(["demo/basics/exercises/fill/starter.py": nil]),
                  expected: ["demo/basics/exercises/fill/starter.py:1:1: missing file: every exercise needs a starter.py"]),
    MalformedCase(name: "unknown next lesson",
                  files: Fixture.replacing("prerequisites: []\n", with: "prerequisites: []\nnext: advanced\n", in: lessonFile),
                  expected: ["demo/basics/lesson.md:8:7: 'next' names unknown lesson 'advanced'"]),
    MalformedCase(name: "unterminated code fence",
                  files: Fixture.replacing("```output\nhi\n```\n", with: "```output\nhi\n", in: lessonFile),
                  expected: ["demo/basics/lesson.md:18:1: code fence opened here is never closed"]),
    MalformedCase(name: "output block without an example",
                  files: Fixture.replacing("Some text.\n", with: "Some text.\n\n```output\nhello\n```\n", in: lessonFile),
                  expected: ["demo/basics/lesson.md:14:1: output block does not follow a 'python run' example"]),
    MalformedCase(name: "missing front matter", files: Fixture.with([lessonFile: "## Only a section\n\nText.\n"]),
                  expected: ["demo/basics/lesson.md:1:1: missing front matter: the file must start with a '---' line"]),
    MalformedCase(name: "front matter never closed",
                  files: Fixture.with([lessonFile: "---\nid: basics\ntitle: Basics\n\n## Section\n"]),
                  expected: ["demo/basics/lesson.md:1:1: front matter is never closed by a '---' line"]),
    MalformedCase(name: "lesson id differs from its folder", files: Fixture.replacing("id: basics", with: "id: basic", in: lessonFile),
                  expected: ["demo/basics/lesson.md:2:5: lesson id 'basic' does not match its folder 'basics'"]),
    MalformedCase(name: "listed lesson without a folder",
                  files: Fixture.replacing("  - basics\n", with: "  - basics\n  - missing\n", in: courseFile),
                  expected: ["demo/course.yaml:5:5: lesson 'missing' has no file demo/missing/lesson.md"]),
    MalformedCase(name: "lesson folder not listed",
                  files: Fixture.with(["demo/extra/lesson.md": Fixture.lesson.replacingOccurrences(of: "id: basics", with: "id: extra")]),
                  expected: ["demo/extra/lesson.md:1:1: lesson folder 'extra' is not listed in demo/course.yaml"]),
    MalformedCase(name: "duplicate YAML key", files: Fixture.replacing("    answer: a\n", with: "    answer: a\n    answer: b\n", in: quizFile),
                  expected: ["demo/basics/quiz.yaml:7:5: duplicate key 'answer'"]),
    MalformedCase(name: "a single hint", files: Fixture.replacing("hints: [one, two]", with: "hints: [one]", in: exerciseFile),
                  expected: ["demo/basics/exercises/fill/exercise.yaml:5:8: field 'hints' needs at least 2 items"]),
    MalformedCase(name: "unknown check", files: Fixture.replacing("  - no-blanks", with: "  - no-blank", in: exerciseFile),
                  expected: ["demo/basics/exercises/fill/exercise.yaml:10:5: unknown check 'no-blank' (expected no-blanks, exits-cleanly, same-output or contains)"]),
    MalformedCase(name: "unknown construct kind", files: Fixture.replacing("  - call: print", with: "  - calls: print", in: exerciseFile),
                  expected: ["demo/basics/exercises/fill/exercise.yaml:8:5: unknown construct kind 'calls' (expected call, statement, import or name)"]),
    MalformedCase(name: "pass mark out of range", files: Fixture.replacing("pass_mark: 50", with: "pass_mark: 150", in: quizFile),
                  expected: ["demo/basics/quiz.yaml:1:12: field 'pass_mark' must be a whole number from 0 to 100"]),
    MalformedCase(name: "unknown scoring policy",
                  files: Fixture.replacing("pass_mark: 50", with: "pass_mark: 50\nscoring: best", in: quizFile),
                  expected: ["demo/basics/quiz.yaml:2:10: field 'scoring' must be one of highest, last, first, average"]),
    MalformedCase(name: "pattern on a single-choice question",
                  files: Fixture.replacing("    answer: a\n", with: "    answer: a\n    pattern: a+\n", in: quizFile),
                  expected: ["demo/basics/quiz.yaml:8:5: field 'pattern' is only for short questions"]),
    MalformedCase(name: "pattern that does not compile",
                  files: Fixture.replacing("kind: single\n    prompt: Pick one.\n    choices: [a, b]\n    answer: a",
                                           with: "kind: short\n    prompt: Say a.\n    answer: a\n    pattern: \"(a\"",
                                           in: quizFile),
                  expected: ["demo/basics/quiz.yaml:7:14: pattern '(a' is not a valid regular expression"]),
    MalformedCase(name: "blank left in the solution",
                  files: Fixture.with(["demo/basics/exercises/fill/solution.py": "x = 1\nprint(___)\n"]),
                  expected: ["demo/basics/exercises/fill/solution.py:2:7: the reference solution still contains a blank ('___')"]),
    MalformedCase(name: "misspelt field", files: Fixture.replacing("title: Fill", with: "titel: Fill", in: exerciseFile),
                  expected: ["demo/basics/exercises/fill/exercise.yaml:1:1: missing field 'title'",
                             "demo/basics/exercises/fill/exercise.yaml:2:1: unknown field 'titel'"]),
    MalformedCase(name: "choices on a short question", files: Fixture.replacing("kind: single", with: "kind: short", in: quizFile),
                  expected: ["demo/basics/quiz.yaml:6:5: field 'choices' is only for single and multiple questions"]),
    MalformedCase(name: "lesson listed twice",
                  files: Fixture.replacing("  - basics\n", with: "  - basics\n  - basics\n", in: courseFile),
                  expected: ["demo/course.yaml:5:5: lesson 'basics' is listed twice"]),
    MalformedCase(name: "prose before the first section",
                  files: Fixture.replacing("---\n\n## First section", with: "---\nIntro text.\n\n## First section", in: lessonFile),
                  expected: ["demo/basics/lesson.md:9:1: text before the first '## ' section"]),
    MalformedCase(name: "unknown prerequisite", files: Fixture.replacing("prerequisites: []", with: "prerequisites: [classes]", in: lessonFile),
                  expected: ["demo/basics/lesson.md:7:16: prerequisite 'classes' is not a lesson of this course"]),
    MalformedCase(name: "course id differs from its folder", files: Fixture.replacing("id: demo", with: "id: other", in: courseFile),
                  expected: ["demo/course.yaml:1:5: course id 'other' does not match its folder 'demo'"]),
    MalformedCase(name: "unknown exercise kind", files: Fixture.replacing("kind: blanks", with: "kind: essay", in: exerciseFile),
                  expected: ["demo/basics/exercises/fill/exercise.yaml:3:7: unknown exercise kind 'essay' (expected blanks or program)"]),
    MalformedCase(name: "empty example", files: Fixture.replacing("print(\"hi\")\n```\n\n```output\nhi\n```\n", with: "```\n", in: lessonFile),
                  expected: ["demo/basics/lesson.md:14:1: empty 'python run' example"]),
    MalformedCase(name: "bad YAML in front matter counts lines of lesson.md",
                  files: Fixture.replacing("title: Basics", with: "title: [Basics", in: lessonFile),
                  expected: ["demo/basics/lesson.md:4:8: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts at 3:8)"]),
    MalformedCase(name: "no objectives", files: Fixture.replacing("objectives:\n  - Print something.\n", with: "", in: lessonFile),
                  expected: ["demo/basics/lesson.md:2:1: missing field 'objectives'"]),
    MalformedCase(name: "blanks on a program exercise", files: Fixture.replacing("kind: blanks", with: "kind: program", in: exerciseFile),
                  expected: ["demo/basics/exercises/fill/exercise.yaml:6:1: field 'blanks' is only for exercises of kind 'blanks'"]),
    MalformedCase(name: "exercise folder without exercise.yaml",
                  files: Fixture.with(["demo/basics/exercises/other/starter.py": "pass\n",
                                       "demo/basics/exercises/other/solution.py": "pass\n"]),
                  expected: ["demo/basics/exercises/other/exercise.yaml:1:1: missing file: every folder under exercises/ needs an exercise.yaml"]),
    MalformedCase(name: "missing course.yaml", files: Fixture.with([courseFile: nil]),
                  expected: ["demo/course.yaml:1:1: missing file: every course folder needs a course.yaml"]),
]

@Suite struct MalformedContentTests {
    @Test func fixtureIsValid() throws {
        #expect(try TemporaryContent.problems(in: Fixture.files) == [])
    }

    @Test(arguments: malformedCases)
    func malformedContentIsReportedWhereItIs(_ testCase: MalformedCase) throws {
        let problems = try TemporaryContent.problems(in: testCase.files)
        #expect(problems == testCase.expected, "got: \(problems)")
    }

    @Test func everyProblemIsCollectedNotJustTheFirst() throws {
        var files = Fixture.replacing("answer: a", with: "answer: c", in: quizFile)
        files["demo/basics/exercises/fill/solution.py"] = nil
        files[courseFile] = files[courseFile]?.replacingOccurrences(of: "title: Demo course\n", with: "")
        let problems = try TemporaryContent.problems(in: files)
        #expect(problems == [
            "demo/basics/exercises/fill/solution.py:1:1: missing file: every exercise needs a reference solution.py",
            "demo/basics/quiz.yaml:7:13: answer 'c' is not one of the choices",
            "demo/course.yaml:1:1: missing field 'title'",
        ])
    }

    @Test func loadingThrowsTheTypedErrorWithEveryProblem() throws {
        let content = try TemporaryContent(files: Fixture.replacing("answer: a", with: "answer: c", in: quizFile))
        defer { content.remove() }
        #expect(throws: ContentValidationError.self) {
            try ContentLoader(source: content.source).loadCourse(id: "demo")
        }
        do {
            _ = try ContentLoader(source: content.source).loadCourse(id: "demo")
        } catch {
            #expect(error.problems.map(\.description) == ["demo/basics/quiz.yaml:7:13: answer 'c' is not one of the choices"])
        }
    }

    @Test func aFolderWithoutCoursesSaysSo() {
        let missing = "/tmp/course-content-does-not-exist-\(UUID().uuidString)"
        let problems = ContentLoader(source: DirectoryContentSource(path: missing)).validate()
        #expect(problems.map(\.description) == [".:1:1: no course found in \(missing): expected <course>/course.yaml"])
    }

    @Test func errorDescriptionListsOneProblemPerLine() {
        let error = ContentValidationError(problems: [
            ContentProblem(file: "b.yaml", line: 2, column: 3, message: "second"),
            ContentProblem(file: "a.yaml", line: 9, column: 1, message: "first"),
        ])
        #expect(error.description == "a.yaml:9:1: first\nb.yaml:2:3: second")
    }
}
