import CourseModel
import Foundation
import Testing
@testable import CourseContent

/// The `alive-at-end` lifetime check of `exercise.yaml`.
@Suite struct LifetimeCheckContentTests {
    @Test func readsAClassAndACount() throws {
        let files = Fixture.replacing("  - no-blanks\n", with: "  - no-blanks\n  - alive-at-end: {class: Image, count: 1}\n", in: exerciseFile)
        let content = try TemporaryContent(files: files)
        defer { content.remove() }
        let course = try ContentLoader(source: content.source).loadCourse(id: "demo")
        let exercise = try #require(course.lessons.first?.exercises.first)
        #expect(exercise.checks == [.noBlanks, .aliveAtEnd(className: "Image", count: 1)])
    }

    @Test(arguments: [
        "alive-at-end: {class: Image}",
        "alive-at-end: {class: Image, count: -1}",
        "alive-at-end: {class: Image, count: many}",
        "alive-at-end: {class: 'not a name', count: 1}",
        "alive-at-end: {class: Image, count: 1, extra: 2}",
        "alive-at-end: Image",
    ])
    func rejectsMalformedOnes(line: String) throws {
        let files = Fixture.replacing("  - no-blanks\n", with: "  - no-blanks\n  - \(line)\n", in: exerciseFile)
        let problems = try TemporaryContent.problems(in: files)
        #expect(problems == ["\(exerciseFile):11:5: 'alive-at-end' needs a class name and a count, e.g. 'alive-at-end: {class: Image, count: 1}'"])
    }
}

/// The optional `file` of `exercise.yaml`: the starter's name in the learner's folder.
@Suite struct ExerciseFileNameTests {
    @Test func defaultsToTheIDAndCanBeGiven() throws {
        for (yaml, expected) in [("", "fill.py"), ("file: cache.py\n", "cache.py")] {
            let files = Fixture.replacing("kind: blanks\n", with: "kind: blanks\n" + yaml, in: exerciseFile)
            let content = try TemporaryContent(files: files)
            defer { content.remove() }
            let course = try ContentLoader(source: content.source).loadCourse(id: "demo")
            #expect(course.lessons.first?.exercises.first?.starterFileName == expected)
        }
    }

    @Test(arguments: ["../x.py", ".hidden.py", "cache.txt", "a b/c.py"])
    func rejectsPathsAndOtherFiles(name: String) throws {
        let files = Fixture.replacing("kind: blanks\n", with: "kind: blanks\nfile: '\(name)'\n", in: exerciseFile)
        let problems = try TemporaryContent.problems(in: files)
        #expect(problems == ["\(exerciseFile):4:7: file '\(name)' must be a plain file name ending in .py (no folders, not hidden)"])
    }
}
