import CourseModel
import Foundation
import GRDB

/// Reading stored values without trapping. GRDB's typed subscripts stop the
/// process on a NULL or unconvertible value; a database edited by hand must give
/// a `StoreError.unexpectedValue` instead, so every read goes through these.
extension Row {
    func databaseValue(_ column: String) -> DatabaseValue { (self[column] as DatabaseValue?) ?? .null }

    func text(_ column: String) throws -> String { try Self.text(databaseValue(column), column) }
    /// Index-based reads are the report cursors' hot path: GRDB's fast decoding
    /// straight from the statement (SQLite converts numbers to text and text to
    /// numbers by its own rules), with a NULL or missing column reported, not trapped.
    func text(at index: Int) throws -> String { try fast(String.self, index) }
    func optionalText(_ column: String) throws -> String? { try Self.optional(databaseValue(column)) { try Self.text($0, column) } }
    func optionalText(at index: Int) throws -> String? { try isNull(index) ? nil : fast(String.self, index) }

    func integer(_ column: String) throws -> Int64 { try Self.integer(databaseValue(column), column) }
    func integer(at index: Int) throws -> Int64 { try fast(Int64.self, index) }
    func optionalInteger(_ column: String) throws -> Int64? { try Self.optional(databaseValue(column)) { try Self.integer($0, column) } }
    func int(_ column: String) throws -> Int { Int(clamping: try integer(column)) }
    func int(at index: Int) throws -> Int { Int(clamping: try integer(at: index)) }

    func double(_ column: String) throws -> Double { try Self.double(databaseValue(column), column) }
    func double(at index: Int) throws -> Double { try fast(Double.self, index) }
    func optionalDouble(_ column: String) throws -> Double? { try Self.optional(databaseValue(column)) { try Self.double($0, column) } }
    func optionalDouble(at index: Int) throws -> Double? { try isNull(index) ? nil : fast(Double.self, index) }

    func bool(_ column: String) throws -> Bool { try integer(column) != 0 }
    func bool(at index: Int) throws -> Bool { try integer(at: index) != 0 }

    func date(_ column: String) throws -> Date {
        let text = try text(column)
        guard let date = Timestamp.date(from: text) else { throw StoreError.unexpectedValue(column: column, found: text) }
        return date
    }

    func optionalDate(_ column: String) throws -> Date? {
        guard let text = try optionalText(column) else { return nil }
        guard let date = Timestamp.date(from: text) else { throw StoreError.unexpectedValue(column: column, found: text) }
        return date
    }

    private func isNull(_ index: Int) throws -> Bool {
        guard index < count else { throw StoreError.unexpectedValue(column: "#\(index)", found: "no such column") }
        return hasNull(atIndex: index)
    }

    private func fast<Value: DatabaseValueConvertible & StatementColumnConvertible>(_ type: Value.Type, _ index: Int) throws -> Value {
        guard index < count else { throw StoreError.unexpectedValue(column: "#\(index)", found: "no such column") }
        do {
            return try decode(type, atIndex: index)
        } catch {
            throw StoreError.unexpectedValue(column: "#\(index)", found: hasNull(atIndex: index) ? "NULL" : "a value that is not \(type)")
        }
    }

    private static func optional<T>(_ value: DatabaseValue, _ convert: (DatabaseValue) throws -> T) rethrows -> T? {
        value.isNull ? nil : try convert(value)
    }

    private static func text(_ value: DatabaseValue, _ column: String) throws -> String {
        switch value.storage {
        case .string(let text): return text
        case .int64(let number): return String(number)
        case .double(let number): return String(number)
        case .blob(let data): return String(decoding: data, as: UTF8.self)
        case .null: throw StoreError.unexpectedValue(column: column, found: "NULL")
        }
    }

    private static func integer(_ value: DatabaseValue, _ column: String) throws -> Int64 {
        switch value.storage {
        case .int64(let number): return number
        case .double(let number) where number.isFinite && abs(number) < 9.2e18: return Int64(number)
        case .string(let text):
            if let number = Int64(text) { return number }
            throw StoreError.unexpectedValue(column: column, found: text)
        default: throw StoreError.unexpectedValue(column: column, found: value.description)
        }
    }

    private static func double(_ value: DatabaseValue, _ column: String) throws -> Double {
        switch value.storage {
        case .double(let number): return number
        case .int64(let number): return Double(number)
        case .string(let text):
            if let number = Double(text) { return number }
            throw StoreError.unexpectedValue(column: column, found: text)
        default: throw StoreError.unexpectedValue(column: column, found: value.description)
        }
    }
}

extension Learner {
    static let selection = "learner.id, learner.handle, learner.name, learner.createdAt"

    init(row: Row) throws {
        self.init(id: try row.integer("id"), handle: try row.text("handle"), name: try row.text("name"),
                  createdAt: try row.date("createdAt"))
    }
}

extension QuizAttempt {
    init(row: Row) throws {
        let stateText = try row.text("state")
        guard let state = AttemptState(rawValue: stateText) else { throw StoreError.unexpectedValue(column: "state", found: stateText) }
        self.init(
            id: try row.integer("id"), learnerID: try row.integer("learnerId"), courseID: try row.text("courseId"),
            lessonID: try row.text("lessonId"), contentVersion: try row.text("contentVersion"), state: state,
            seed: try row.integer("seed"), startedAt: try row.date("startedAt"),
            finishedAt: try row.optionalDate("finishedAt"), score: try row.optionalDouble("score"),
            maxScore: try row.optionalDouble("maxScore"))
    }
}

extension QuizResponse {
    init(row: Row) throws {
        self.init(
            id: try row.integer("id"), attemptID: try row.integer("attemptId"), questionID: try row.text("questionId"),
            answerGiven: try row.text("answerGiven"), isCorrect: try row.bool("isCorrect"),
            points: try row.double("points"), maxPoints: try row.double("maxPoints"),
            contentVersion: try row.text("contentVersion"), answeredAt: try row.date("answeredAt"))
        shownChoices = ShownChoices.decode(try row.optionalText("shownChoices"))
    }
}

extension ExerciseSubmission {
    init(row: Row) throws {
        let verdictText = try row.text("verdict")
        guard let verdict = SubmissionVerdict(rawValue: verdictText) else {
            throw StoreError.unexpectedValue(column: "verdict", found: verdictText)
        }
        self.init(
            id: try row.integer("id"), learnerID: try row.integer("learnerId"), courseID: try row.text("courseId"),
            lessonID: try row.text("lessonId"), exerciseID: try row.text("exerciseId"),
            contentVersion: try row.text("contentVersion"), source: try row.text("source"),
            output: try row.text("output"), verdict: verdict, durationMilliseconds: try row.integer("durationMs"),
            hintsUsed: try row.int("hintsUsed"), submittedAt: try row.date("submittedAt"))
    }
}

extension ReviewItem {
    init(row: Row) throws {
        let stateText = try row.text("state")
        guard let state = ReviewState(rawValue: stateText) else { throw StoreError.unexpectedValue(column: "state", found: stateText) }
        self.init(
            id: try row.integer("id"), learnerID: try row.integer("learnerId"), courseID: try row.text("courseId"),
            lessonID: try row.text("lessonId"), itemKey: try row.text("itemKey"), state: state,
            step: try row.int("step"), stability: try row.double("stability"), difficulty: try row.double("difficulty"),
            due: try row.date("due"), lastReview: try row.optionalDate("lastReview"), reps: try row.int("reps"),
            lapses: try row.int("lapses"))
    }
}
