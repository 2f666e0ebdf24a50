import CourseModel
import Foundation
import GRDB

/// One answer to store: what the learner gave and how it was graded.
public struct AnswerRecord: Sendable, Hashable {
    public var questionID: String
    public var answerGiven: String
    public var shownChoices: [String]
    public var isCorrect: Bool
    public var points: Double
    public var maxPoints: Double
    /// When the answer is wrong, the review item to create (if the learner has none yet).
    public var reviewItemKey: String?

    public init(questionID: String, answerGiven: String, shownChoices: [String], isCorrect: Bool,
                points: Double, maxPoints: Double, reviewItemKey: String?) {
        self.questionID = questionID
        self.answerGiven = answerGiven
        self.shownChoices = shownChoices
        self.isCorrect = isCorrect
        self.points = points
        self.maxPoints = maxPoints
        self.reviewItemKey = reviewItemKey
    }
}

/// A stored answer whose grade a regrade changes.
public struct ResponseGradeUpdate: Sendable, Hashable {
    public var responseID: Int64
    public var isCorrect: Bool
    public var points: Double
    public var maxPoints: Double

    public init(responseID: Int64, isCorrect: Bool, points: Double, maxPoints: Double) {
        self.responseID = responseID
        self.isCorrect = isCorrect
        self.points = points
        self.maxPoints = maxPoints
    }
}

/// The new grades of one attempt after a regrade.
public struct AttemptGradeUpdate: Sendable, Hashable {
    public var attemptID: Int64
    /// The new score, for finished attempts (nil leaves an unfinished attempt unscored).
    public var score: Double?
    public var maxScore: Double?
    public var responses: [ResponseGradeUpdate]

    public init(attemptID: Int64, score: Double?, maxScore: Double?, responses: [ResponseGradeUpdate]) {
        self.attemptID = attemptID
        self.score = score
        self.maxScore = maxScore
        self.responses = responses
    }
}

extension CourseStore {
    /// The learner's newest unfinished attempt at a lesson's quiz, if any.
    public func unfinishedAttempt(learnerID: Int64, courseID: String, lessonID: String) throws -> QuizAttempt? {
        try read("find an unfinished quiz attempt") { db in
            try Row.fetchOne(
                db, sql: """
                    SELECT * FROM quizAttempt
                    WHERE learnerId = ? AND courseId = ? AND lessonId = ? AND state = 'in_progress'
                    ORDER BY id DESC LIMIT 1
                    """,
                arguments: [learnerID, courseID, lessonID]
            ).map(QuizAttempt.init(row:))
        }
    }

