import CourseModel
import Foundation
import GRDB

extension CourseStore {
    /// Creates the review item for `itemKey` if the learner has none yet (new, due now); returns it.
    @discardableResult
    public func ensureReviewItem(
        learnerID: Int64, courseID: String, lessonID: String, itemKey: String, now: Date = Date()
    ) throws -> ReviewItem {
        try write("create a review item") { db in
            try db.execute(
                sql: """
                    INSERT OR IGNORE INTO reviewItem (learnerId, courseId, lessonId, itemKey, due)
                    VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [learnerID, courseID, lessonID, itemKey, Timestamp.string(from: now)])
            let row = try Self.required(Row.fetchOne(
                db, sql: "SELECT * FROM reviewItem WHERE learnerId = ? AND courseId = ? AND itemKey = ?",
                arguments: [learnerID, courseID, itemKey]), "create a review item")
            return try ReviewItem(row: row)
        }
    }

    /// Saves an item's new FSRS state and logs the rating with the state before it, in one transaction.
    public func recordReview(_ item: ReviewItem, rating: Int, reviewedAt: Date, durationMilliseconds: Int = 0) throws {
        try write("record a review") { db in
            guard let previousRow = try Row.fetchOne(db, sql: "SELECT * FROM reviewItem WHERE id = ?", arguments: [item.id]) else {
                throw StoreError.database(operation: "record a review", reason: "no review item \(item.id)")
            }
            let previous = try ReviewItem(row: previousRow)
            try db.execute(
                sql: """
                    INSERT INTO reviewLog (reviewItemId, rating, reviewedAt, previousState, previousStep,
                        previousStability, previousDifficulty, previousDue, previousLastReview, previousReps, previousLapses,
                        durationMs)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [item.id, rating, Timestamp.string(from: reviewedAt), previous.state.rawValue, previous.step,
                            previous.stability, previous.difficulty, Timestamp.string(from: previous.due),
                            previous.lastReview.map(Timestamp.string(from:)), previous.reps, previous.lapses,
                            max(0, durationMilliseconds)])
            try db.execute(
                sql: """
                    UPDATE reviewItem SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
                        lastReview = ?, reps = ?, lapses = ? WHERE id = ?
                    """,
                arguments: [item.state.rawValue, item.step, item.stability, item.difficulty,
                            Timestamp.string(from: item.due), item.lastReview.map(Timestamp.string(from:)),
                            item.reps, item.lapses, item.id])
        }
    }

    /// A learner's items due at or before `now`, most overdue first.
    public func dueReviewItems(learnerID: Int64, courseID: String, now: Date = Date()) throws -> [ReviewItem] {
        try read("list due review items") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM reviewItem WHERE learnerId = ? AND courseId = ? AND due <= ? ORDER BY due, id",
                arguments: [learnerID, courseID, Timestamp.string(from: now)]
            ).map { try ReviewItem(row: $0) }
        }
    }
}
