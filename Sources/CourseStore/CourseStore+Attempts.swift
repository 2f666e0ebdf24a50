import CourseModel
import Foundation
import GRDB

extension CourseStore {
    /// Starts a quiz attempt graded against `contentVersion`.
    public func startAttempt(
        learnerID: Int64, courseID: String, lessonID: String, contentVersion: String, seed: Int64,
        now: Date = Date()
    ) throws -> QuizAttempt {
        try write("start a quiz attempt") { db in
            try db.execute(
                sql: """
                    INSERT INTO quizAttempt (learnerId, courseId, lessonId, contentVersion, state, seed, startedAt)
                    VALUES (?, ?, ?, ?, 'in_progress', ?, ?)
                    """,
                arguments: [learnerID, courseID, lessonID, contentVersion, seed, Timestamp.string(from: now)])
            return try Self.fetchAttempt(db, id: db.lastInsertedRowID)
        }
    }

    /// Stores one answer of an attempt, as given.
    @discardableResult
    public func recordResponse(
        attemptID: Int64, questionID: String, answerGiven: String, isCorrect: Bool, points: Double,
        maxPoints: Double, contentVersion: String, now: Date = Date()
    ) throws -> QuizResponse {
        try write("store a quiz answer") { db in
            _ = try Self.fetchAttempt(db, id: attemptID)
            try db.execute(
                sql: """
                    INSERT INTO quizResponse (attemptId, questionId, answerGiven, isCorrect, points, maxPoints,
                        contentVersion, answeredAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [attemptID, questionID, answerGiven, isCorrect, points, maxPoints, contentVersion,
                            Timestamp.string(from: now)])
            let row = try Self.required(Row.fetchOne(db, sql: "SELECT * FROM quizResponse WHERE id = ?", arguments: [db.lastInsertedRowID]), "store a quiz answer")
            return try QuizResponse(row: row)
        }
    }

    /// Closes an attempt with its score.
    @discardableResult
    public func finishAttempt(id: Int64, score: Double, maxScore: Double, now: Date = Date()) throws -> QuizAttempt {
        try write("finish a quiz attempt") { db in
            _ = try Self.fetchAttempt(db, id: id)
            try db.execute(
                sql: "UPDATE quizAttempt SET state = 'finished', score = ?, maxScore = ?, finishedAt = ? WHERE id = ?",
                arguments: [score, maxScore, Timestamp.string(from: now), id])
            return try Self.fetchAttempt(db, id: id)
        }
    }

    /// Marks an unfinished attempt abandoned (e.g. on `--restart`).
    @discardableResult
    public func abandonAttempt(id: Int64, now: Date = Date()) throws -> QuizAttempt {
        try write("abandon a quiz attempt") { db in
            _ = try Self.fetchAttempt(db, id: id)
            try db.execute(
                sql: "UPDATE quizAttempt SET state = 'abandoned', finishedAt = ? WHERE id = ? AND state = 'in_progress'",
                arguments: [Timestamp.string(from: now), id])
            return try Self.fetchAttempt(db, id: id)
        }
    }

    /// A learner's attempts at a lesson's quiz (all lessons if nil), oldest first.
    public func attempts(learnerID: Int64, courseID: String, lessonID: String? = nil) throws -> [QuizAttempt] {
        try read("list quiz attempts") { db in
            var sql = "SELECT * FROM quizAttempt WHERE learnerId = ? AND courseId = ?"
            var arguments: StatementArguments = [learnerID, courseID]
            if let lessonID {
                sql += " AND lessonId = ?"
                arguments += [lessonID]
            }
            return try Row.fetchAll(db, sql: sql + " ORDER BY id", arguments: arguments).map { try QuizAttempt(row: $0) }
        }
    }

    /// One attempt by id.
    public func attempt(id: Int64) throws -> QuizAttempt {
        try read("read a quiz attempt") { db in try Self.fetchAttempt(db, id: id) }
    }

    /// An attempt's answers, in the order given.
    public func responses(attemptID: Int64) throws -> [QuizResponse] {
        try read("list quiz answers") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM quizResponse WHERE attemptId = ? ORDER BY id", arguments: [attemptID])
                .map { try QuizResponse(row: $0) }
        }
    }

    static func fetchAttempt(_ db: Database, id: Int64) throws -> QuizAttempt {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM quizAttempt WHERE id = ?", arguments: [id]) else {
            throw StoreError.unknownAttempt(id: id)
        }
        return try QuizAttempt(row: row)
    }
}
