import CourseContent
import CourseStore
import CourseTestSupport
import Foundation
import Testing

/// `course lessons`, `course lesson` and `course content lint` on the built-in course.
@Suite struct LessonCommandTests {
    /// The shipped weakref lesson, loaded the way the binary loads it.
    private func shippedLesson() throws -> (courseID: String, sectionCount: Int, firstTitle: String) {
        let course = try ContentLoader(source: EmbeddedContentSource()).loadCourse(id: "python-weakref")
        let lesson = try #require(course.lessons.first { $0.id == "weakref" })
        return (course.id, lesson.sections.count, lesson.sections[0].title)
    }

    @Test func readingASectionRecordsItAndReadingAllCompletesTheLesson() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)
        let (courseID, sectionCount, firstTitle) = try shippedLesson()

        let one = try sandbox.run(["lesson", "weakref", "--section", "1"])
        #expect(one.status == 0)
        #expect(one.standardOutput.contains(firstTitle))
        let store = try CourseStore(path: sandbox.databasePath)
        let learner = try #require(try store.currentLearner())
        var progress = try #require(try store.lessonProgress(learnerID: learner.id, courseID: courseID, lessonID: "weakref"))
        #expect(progress.sectionsRead == [0])
        #expect(progress.completedAt == nil)

        #expect(try sandbox.run(["lesson", "weakref"]).status == 0)
        progress = try #require(try store.lessonProgress(learnerID: learner.id, courseID: courseID, lessonID: "weakref"))
        #expect(progress.sectionsRead.count == sectionCount)
        #expect(progress.completedAt != nil)

        let lessons = try sandbox.run(["lessons"])
        #expect(lessons.standardOutput.contains("\(sectionCount)/\(sectionCount) sections read"))
    }

    @Test func unknownLessonAndSectionAreUsageErrorsThatRecordNothing() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)
        let unknown = try sandbox.run(["lesson", "nope"])
        #expect(unknown.status == 66)
        #expect(unknown.standardError == "course: unknown lesson 'nope' in course 'python-weakref' (known: weakref)\n")
        let (_, sectionCount, _) = try shippedLesson()
        let tooFar = try sandbox.run(["lesson", "weakref", "--section", "\(sectionCount + 1)"])
        #expect(tooFar.status == 64)
        let store = try CourseStore(path: sandbox.databasePath)
        let learner = try #require(try store.currentLearner())
        #expect(try store.lessonProgress(learnerID: learner.id, courseID: "python-weakref", lessonID: "weakref") == nil)
    }

    @Test func shippedContentLintsCleanInTheCore() throws {
        let sandbox = try CLISandbox()
        let lint = try sandbox.run(["content", "lint"])
        #expect(lint.status == 0, "\(lint.standardOutput)\(lint.standardError)")
        #expect(lint.standardOutput.hasPrefix("ok: "))
    }

    @Test func lintFailsOnAWrongOutputBlockWith65() throws {
        let sandbox = try CLISandbox()
        let root = sandbox.folder.path("content")
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Content")
        try FileManager.default.copyItem(at: source, to: URL(fileURLWithPath: root))
        let lessonPath = root + "/python-weakref/weakref/lesson.md"
        var lesson = try String(contentsOfFile: lessonPath, encoding: .utf8)
        // The first output block claims a line its example does not print.
        let marker = "```output\n"
        let range = try #require(lesson.range(of: marker))
        lesson.insert(contentsOf: "a line the example never prints\n", at: range.upperBound)
        try lesson.write(toFile: lessonPath, atomically: true, encoding: .utf8)
        let lint = try sandbox.run(["content", "lint", root])
        #expect(lint.status == 65)
        #expect(lint.standardOutput.contains("python-weakref/weakref/lesson.md:"))
    }
}
