import CourseModel
import CourseTestSupport
import Foundation
import GRDB
import Grading
import Testing

/// `course review`, `course progress` and the reviews report, with the clock set by COURSE_NOW.
@Suite struct ReviewCommandTests {
    let quiz: WeakrefQuiz

    init() throws {
        quiz = try WeakrefQuiz()
    }

    private static let startMilliseconds: Int64 = 1_795_597_200_000

    private func at(_ offsetSeconds: Int) -> [String: String] {
        let date = Date(timeIntervalSince1970: Double(Self.startMilliseconds) / 1000 + Double(offsetSeconds))
        return ["COURSE_NOW": ISO8601DateFormatter().string(from: date)]
    }

    private func reviewsDue(_ sandbox: CLISandbox, at offset: Int) throws -> Int? {
        let result = try sandbox.run(["progress", "--json"], environment: at(offset))
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        return object?["reviewsDue"] as? Int
    }

    @Test func missedQuestionBecomesDueIsReviewedMovesAndUndoRestoresIt() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)
        // Given a quiz with exactly one question missed.
        let missedIndex = try #require(quiz.questions.firstIndex { $0.kind == .single })
        let missed = quiz.questions[missedIndex]
        let answers = quiz.answers(seed: 2) { $0 != missedIndex }
        #expect(try sandbox.run(["quiz", "--lesson", "weakref", "--seed", "2", "--answers", answers.joined(separator: ",")],
                                environment: at(0)).status == 0)
        #expect(try reviewsDue(sandbox, at: 0) == 1)

        // When it is reviewed right at once (choices in content order), it is rated good and
        // moves to the second learning step, ten minutes later.
        let right = RightAnswer.typed(for: missed, shown: missed.choices)
        let first = try sandbox.run(["review", "--answers", right], environment: at(0))
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("weakref/\(missed.id): right, rated good, next review 2026-11-25T09:10:00.000Z"))
        #expect(try reviewsDue(sandbox, at: 300) == 0)
        let nothing = try sandbox.run(["review"], environment: at(300))
        #expect(nothing.standardOutput == "Nothing to review now. Next review due at 2026-11-25T09:10:00.000Z.\n")

        // Missed again when due: rated again, back to the first step, one minute later.
        #expect(try reviewsDue(sandbox, at: 600) == 1)
        guard case .choice(let rightText) = missed.answer else { return }
        let wrong = ChoiceOrder.letter(try #require(missed.choices.firstIndex { $0 != rightText }))
        let second = try sandbox.run(["review", "--answers", wrong], environment: at(600))
        #expect(second.standardOutput.contains("wrong, rated again, next review 2026-11-25T09:11:00.000Z"))

        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        func item() throws -> Row? { try queue.read { try Row.fetchOne($0, sql: "SELECT state, step, due, reps FROM reviewItem") } }
        #expect(try item()?["due"] == "2026-11-25T09:11:00.000Z")

        // Undo takes the last rating back: the item is as it was before it.
        let undo = try sandbox.run(["review", "--undo"], environment: at(620))
        #expect(undo.status == 0)
        #expect(undo.standardOutput.contains("Took back the rating 'again'"))
        let restored = try item()
        #expect(restored?["due"] == "2026-11-25T09:10:00.000Z")
        #expect(restored?["state"] == "learning")
        #expect(restored?["step"] == 1)
        #expect(restored?["reps"] == 1)
        #expect(try reviewsDue(sandbox, at: 620) == 1)

        // The log exports in the FSRS optimizer's columns.
        let report = try sandbox.run(["report", "--csv", "--kind", "reviews"])
        let rows = try PythonCSV.parse(Array(report.standardOutput.utf8))
        #expect(rows.first == ["card_id", "review_time", "review_rating", "review_state", "review_duration"])
        #expect(rows.count == 2)
        #expect(Array(rows[1].prefix(4)) == ["1", String(Self.startMilliseconds), "3", "0"])
        #expect(Int(rows[1][4]).map { $0 >= 0 } == true)
    }

    @Test func attemptViewShowsTheLettersTheLearnerSaw() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)
        let answers = quiz.answers(seed: 31) { $0 != 0 }
        #expect(try sandbox.run(["quiz", "--lesson", "weakref", "--seed", "31", "--answers", answers.joined(separator: ",")]).status == 0)
        let view = try sandbox.run(["review", "--attempt", "1"], environment: ["COLUMNS": "100"])
        #expect(view.status == 0)
        let first = quiz.questions[0]
        let shown = ChoiceOrder.shown(first, seed: 31)
        // The choices of question 1 appear lettered in the order that attempt showed them.
        let firstQuestion = try #require(view.standardOutput.range(of: "1. "))
        var searchFrom = firstQuestion.upperBound
        for (index, choice) in shown.enumerated() {
            let found = view.standardOutput.range(of: "\(ChoiceOrder.letter(index))) \(choice.prefix(30))",
                                                  range: searchFrom..<view.standardOutput.endIndex)
            #expect(found != nil, "choice \(index) of question 1")
            if let found { searchFrom = found.upperBound }
        }
        #expect(view.standardOutput.contains("your answer: \(answers[0])"))
        #expect(view.standardOutput.contains(first.explanation.prefix(30)))
        let history = try sandbox.run(["review", "history"])
        #expect(history.standardOutput.split(separator: "\n").count == 2)
        #expect(history.standardOutput.contains("1\tweakref\tfinished"))
        #expect(try sandbox.run(["review", "--attempt", "9"]).status == 66)
    }
}
