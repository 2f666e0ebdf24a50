import CourseModel
import Foundation
import GRDB

extension CourseStore {
    /// How many hints of an exercise the learner has been shown.
    public func hintsShown(learnerID: Int64, courseID: String, exerciseID: String) throws -> Int {
        try read("read hints shown") { db in
            try Int.fetchOne(
                db, sql: "SELECT hintsShown FROM exerciseHint WHERE learnerId = ? AND courseId = ? AND exerciseId = ?",
                arguments: [learnerID, courseID, exerciseID]) ?? 0
        }
    }

    /// Records that one more hint is shown, up to `available`, and returns how many have been
    /// shown now (so the hint to show is number `result`, from 1). Once every hint has been
    /// shown the count stays at `available`.
    @discardableResult
    public func revealNextHint(learnerID: Int64, courseID: String, exerciseID: String, available: Int,
                               now: Date = Date()) throws -> Int {
        try write("record a hint shown") { db in
            try db.execute(
                sql: """
                    INSERT INTO exerciseHint (learnerId, courseId, exerciseId, hintsShown, lastShownAt)
                    VALUES (?, ?, ?, MIN(1, ?), ?)
                    ON CONFLICT (learnerId, courseId, exerciseId)
                    DO UPDATE SET hintsShown = MIN(hintsShown + 1, ?), lastShownAt = excluded.lastShownAt
                    """,
                arguments: [learnerID, courseID, exerciseID, available, Timestamp.string(from: now), available])
            return try Int.fetchOne(
                db, sql: "SELECT hintsShown FROM exerciseHint WHERE learnerId = ? AND courseId = ? AND exerciseId = ?",
                arguments: [learnerID, courseID, exerciseID]) ?? 0
        }
    }

    /// Stores a checked solution and starts the exercise's lesson in the learner's progress,
    /// in one transaction; the hints used are the ones shown so far.
    @discardableResult
    public func recordExerciseCheck(
        learnerID: Int64, courseID: String, lessonID: String, exerciseID: String, contentVersion: String,
        source: String, output: String, verdict: SubmissionVerdict, durationMilliseconds: Int64, now: Date = Date()
    ) throws -> ExerciseSubmission {
        try write("store an exercise check") { db in
            let stamp = Timestamp.string(from: now)
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO lessonProgress (learnerId, courseId, lessonId, startedAt)
                    VALUES (?, ?, ?, ?)
                    """,
                arguments: [learnerID, courseID, lessonID, stamp])
            let hints = try Int.fetchOne(
                db, sql: "SELECT hintsShown FROM exerciseHint WHERE learnerId = ? AND courseId = ? AND exerciseId = ?",
                arguments: [learnerID, courseID, exerciseID]) ?? 0
            try db.execute(
                sql: """
                    INSERT INTO exerciseSubmission (learnerId, courseId, lessonId, exerciseId, contentVersion,
                        source, output, verdict, durationMs, hintsUsed, submittedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [learnerID, courseID, lessonID, exerciseID, contentVersion, source, output,
                            verdict.rawValue, durationMilliseconds, hints, stamp])
            guard let row = try Row.fetchOne(
                db, sql: "SELECT * FROM exerciseSubmission WHERE id = ?", arguments: [db.lastInsertedRowID]) else {
                throw StoreError.database(operation: "store an exercise check", reason: "the new submission could not be read back")
            }
            return try ExerciseSubmission(row: row)
        }
    }

    /// Every stored submission of a course, oldest first, handed over one at a time from a
    /// cursor inside one read snapshot (memory stays flat); for batch regrading.
    public func forEachSubmission(courseID: String, _ body: (ExerciseSubmission) throws -> Void) throws {
        try read("walk exercise submissions") { db in
            let rows = try Row.fetchCursor(
                db, sql: "SELECT * FROM exerciseSubmission WHERE courseId = ? ORDER BY id", arguments: [courseID])
            while let row = try rows.next() {
                try body(ExerciseSubmission(row: row))
            }
        }
    }
}