    /// Stores one answer the moment it is given, in its own transaction, together with
    /// the review item a wrong answer creates (or, when the learner already has one
    /// scheduled later, makes due now: a question missed again comes back at once).
    /// Answering a question twice in one attempt is refused by the schema.
    @discardableResult
    public func recordAnswer(
        _ answer: AnswerRecord, attempt: QuizAttempt, contentVersion: String, now: Date = Date()
    ) throws -> QuizResponse {
        try write("store a quiz answer") { db in
            let current = try Self.fetchAttempt(db, id: attempt.id)
            guard current.state == .inProgress else {
                throw StoreError.database(operation: "store a quiz answer",
                                          reason: "attempt \(attempt.id) is \(current.state.rawValue)")
            }
            try db.execute(
                sql: """
                    INSERT INTO quizResponse (attemptId, questionId, answerGiven, isCorrect, points, maxPoints,
                        contentVersion, answeredAt, shownChoices)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [attempt.id, answer.questionID, answer.answerGiven, answer.isCorrect, answer.points,
                            answer.maxPoints, contentVersion, Timestamp.string(from: now),
                            ShownChoices.encode(answer.shownChoices)])
            let id = db.lastInsertedRowID
            if !answer.isCorrect, let key = answer.reviewItemKey {
                try db.execute(
                    sql: """
                        INSERT INTO reviewItem (learnerId, courseId, lessonId, itemKey, due)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (learnerId, courseId, itemKey) DO UPDATE SET due = MIN(due, excluded.due)
                        """,
                    arguments: [attempt.learnerID, attempt.courseID, attempt.lessonID, key, Timestamp.string(from: now)])
            }
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM quizResponse WHERE id = ?", arguments: [id]) else {
                throw StoreError.database(operation: "store a quiz answer", reason: "answer \(id) vanished")
            }
            return try QuizResponse(row: row)
        }
    }

    /// Closes an attempt with its score and the content version it was graded against,
    /// saving any regraded earlier answers (when the content changed during the attempt).
    @discardableResult
    public func finishAttempt(
        id: Int64, score: Double, maxScore: Double, contentVersion: String,
        regraded: [ResponseGradeUpdate] = [], now: Date = Date()
    ) throws -> QuizAttempt {
        try write("finish a quiz attempt") { db in
            _ = try Self.fetchAttempt(db, id: id)
            try Self.applyResponseUpdates(db, regraded)
            try db.execute(
                sql: "UPDATE quizResponse SET contentVersion = ? WHERE attemptId = ?",
                arguments: [contentVersion, id])
            try db.execute(
                sql: """
                    UPDATE quizAttempt SET state = 'finished', score = ?, maxScore = ?, finishedAt = ?,
                        contentVersion = ? WHERE id = ?
                    """,
                arguments: [score, maxScore, Timestamp.string(from: now), contentVersion, id])
            return try Self.fetchAttempt(db, id: id)
        }
    }

    /// Walks every attempt that is not abandoned in a course (or one lesson) with its
    /// answers, attempt by attempt, inside one read snapshot.
    public func forEachAttemptWithResponses(
        courseID: String, lessonID: String? = nil, _ body: (QuizAttempt, [QuizResponse]) throws -> Void
    ) throws {
        var sql = """
            SELECT a.id AS aId, a.learnerId, a.courseId, a.lessonId, a.contentVersion AS aVersion, a.state, a.seed,
                   a.startedAt, a.finishedAt, a.score, a.maxScore,
                   r.id AS rId, r.questionId, r.answerGiven, r.isCorrect, r.points, r.maxPoints,
                   r.contentVersion AS rVersion, r.answeredAt, r.shownChoices
            FROM quizAttempt a LEFT JOIN quizResponse r ON r.attemptId = a.id
            WHERE a.courseId = ? AND a.state != 'abandoned'
            """
        var arguments: StatementArguments = [courseID]
        if let lessonID {
            sql += " AND a.lessonId = ?"
            arguments += [lessonID]
        }
        sql += " ORDER BY a.id, r.id"
        try read("read quiz attempts for a regrade") { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            var current: QuizAttempt?
            var responses: [QuizResponse] = []
            while let row = try cursor.next() {
                let attemptID = try row.integer("aId")
                if current?.id != attemptID {
                    if let current { try body(current, responses) }
                    responses.removeAll(keepingCapacity: true)
                    let stateText = try row.text("state")
                    guard let state = AttemptState(rawValue: stateText) else {
                        throw StoreError.unexpectedValue(column: "state", found: stateText)
                    }
                    current = QuizAttempt(
                        id: attemptID, learnerID: try row.integer("learnerId"), courseID: try row.text("courseId"),
                        lessonID: try row.text("lessonId"), contentVersion: try row.text("aVersion"),
                        state: state, seed: try row.integer("seed"), startedAt: try row.date("startedAt"),
                        finishedAt: try row.optionalDate("finishedAt"),
                        score: try row.optionalDouble("score"), maxScore: try row.optionalDouble("maxScore"))
                }
                guard let responseID = try row.optionalInteger("rId") else { continue }
                var response = QuizResponse(
                    id: responseID, attemptID: attemptID, questionID: try row.text("questionId"),
                    answerGiven: try row.text("answerGiven"), isCorrect: try row.bool("isCorrect"),
                    points: try row.double("points"), maxPoints: try row.double("maxPoints"),
                    contentVersion: try row.text("rVersion"), answeredAt: try row.date("answeredAt"))
                response.shownChoices = ShownChoices.decode(try row.optionalText("shownChoices"))
                responses.append(response)
            }
            if let current { try body(current, responses) }
        }
    }

    /// Saves a regrade in one transaction: changed answers, new scores of finished
    /// attempts, and the content version of every regraded attempt and its answers.
    public func applyRegrade(_ updates: [AttemptGradeUpdate], contentVersionOfAttempt: (Int64) -> String) throws {
        try write("save a regrade") { db in
            let attemptStatement = try db.makeStatement(
                sql: "UPDATE quizAttempt SET contentVersion = ?, score = COALESCE(?, score), maxScore = COALESCE(?, maxScore) WHERE id = ?")
            let responsesStatement = try db.makeStatement(
                sql: "UPDATE quizResponse SET contentVersion = ? WHERE attemptId = ?")
            for update in updates {
                let version = contentVersionOfAttempt(update.attemptID)
                try Self.applyResponseUpdates(db, update.responses)
                try attemptStatement.execute(arguments: [version, update.score, update.maxScore, update.attemptID])
                try responsesStatement.execute(arguments: [version, update.attemptID])
            }
        }
    }

    private static func applyResponseUpdates(_ db: Database, _ updates: [ResponseGradeUpdate]) throws {
        guard !updates.isEmpty else { return }
        let statement = try db.makeStatement(
            sql: "UPDATE quizResponse SET isCorrect = ?, points = ?, maxPoints = ? WHERE id = ?")
        for update in updates {
            try statement.execute(arguments: [update.isCorrect, update.points, update.maxPoints, update.responseID])
        }
    }
}
