import CourseTestSupport
import Foundation
import GRDB
import Grading
import Testing

/// The interactive quiz on a real pseudo-terminal (python3's `pty` drives it).
@Suite(.serialized) struct InteractiveQuizTests {
    let quiz: WeakrefQuiz

    init() throws {
        quiz = try WeakrefQuiz()
    }

    @Test func ctrlCThenResumeLosesNothing() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)
        let environment = CourseBinary.environment(home: sandbox.folder.path("home"), extra: ["COLUMNS": "100"])
        let arguments = ["quiz", "--lesson", "weakref", "--seed", "3", "--db", sandbox.databasePath]
        let count = quiz.questions.count
        let seed: Int64 = 3

        // First sitting: a right answer, a letter that is not a choice, a wrong answer, then Ctrl-C.
        let first = try PseudoTerminal.run(arguments, steps: [
            .expect("Question 1 of \(count)"), .expect("Your answer"), .send(quiz.right(quiz.questions[0], seed: seed) + "\r"),
            .expect("Right."),
            .expect("Question 2 of \(count)"), .expect("Your answer"), .send("z\r"), .expect("try again."),
            .expect("Your answer"), .send(quiz.wrong(quiz.questions[1], seed: seed) + "\r"), .expect("Not quite."),
            .expect(String(quiz.questions[1].explanation.prefix(20))),
            .expect("Question 3 of \(count)"), .expect("Your answer"), .send("\u{3}"), .expect("Interrupted."),
        ], environment: environment)
        #expect(first.failure == nil, "\(first.failure ?? "")\n\(first.transcript)")
        #expect(first.status == 130)
        // An unreadable answer asks again without showing the question again.
        #expect(first.transcript.components(separatedBy: "Question 2 of").count == 2)

        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        let stored = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT questionId, isCorrect, answeredAt FROM quizResponse ORDER BY id")
        }
        #expect(stored.map { $0["questionId"] as String } == [quiz.questions[0].id, quiz.questions[1].id])
        #expect(stored.map { $0["isCorrect"] as Bool } == [true, false])

        // Second sitting: offered to resume, continues at question 3 with the same letters.
        var steps: [PseudoTerminal.Step] = [.expect("Resume it? [Y/n]"), .send("\r")]
        for index in 2..<count {
            steps += [.expect("Question \(index + 1) of \(count)"), .expect("Your answer"),
                      .send(quiz.right(quiz.questions[index], seed: seed) + "\r"), .expect("Right.")]
        }
        let percent = Int((100 * Double(count - 1) / Double(count)).rounded())
        steps.append(.expect("Score: \(percent)% (\(count - 1) of \(count)), passed"))
        let second = try PseudoTerminal.run(arguments, steps: steps, environment: environment)
        #expect(second.failure == nil, "\(second.failure ?? "")\n\(second.transcript.suffix(2000))")
        #expect(second.status == 0)
        #expect(!second.transcript.contains("Question 1 of"))

        let after = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT questionId, isCorrect, answeredAt FROM quizResponse ORDER BY id")
        }
        #expect(Array(after.prefix(2)) == stored)
        #expect(after.count == count)
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT state FROM quizAttempt") } == ["finished"])
    }

    @Test func feedbackAtTheEndShowsEveryAnswerAfterTheLastQuestion() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)
        let environment = CourseBinary.environment(home: sandbox.folder.path("home"), extra: ["COLUMNS": "100"])
        let seed: Int64 = 12
        let count = quiz.questions.count
        var steps: [PseudoTerminal.Step] = []
        for index in 0..<count {
            steps += [.expect("Question \(index + 1) of \(count)"), .expect("Your answer"),
                      .send((index == 0 ? quiz.wrong(quiz.questions[index], seed: seed)
                                        : quiz.right(quiz.questions[index], seed: seed)) + "\r")]
        }
        steps += [.expect("Answers"), .expect("Not quite."), .expect("Score: ")]
        let outcome = try PseudoTerminal.run(
            ["quiz", "--lesson", "weakref", "--seed", String(seed), "--feedback", "end", "--db", sandbox.databasePath],
            steps: steps, environment: environment)
        #expect(outcome.failure == nil, "\(outcome.failure ?? "")\n\(outcome.transcript.suffix(2000))")
        #expect(outcome.status == 0)
        // No verdict is shown before the last question is answered.
        let beforeLast = try #require(outcome.transcript.range(of: "Question \(count) of \(count)"))
        #expect(!outcome.transcript[..<beforeLast.lowerBound].contains("Not quite."))
        #expect(!outcome.transcript[..<beforeLast.lowerBound].contains("Right."))
    }

    @Test func interactiveReviewAsksTheMissedQuestionAndTakesASelfRating() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)
        let now = ["COURSE_NOW": "2026-11-25T09:00:00Z"]
        let missed = try #require(quiz.questions.first { $0.kind == .single })
        let answers = quiz.answers(seed: 6) { quiz.questions[$0].id != missed.id }
        #expect(try sandbox.run(["quiz", "--lesson", "weakref", "--seed", "6", "--answers", answers.joined(separator: ",")],
                                environment: now).status == 0)
        let environment = CourseBinary.environment(home: sandbox.folder.path("home"), extra: now.merging(["COLUMNS": "100"]) { $1 })
        let outcome = try PseudoTerminal.run(["review", "--db", sandbox.databasePath], steps: [
            .expect("Review 1 of 1"), .expect("Your answer"),
            .send(RightAnswer.typed(for: missed, shown: missed.choices) + "\r"),
            .expect("Right."), .expect("How was it?"), .send("e\r"), .expect("Rated easy"),
            .expect("Reviewed 1 of 1 due; 0 due now."),
        ], environment: environment)
        #expect(outcome.failure == nil, "\(outcome.failure ?? "")\n\(outcome.transcript)")
        #expect(outcome.status == 0)
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        #expect(try queue.read { try Int.fetchAll($0, sql: "SELECT rating FROM reviewLog") } == [4])
        #expect(try queue.read { try String.fetchOne($0, sql: "SELECT state FROM reviewItem") } == "review")
    }
}
