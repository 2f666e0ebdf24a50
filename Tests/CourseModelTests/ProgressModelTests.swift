import CourseModel
import Foundation
import Testing

@Suite struct ProgressModelTests {
    @Test func aLessonIsCompletedExactlyWhenItHasACompletionTime() {
        var progress = LessonProgress(
            learnerID: 1, courseID: "c", lessonID: "l", sectionsRead: [0], startedAt: Date(), completedAt: nil)
        #expect(progress.status == .inProgress)
        progress.completedAt = Date()
        #expect(progress.status == .completed)
    }

    @Test func statusesPrintAsReportsShowThem() {
        #expect(LessonStatus.allCases.map(\.rawValue) == ["Not Attempted", "In Progress", "Completed"])
        #expect(AttemptState.inProgress.rawValue == "in_progress")
    }

    @Test func attemptsSurviveAJSONRoundTrip() throws {
        let attempt = QuizAttempt(
            id: 3, learnerID: 1, courseID: "python-weakref", lessonID: "weakref", contentVersion: "v2",
            state: .inProgress, seed: 42, startedAt: Date(timeIntervalSince1970: 1_764_000_000))
        let decoded = try JSONDecoder().decode(QuizAttempt.self, from: JSONEncoder().encode(attempt))
        #expect(decoded == attempt)
    }
}
