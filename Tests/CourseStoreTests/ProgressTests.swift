import CourseModel
import CourseStore
import CourseTestSupport
import Foundation
import Testing

@Suite struct ProgressTests {
    let course = CourseModel.defaultCourseID

    @Test func readingSectionsStartsThenCompletesALesson() throws {
        let database = try TemporaryDatabase()
        let ada = try database.store.enrol(.name("Ada Lovelace"), courseID: course).learner
        let lessons = ["weakref", "finalize"]
        #expect(try database.store.lessonSummaries(learnerID: ada.id, courseID: course, lessonIDs: lessons)
            .map(\.status) == [.notAttempted, .notAttempted])

        try database.store.markSectionRead(learnerID: ada.id, courseID: course, lessonID: "weakref", section: 0, sectionCount: 2)
        try database.store.markSectionRead(learnerID: ada.id, courseID: course, lessonID: "weakref", section: 0, sectionCount: 2)
        var summaries = try database.store.lessonSummaries(learnerID: ada.id, courseID: course, lessonIDs: lessons)
        #expect(summaries[0].status == .inProgress)
        #expect(summaries[0].sectionsRead == 1)

        let done = try database.store.markSectionRead(
            learnerID: ada.id, courseID: course, lessonID: "weakref", section: 1, sectionCount: 2)
        #expect(done.sectionsRead == [0, 1])
        #expect(done.status == .completed)
        summaries = try database.store.lessonSummaries(learnerID: ada.id, courseID: course, lessonIDs: lessons)
        #expect(summaries.map(\.status) == [.completed, .notAttempted])
        #expect(summaries[0].completedAt != nil)
    }

    @Test func quizAttemptsAndExercisesFeedTheSummary() throws {
        let database = try TemporaryDatabase()
        let ada = try database.store.enrol(.name("Ada Lovelace"), courseID: course).learner
        let store = database.store
        let first = try store.startAttempt(learnerID: ada.id, courseID: course, lessonID: "weakref", contentVersion: "v1", seed: 7)
        try store.recordResponse(attemptID: first.id, questionID: "q1", answerGiven: "b", isCorrect: true,
                                 points: 1, maxPoints: 1, contentVersion: "v1")
        try store.finishAttempt(id: first.id, score: 1, maxScore: 4)
        let second = try store.startAttempt(learnerID: ada.id, courseID: course, lessonID: "weakref", contentVersion: "v1", seed: 8)
        try store.finishAttempt(id: second.id, score: 3, maxScore: 4)
        let third = try store.startAttempt(learnerID: ada.id, courseID: course, lessonID: "weakref", contentVersion: "v1", seed: 9)
        #expect(try store.abandonAttempt(id: third.id).state == .abandoned)
        for exercise in ["e1", "e1", "e2"] {
            try store.recordSubmission(learnerID: ada.id, courseID: course, lessonID: "weakref", exerciseID: exercise,
                                       contentVersion: "v1", source: "print(1)", output: "1\n", verdict: .passed,
                                       durationMilliseconds: 3, hintsUsed: 0)
        }

        let summary = try #require(try store.lessonSummaries(learnerID: ada.id, courseID: course, lessonIDs: ["weakref"]).first)
        #expect(summary.status == .inProgress)
        #expect(summary.attempts == 3)
        #expect(summary.bestScore == 0.75)
        #expect(summary.exercisesPassed == 2)
        #expect(try store.responses(attemptID: first.id).map(\.answerGiven) == ["b"])
        #expect(throws: StoreError.unknownAttempt(id: 999)) { try store.finishAttempt(id: 999, score: 0, maxScore: 1) }
    }

    @Test func timestampsRoundTripAsSortableUTCText() throws {
        let instant = Date(timeIntervalSince1970: 1_764_032_654.123)
        let text = Timestamp.string(from: instant)
        #expect(text.hasSuffix("Z"))
        #expect(text.count == 24)
        let back = try #require(Timestamp.date(from: text))
        #expect(abs(back.timeIntervalSince1970 - instant.timeIntervalSince1970) < 0.001)
        // The oracle for the calendar is Foundation's ISO 8601 formatter.
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        #expect(formatter.string(from: instant) == text)
        #expect(Timestamp.string(from: Date(timeIntervalSince1970: 0)) < text)
    }
}
