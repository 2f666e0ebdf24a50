import CourseModel
import Foundation
import GRDB

extension CourseStore {
    /// Stores a checked exercise solution.
    @discardableResult
    public func recordSubmission(
        learnerID: Int64, courseID: String, lessonID: String, exerciseID: String, contentVersion: String,
        source: String, output: String, verdict: SubmissionVerdict, durationMilliseconds: Int64,
        hintsUsed: Int, now: Date = Date()
    ) throws -> ExerciseSubmission {
        try write("store an exercise submission") { db in
            try db.execute(
                sql: """
                    INSERT INTO exerciseSubmission (learnerId, courseId, lessonId, exerciseId, contentVersion,
                        source, output, verdict, durationMs, hintsUsed, submittedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [learnerID, courseID, lessonID, exerciseID, contentVersion, source, output,
                            verdict.rawValue, durationMilliseconds, hintsUsed, Timestamp.string(from: now)])
            let row = try Self.required(Row.fetchOne(
                db, sql: "SELECT * FROM exerciseSubmission WHERE id = ?", arguments: [db.lastInsertedRowID]),
                "store an exercise submission")
            return try ExerciseSubmission(row: row)
        }
    }

    /// A learner's submissions for one exercise (all exercises if nil), oldest first.
    public func submissions(learnerID: Int64, courseID: String, exerciseID: String? = nil) throws -> [ExerciseSubmission] {
        try read("list exercise submissions") { db in
            var sql = "SELECT * FROM exerciseSubmission WHERE learnerId = ? AND courseId = ?"
            var arguments: StatementArguments = [learnerID, courseID]
            if let exerciseID {
                sql += " AND exerciseId = ?"
                arguments += [exerciseID]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).map { try ExerciseSubmission(row: $0) }
        }
    }
}
