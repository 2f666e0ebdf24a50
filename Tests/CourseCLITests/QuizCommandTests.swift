import CourseModel
import CourseTestSupport
import Foundation
import GRDB
import Grading
import Testing

/// `course quiz` run as a user would: the real binary on a real database file.
@Suite struct QuizCommandTests {
    let quiz: WeakrefQuiz

    init() throws {
        quiz = try WeakrefQuiz()
    }

    private func enrolledSandbox() throws -> CLISandbox {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)
        return sandbox
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: ["all right", "all wrong", "mixed"])
    func scriptedQuizScoresAgainstThePassMark(_ pattern: String) throws {
        let sandbox = try enrolledSandbox()
        let seed: Int64 = 20_261_125
        let rightAt: (Int) -> Bool = switch pattern {
        case "all right": { _ in true }
        case "all wrong": { _ in false }
        default: { $0 % 3 != 0 }
        }
        let answers = quiz.answers(seed: seed, rightAt: rightAt)
        let result = try sandbox.run(["quiz", "--lesson", "weakref", "--seed", String(seed), "--json",
                                      "--answers", answers.joined(separator: ",")])
        // A score below the pass mark is not an error.
        #expect(result.status == 0, "\(result.standardError)")
        let attempt = try json(result.standardOutput)
        let expectedRight = quiz.questions.indices.filter(rightAt).count
        let expectedScore = 100 * Double(expectedRight) / Double(quiz.questions.count)
        #expect(attempt["state"] as? String == "finished")
        #expect(attempt["points"] as? Double == Double(expectedRight))
        #expect(abs((attempt["score"] as? Double ?? -1) - expectedScore) < 1e-9)
        #expect(attempt["passed"] as? Bool == (expectedScore >= Double(quiz.quiz.passMark)))
        let perAnswer = try #require(attempt["answers"] as? [[String: Any]])
        #expect(perAnswer.map { $0["correct"] as? Bool } == quiz.questions.indices.map { rightAt($0) })
        #expect(perAnswer.map { $0["question"] as? String } == quiz.questions.map(\.id))

        // Every answer is stored with the content version, and each miss is a review item.
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        let (stored, right, versions, reviewItems) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quizResponse") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quizResponse WHERE isCorrect = 1") ?? 0,
             try String.fetchSet(db, sql: "SELECT contentVersion FROM quizResponse UNION SELECT contentVersion FROM quizAttempt"),
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reviewItem") ?? 0)
        }
        #expect(stored == quiz.questions.count)
        #expect(right == expectedRight)
        #expect(versions == [quiz.lesson.contentVersion])
        #expect(reviewItems == quiz.questions.count - expectedRight)
    }

    @Test func plainScriptedOutputEndsWithTheScoreLine() throws {
        let sandbox = try enrolledSandbox()
        let answers = quiz.answers(seed: 5) { $0 != 0 }
        let result = try sandbox.run(["quiz", "--lesson", "weakref", "--seed", "5", "--answers", answers.joined(separator: ",")])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        let first = quiz.questions[0]
        #expect(lines.first == "1/\(quiz.questions.count) \(first.id): wrong, answer \(quiz.right(first, seed: 5))")
        let points = quiz.questions.count - 1
        let percent = Int((100 * Double(points) / Double(quiz.questions.count)).rounded())
        #expect(lines.contains("Score: \(percent)% (\(points) of \(quiz.questions.count)), passed (pass mark \(quiz.quiz.passMark)%)."))
    }

    @Test func unreadableScriptedAnswerStopsWithADataErrorAndStoresNothingForIt() throws {
        let sandbox = try enrolledSandbox()
        let result = try sandbox.run(["quiz", "--lesson", "weakref", "--seed", "1", "--answers", "\(quiz.right(quiz.questions[0], seed: 1)),zz"])
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("course: cannot read answer: question '\(quiz.questions[1].id)'"))
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM quizResponse") } == 1)
        #expect(try queue.read { try String.fetchOne($0, sql: "SELECT state FROM quizAttempt") } == "in_progress")
    }

    @Test func killedMidAttemptLosesNoAnswerAndTheNextRunResumes() throws {
        let sandbox = try enrolledSandbox()
        let seed: Int64 = 77
        let answers = quiz.answers(seed: seed) { _ in true }
        let process = Process()
        process.executableURL = try CourseBinary.url()
        process.arguments = ["quiz", "--lesson", "weakref", "--seed", String(seed), "--db", sandbox.databasePath]
        process.environment = CourseBinary.environment(home: sandbox.folder.path("home"))
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Feed answers one line at a time, waiting until each is stored, then kill -9.
        let killAfter = 7
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        func storedCount() throws -> Int { try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM quizResponse") ?? 0 } }
        for index in 0..<killAfter {
            input.fileHandleForWriting.write(Data((answers[index] + "\n").utf8))
            let deadline = Date().addingTimeInterval(20)
            while try storedCount() < index + 1 && Date() < deadline { usleep(20_000) }
        }
        #expect(try storedCount() == killAfter)
        let before = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT questionId, answerGiven, answeredAt FROM quizResponse ORDER BY id")
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        // The next run resumes the same attempt with the remaining questions.
        let resumed = try CourseBinary.run(
            ["quiz", "--lesson", "weakref", "--json", "--db", sandbox.databasePath],
            home: sandbox.folder.path("home"), input: answers[killAfter...].joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(resumed.standardError.contains("resuming attempt 1 after \(killAfter) answers"))
        let attempt = try json(resumed.standardOutput)
        #expect(attempt["attempt"] as? Int == 1)
        #expect(attempt["score"] as? Double == 100)
        let after = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT questionId, answerGiven, answeredAt FROM quizResponse ORDER BY id")
        }
        #expect(Array(after.prefix(killAfter)) == before)
        #expect(after.map { $0["questionId"] as String } == quiz.questions.map(\.id))
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT state FROM quizAttempt") } == ["finished"])
    }

    @Test func restartAbandonsTheUnfinishedAttempt() throws {
        let sandbox = try enrolledSandbox()
        #expect(try sandbox.run(["quiz", "--lesson", "weakref", "--seed", "3", "--answers", quiz.right(quiz.questions[0], seed: 3)]).status == 0)
        let restarted = try sandbox.run(["quiz", "--lesson", "weakref", "--restart", "--seed", "4",
                                         "--answers", quiz.answers(seed: 4) { _ in true }.joined(separator: ",")])
        #expect(restarted.status == 0)
        // The lesson's score follows the quiz's policy (highest by default) over finished attempts.
        let worse = try sandbox.run(["quiz", "--lesson", "weakref", "--seed", "4", "--json",
                                     "--answers", quiz.answers(seed: 4) { $0 != 0 }.joined(separator: ",")])
        let lessonScore = try json(worse.standardOutput)["lessonScore"] as? Double
        #expect(quiz.quiz.scoring == .highest)
        #expect(lessonScore == 100)
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        #expect(try queue.read { try String.fetchAll($0, sql: "SELECT state FROM quizAttempt ORDER BY id") } == ["abandoned", "finished", "finished"])
    }

    @Test func regradeFollowsAChangedAnswerInTheContent() throws {
        let sandbox = try enrolledSandbox()
        let content = try TemporaryDirectory(prefix: "course-content")
        let copy = content.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: shippedContentFolder, to: copy)
        let seed: Int64 = 8
        let answers = quiz.answers(seed: seed) { _ in true }
        #expect(try sandbox.run(["quiz", "--lesson", "weakref", "--seed", "8", "--content", copy.path,
                                 "--answers", answers.joined(separator: ",")]).status == 0)

        // The content changes: the right answer of one single-choice question moves to another choice.
        let changed = try #require(quiz.questions.first { $0.kind == .single })
        guard case .choice(let oldRight) = changed.answer else { return }
        let newRight = try #require(changed.choices.first { $0 != oldRight && !$0.contains(":") && !$0.hasPrefix("\"") })
        let quizFile = copy.appendingPathComponent("python-weakref/weakref/quiz.yaml")
        var yaml = try String(contentsOf: quizFile, encoding: .utf8)
        let oldLine = "    answer: \(oldRight)\n"
        #expect(yaml.components(separatedBy: oldLine).count == 2, "the answer line must be unique")
        yaml = yaml.replacingOccurrences(of: oldLine, with: "    answer: \(newRight)\n")
        try yaml.write(to: quizFile, atomically: true, encoding: .utf8)
        let newVersion = try WeakrefQuiz(content: copy).lesson.contentVersion
        #expect(newVersion != quiz.lesson.contentVersion)

        let count = quiz.questions.count
        let expectedLine = "attempt 1 (ada-lovelace, weakref): 100% -> \(Int((100 * Double(count - 1) / Double(count)).rounded()))%"
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        let dryRun = try sandbox.run(["quiz", "--regrade", "--dry-run", "--content", copy.path])
        #expect(dryRun.status == 0)
        #expect(dryRun.standardOutput.contains(expectedLine))
        #expect(dryRun.standardOutput.contains("Dry run, nothing stored"))
        #expect(try queue.read { try Double.fetchOne($0, sql: "SELECT score FROM quizAttempt") } == Double(count))

        let regrade = try sandbox.run(["quiz", "--regrade", "--lesson", "weakref", "--content", copy.path])
        #expect(regrade.status == 0)
        #expect(regrade.standardOutput.contains(expectedLine))
        let (score, wrong, versions) = try queue.read { db in
            (try Double.fetchOne(db, sql: "SELECT score FROM quizAttempt"),
             try String.fetchAll(db, sql: "SELECT questionId FROM quizResponse WHERE isCorrect = 0"),
             try String.fetchSet(db, sql: "SELECT contentVersion FROM quizResponse UNION SELECT contentVersion FROM quizAttempt"))
        }
        #expect(score == Double(count - 1))
        #expect(wrong == [changed.id])
        #expect(versions == [newVersion])
        // A second regrade has nothing left to change.
        let again = try sandbox.run(["quiz", "--regrade", "--content", copy.path])
        #expect(!again.standardOutput.contains("->"))
    }
}
