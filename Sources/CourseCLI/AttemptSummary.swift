import CourseModel
import Foundation
import Grading

/// A graded attempt as `--json` prints it and as the terminal shows it.
struct AttemptSummary: Encodable {
    struct Answer: Encodable {
        let number: Int
        let question: String
        let kind: String
        let prompt: String
        /// The choices as lettered for this attempt (empty for typed answers).
        let choices: [String]
        let given: String
        let correct: Bool
        let points: Double
        let maxPoints: Double
        /// The right answer as it would be typed in this attempt (letters or text).
        let rightAnswer: String
        let explanation: String
    }

    let attempt: Int64
    let learner: String
    let course: String
    let lesson: String
    let state: String
    let seed: Int64
    let contentVersion: String
    let questions: Int
    let answered: Int
    let passMark: Int
    let points: Double
    let maxPoints: Double
    /// Percent of the whole quiz (unanswered questions count as wrong).
    let score: Double
    let passed: Bool
    let startedAt: Date
    let finishedAt: Date?
    let answers: [Answer]
    /// The lesson's quiz score in percent under the quiz's scoring policy, once an attempt is finished.
    var lessonScore: Double?

    init(attempt: QuizAttempt, learner: String, quiz: Quiz, answers graded: [GradedAnswer]) {
        self.attempt = attempt.id
        self.learner = learner
        course = attempt.courseID
        lesson = attempt.lessonID
        state = attempt.state.rawValue
        seed = attempt.seed
        contentVersion = attempt.contentVersion
        questions = quiz.questions.count
        answered = graded.count
        passMark = quiz.passMark
        points = graded.reduce(0) { $0 + $1.grade.points }
        maxPoints = graded.reduce(0) { $0 + $1.maxPoints }
        score = quiz.questions.isEmpty ? 0 : 100 * points / Double(quiz.questions.count)
        passed = QuizGrader.passes(score, passMark: quiz.passMark)
        startedAt = attempt.startedAt
        finishedAt = attempt.finishedAt
        answers = graded.enumerated().map { index, answer in
            let question = quiz.question(id: answer.questionID)
            return Answer(
                number: index + 1, question: answer.questionID, kind: question?.kind.rawValue ?? "removed",
                prompt: question?.prompt ?? "", choices: answer.given.shownChoices, given: answer.given.typed,
                correct: answer.grade.correct, points: answer.grade.points, maxPoints: answer.maxPoints,
                rightAnswer: question.map { RightAnswer.typed(for: $0, shown: answer.given.shownChoices) } ?? "",
                explanation: question?.explanation ?? "")
        }
    }
}

/// Score wording shared by quiz and review.
enum ScoreText {
    static func percent(_ value: Double) -> String {
        "\(Int(value.rounded()))%"
    }

    static func points(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// `Score: 86% (19 of 22), passed (pass mark 70%).`
    static func line(percentage: Double, points: Double, questions: Int, passMark: Int) -> String {
        let verdict = QuizGrader.passes(percentage, passMark: passMark) ? "passed" : "not passed"
        return "Score: \(percent(percentage)) (\(self.points(points)) of \(questions)), \(verdict) (pass mark \(passMark)%)."
    }
}
