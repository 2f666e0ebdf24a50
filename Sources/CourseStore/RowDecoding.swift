import CourseModel
import Foundation
import GRDB

/// Turning stored rows into CourseModel values. Stored instants are `Timestamp` text.
extension Row {
    func date(_ column: String) -> Date? {
        guard let text: String = self[column] else { return nil }
        return Timestamp.date(from: text)
    }

    func requiredDate(_ column: String) -> Date {
        date(column) ?? Date(timeIntervalSince1970: 0)
    }
}

extension Learner {
    static let selection = "learner.id, learner.handle, learner.name, learner.createdAt"

    init(row: Row) {
        self.init(id: row["id"], handle: row["handle"], name: row["name"], createdAt: row.requiredDate("createdAt"))
    }
}

extension QuizAttempt {
    init(row: Row) {
        self.init(
            id: row["id"], learnerID: row["learnerId"], courseID: row["courseId"], lessonID: row["lessonId"],
            contentVersion: row["contentVersion"],
            state: AttemptState(rawValue: row["state"]) ?? .abandoned,
            seed: row["seed"], startedAt: row.requiredDate("startedAt"), finishedAt: row.date("finishedAt"),
            score: row["score"], maxScore: row["maxScore"])
    }
}

extension QuizResponse {
    init(row: Row) {
        self.init(
            id: row["id"], attemptID: row["attemptId"], questionID: row["questionId"],
            answerGiven: row["answerGiven"], isCorrect: row["isCorrect"], points: row["points"],
            maxPoints: row["maxPoints"], contentVersion: row["contentVersion"],
            answeredAt: row.requiredDate("answeredAt"))
        shownChoices = ShownChoices.decode(row["shownChoices"])
    }
}

extension ExerciseSubmission {
    init(row: Row) {
        self.init(
            id: row["id"], learnerID: row["learnerId"], courseID: row["courseId"], lessonID: row["lessonId"],
            exerciseID: row["exerciseId"], contentVersion: row["contentVersion"], source: row["source"],
            output: row["output"], verdict: SubmissionVerdict(rawValue: row["verdict"]) ?? .error,
            durationMilliseconds: row["durationMs"], hintsUsed: row["hintsUsed"],
            submittedAt: row.requiredDate("submittedAt"))
    }
}

extension ReviewItem {
    init(row: Row) {
        self.init(
            id: row["id"], learnerID: row["learnerId"], courseID: row["courseId"], lessonID: row["lessonId"],
            itemKey: row["itemKey"], state: ReviewState(rawValue: row["state"]) ?? .new, step: row["step"],
            stability: row["stability"], difficulty: row["difficulty"], due: row.requiredDate("due"),
            lastReview: row.date("lastReview"), reps: row["reps"], lapses: row["lapses"])
    }
}
