import CourseModel
import Foundation
import GRDB

extension CourseStore {
    /// Records that a learner read one section of a lesson (idempotent), starting
    /// the lesson if needed. When `sectionCount` is given and every section has
    /// been read, the lesson is marked completed.
    @discardableResult
    public func markSectionRead(
        learnerID: Int64, courseID: String, lessonID: String, section: Int,
        sectionCount: Int? = nil, now: Date = Date()
    ) throws -> LessonProgress {
        try write("mark a section read") { db in
            let progressID = try Self.startLesson(db, learnerID: learnerID, courseID: courseID, lessonID: lessonID, now: now)
            try db.execute(
                sql: "INSERT OR IGNORE INTO sectionRead (lessonProgressId, section, readAt) VALUES (?, ?, ?)",
                arguments: [progressID, section, Timestamp.string(from: now)])
            if let sectionCount {
                let read = try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM sectionRead WHERE lessonProgressId = ? AND section < ?",
                    arguments: [progressID, sectionCount]) ?? 0
                if read >= sectionCount {
                    try Self.complete(db, progressID: progressID, now: now)
                }
            }
            return try Self.required(
                Self.fetchProgress(db, learnerID: learnerID, courseID: courseID, lessonID: lessonID), "read lesson progress")
        }
    }

    /// Marks a lesson completed (starting it if needed); the first completion time is kept.
    @discardableResult
    public func markLessonCompleted(
        learnerID: Int64, courseID: String, lessonID: String, now: Date = Date()
    ) throws -> LessonProgress {
        try write("mark a lesson completed") { db in
            let progressID = try Self.startLesson(db, learnerID: learnerID, courseID: courseID, lessonID: lessonID, now: now)
            try Self.complete(db, progressID: progressID, now: now)
            return try Self.required(
                Self.fetchProgress(db, learnerID: learnerID, courseID: courseID, lessonID: lessonID), "read lesson progress")
        }
    }

    /// A learner's reading of one lesson, or nil if they never opened it.
    public func lessonProgress(learnerID: Int64, courseID: String, lessonID: String) throws -> LessonProgress? {
        try read("read lesson progress") { db in
            try Self.fetchProgress(db, learnerID: learnerID, courseID: courseID, lessonID: lessonID)
        }
    }

    /// One summary per lesson, in the order given, for one learner (lessons never
    /// touched are `Not Attempted`). Empty if the learner is not enrolled.
    public func lessonSummaries(learnerID: Int64, courseID: String, lessonIDs: [String]) throws -> [LessonSummary] {
        var summaries: [LessonSummary] = []
        try forEachProgressRow(courseID: courseID, lessonIDs: lessonIDs, learnerID: learnerID) { row in
            summaries.append(LessonSummary(
                lessonID: row.lessonID, status: row.status, sectionsRead: row.sectionsRead,
                bestScore: row.bestScore, attempts: row.attempts, exercisesPassed: row.exercisesPassed,
                completedAt: row.completedAt.flatMap(Timestamp.date(from:))))
        }
        return summaries
    }

    private static func startLesson(
        _ db: Database, learnerID: Int64, courseID: String, lessonID: String, now: Date
    ) throws -> Int64 {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO lessonProgress (learnerId, courseId, lessonId, startedAt)
                VALUES (?, ?, ?, ?)
                """,
            arguments: [learnerID, courseID, lessonID, Timestamp.string(from: now)])
        return try Int64.fetchOne(
            db, sql: "SELECT id FROM lessonProgress WHERE learnerId = ? AND courseId = ? AND lessonId = ?",
            arguments: [learnerID, courseID, lessonID]) ?? db.lastInsertedRowID
    }

    private static func complete(_ db: Database, progressID: Int64, now: Date) throws {
        try db.execute(
            sql: "UPDATE lessonProgress SET completedAt = ? WHERE id = ? AND completedAt IS NULL",
            arguments: [Timestamp.string(from: now), progressID])
    }

    private static func fetchProgress(
        _ db: Database, learnerID: Int64, courseID: String, lessonID: String
    ) throws -> LessonProgress? {
        guard let row = try Row.fetchOne(
            db, sql: "SELECT id, startedAt, completedAt FROM lessonProgress WHERE learnerId = ? AND courseId = ? AND lessonId = ?",
            arguments: [learnerID, courseID, lessonID]) else { return nil }
        let progressID = try row.integer("id")
        let sections = try Row.fetchAll(
            db, sql: "SELECT section FROM sectionRead WHERE lessonProgressId = ? ORDER BY section", arguments: [progressID]
        ).map { try $0.int("section") }
        return LessonProgress(
            learnerID: learnerID, courseID: courseID, lessonID: lessonID, sectionsRead: sections,
            startedAt: try row.date("startedAt"), completedAt: try row.optionalDate("completedAt"))
    }
}
