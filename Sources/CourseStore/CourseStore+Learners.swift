import CourseModel
import Foundation
import GRDB

/// Who enrols: by handle (reused if it exists), by name (the learner of that
/// name is reused, else one is created with a handle derived from the name), or
/// an existing learner.
public enum LearnerReference: Sendable, Equatable {
    case handle(String, name: String?)
    case name(String)
}

/// What `enrol` did.
public struct EnrolmentOutcome: Sendable, Equatable {
    public let learner: Learner
    public let enrolment: Enrolment
    public let learnerCreated: Bool
    public let enrolmentCreated: Bool
}

/// A learner with what `course learners` shows about them.
public struct LearnerOverview: Sendable, Equatable {
    public let learner: Learner
    public let courses: [String]
    public let firstEnrolledAt: Date?
    public let lessonsStarted: Int
    public let lessonsCompleted: Int
    public let attempts: Int
    public let exercisesPassed: Int
}

extension CourseStore {
    /// Creates the learner if new, enrols them in `courseID` (idempotent), and,
    /// if `makeCurrent`, makes them the current learner. One transaction.
    @discardableResult
    public func enrol(
        _ reference: LearnerReference, courseID: String, makeCurrent: Bool = true, now: Date = Date()
    ) throws -> EnrolmentOutcome {
        try write("enrol a learner") { db in
            let (learner, created) = try findOrCreateLearner(reference, db: db, now: now)
            try db.execute(
                sql: "INSERT OR IGNORE INTO enrolment (learnerId, courseId, enrolledAt) VALUES (?, ?, ?)",
                arguments: [learner.id, courseID, Timestamp.string(from: now)])
            let enrolmentCreated = db.changesCount > 0
            let enrolledAt = try Row.fetchOne(
                db, sql: "SELECT enrolledAt FROM enrolment WHERE learnerId = ? AND courseId = ?",
                arguments: [learner.id, courseID]).map { try $0.date("enrolledAt") } ?? now
            if makeCurrent {
                try Self.saveSetting(db, key: SettingKey.currentLearner, value: learner.handle)
            }
            return EnrolmentOutcome(
                learner: learner,
                enrolment: Enrolment(learnerID: learner.id, courseID: courseID, enrolledAt: enrolledAt),
                learnerCreated: created, enrolmentCreated: enrolmentCreated)
        }
    }

    private func findOrCreateLearner(_ reference: LearnerReference, db: Database, now: Date) throws -> (Learner, Bool) {
        switch reference {
        case .handle(let handle, let name):
            guard Handle.isValid(handle) else { throw StoreError.invalidHandle(handle) }
            if let existing = try Self.fetchLearner(db, handle: handle) { return (existing, false) }
            let trimmed = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return (try insertLearner(db, handle: handle, name: trimmed.isEmpty ? handle : trimmed, now: now), true)
        case .name(let rawName):
            let name = rawName.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw StoreError.emptyName }
            if let row = try Row.fetchOne(
                db, sql: "SELECT \(Learner.selection) FROM learner WHERE name = ? ORDER BY id LIMIT 1", arguments: [name]) {
                return (try Learner(row: row), false)
            }
            let base = Handle.slug(from: name)
            var number = 1
            while try Self.fetchLearner(db, handle: Handle.candidate(base, number: number)) != nil { number += 1 }
            return (try insertLearner(db, handle: Handle.candidate(base, number: number), name: name, now: now), true)
        }
    }

    private func insertLearner(_ db: Database, handle: String, name: String, now: Date) throws -> Learner {
        try db.execute(
            sql: "INSERT INTO learner (handle, name, createdAt) VALUES (?, ?, ?)",
            arguments: [handle, name, Timestamp.string(from: now)])
        return Learner(id: db.lastInsertedRowID, handle: handle, name: name, createdAt: Timestamp.date(from: Timestamp.string(from: now)) ?? now)
    }

    static func fetchLearner(_ db: Database, handle: String) throws -> Learner? {
        try Row.fetchOne(db, sql: "SELECT \(Learner.selection) FROM learner WHERE handle = ?", arguments: [handle])
            .map { try Learner(row: $0) }
    }

    /// The learner with this handle, or nil.
    public func learner(handle: String) throws -> Learner? {
        try read("find a learner") { db in try Self.fetchLearner(db, handle: handle) }
    }

    /// The learner a command acts for: `handle` if given (it must exist), else the current learner.
    public func resolveLearner(handle: String?) throws -> Learner {
        if let handle {
            guard let learner = try learner(handle: handle) else { throw StoreError.unknownLearner(handle: handle) }
            return learner
        }
        guard let current = try currentLearner() else { throw StoreError.noCurrentLearner }
        return current
    }

    /// Number of learners in the database.
    public func learnerCount() throws -> Int {
        try read("count learners") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner") ?? 0 }
    }

    /// The courses a learner is enrolled in, oldest enrolment first.
    public func enrolments(learnerID: Int64) throws -> [Enrolment] {
        try read("list enrolments") { db in
            try Row.fetchAll(
                db, sql: "SELECT learnerId, courseId, enrolledAt FROM enrolment WHERE learnerId = ? ORDER BY enrolledAt, id",
                arguments: [learnerID]
            ).map { Enrolment(learnerID: try $0.integer("learnerId"), courseID: try $0.text("courseId"),
                              enrolledAt: try $0.date("enrolledAt")) }
        }
    }

    /// Every learner, by handle, with enrolments and a progress summary.
    public func learnerOverviews() throws -> [LearnerOverview] {
        try read("list learners") { db in
            let sql = """
                SELECT \(Learner.selection),
                  (SELECT group_concat(courseId, char(10)) FROM (SELECT courseId FROM enrolment e
                      WHERE e.learnerId = learner.id ORDER BY e.enrolledAt, e.id)) AS courses,
                  (SELECT MIN(enrolledAt) FROM enrolment e WHERE e.learnerId = learner.id) AS firstEnrolledAt,
                  (SELECT COUNT(*) FROM lessonProgress p WHERE p.learnerId = learner.id) AS lessonsStarted,
                  (SELECT COUNT(*) FROM lessonProgress p WHERE p.learnerId = learner.id
                      AND p.completedAt IS NOT NULL) AS lessonsCompleted,
                  (SELECT COUNT(*) FROM quizAttempt a WHERE a.learnerId = learner.id) AS attempts,
                  (SELECT COUNT(*) FROM (SELECT DISTINCT courseId, lessonId, exerciseId FROM exerciseSubmission x
                      WHERE x.learnerId = learner.id AND x.verdict = 'passed')) AS exercisesPassed
                FROM learner ORDER BY learner.handle
                """
            return try Row.fetchAll(db, sql: sql).map { row in
                LearnerOverview(
                    learner: try Learner(row: row),
                    courses: try row.optionalText("courses")?.split(separator: "\n").map(String.init) ?? [],
                    firstEnrolledAt: try row.optionalDate("firstEnrolledAt"),
                    lessonsStarted: try row.int("lessonsStarted"), lessonsCompleted: try row.int("lessonsCompleted"),
                    attempts: try row.int("attempts"), exercisesPassed: try row.int("exercisesPassed"))
            }
        }
    }
}
