import CourseModel
import Foundation
import GRDB

/// One rating of the review log, for the `reviews` report (the FSRS optimizer's columns).
public struct ReviewLogReportRow: Sendable, Equatable {
    public var reviewItemID: Int64
    public var reviewedAt: String
    public var rating: Int
    /// The item's state when it was reviewed.
    public var state: ReviewState
    public var durationMilliseconds: Int
}

extension CourseStore {
    /// How many of a learner's items are due at or before `now`.
    public func dueReviewCount(learnerID: Int64, courseID: String, now: Date = Date()) throws -> Int {
        try read("count due review items") { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM reviewItem WHERE learnerId = ? AND courseId = ? AND due <= ?",
                arguments: [learnerID, courseID, Timestamp.string(from: now)]) ?? 0
        }
    }

    /// All of a learner's review items, soonest due first.
    public func reviewItems(learnerID: Int64, courseID: String) throws -> [ReviewItem] {
        try read("list review items") { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM reviewItem WHERE learnerId = ? AND courseId = ? ORDER BY due, id",
                arguments: [learnerID, courseID]
            ).map(ReviewItem.init(row:))
        }
    }

    /// Takes back the learner's last rating: the item gets the state stored with the
    /// rating back and the rating leaves the log, in one transaction. Returns the
    /// removed rating and the restored item, or nil when there is nothing to undo.
    public func undoLastReview(learnerID: Int64, courseID: String) throws -> (entry: ReviewLogEntry, item: ReviewItem)? {
        try write("undo the last review") { db in
            guard let log = try Row.fetchOne(
                db, sql: """
                    SELECT l.* FROM reviewLog l JOIN reviewItem i ON i.id = l.reviewItemId
                    WHERE i.learnerId = ? AND i.courseId = ?
                    ORDER BY l.id DESC LIMIT 1
                    """,
                arguments: [learnerID, courseID])
            else { return nil }
            let itemID = try log.integer("reviewItemId")
            guard let itemRow = try Row.fetchOne(db, sql: "SELECT * FROM reviewItem WHERE id = ?", arguments: [itemID]) else {
                return nil
            }
            var previous = try ReviewItem(row: itemRow)
            let previousState = try log.text("previousState")
            guard let state = ReviewState(rawValue: previousState) else {
                throw StoreError.unexpectedValue(column: "previousState", found: previousState)
            }
            previous.state = state
            previous.step = try log.int("previousStep")
            previous.stability = try log.double("previousStability")
            previous.difficulty = try log.double("previousDifficulty")
            previous.due = try log.date("previousDue")
            previous.lastReview = try log.optionalDate("previousLastReview")
            previous.reps = try log.int("previousReps")
            previous.lapses = try log.int("previousLapses")
            try db.execute(
                sql: """
                    UPDATE reviewItem SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,
                        lastReview = ?, reps = ?, lapses = ? WHERE id = ?
                    """,
                arguments: [previous.state.rawValue, previous.step, previous.stability, previous.difficulty,
                            try log.text("previousDue"), try log.optionalText("previousLastReview"),
                            previous.reps, previous.lapses, itemID])
            let logID = try log.integer("id")
            try db.execute(sql: "DELETE FROM reviewLog WHERE id = ?", arguments: [logID])
            let entry = ReviewLogEntry(
                id: logID, reviewItemID: itemID, rating: try log.int("rating"),
                reviewedAt: try log.date("reviewedAt"), previous: previous)
            return (entry, previous)
        }
    }

    /// Every rating given in `courseID`, by review item then time.
    public func forEachReviewLogRow(courseID: String, _ body: (ReviewLogReportRow) throws -> Void) throws {
        let sql = """
            SELECT l.reviewItemId, l.reviewedAt, l.rating, l.previousState, l.durationMs
            FROM reviewLog l JOIN reviewItem i ON i.id = l.reviewItemId
            WHERE i.courseId = ?
            ORDER BY l.reviewItemId, l.reviewedAt, l.id
            """
        try read("read the review log") { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: [courseID])
            while let row = try cursor.next() {
                try body(ReviewLogReportRow(
                    reviewItemID: try row.integer(at: 0), reviewedAt: try row.text(at: 1), rating: try row.int(at: 2),
                    state: ReviewState(rawValue: try row.text(at: 3)) ?? .new, durationMilliseconds: try row.int(at: 4)))
            }
        }
    }
}
