import CourseModel

/// One sitting of a quiz, without a terminal or a database: which question comes
/// next, which letters it shows, how a typed answer is graded, and the score.
///
/// Questions are asked in the content's order; choices are shuffled per attempt by
/// `ChoiceOrder` from the attempt's seed. A session built from the answers already
/// stored continues with the questions not yet answered (resuming), and regrades
/// those stored answers against the content it is given.
public struct QuizSession: Sendable {
    public let quiz: Quiz
    public let seed: Int64
    /// Answers so far, in the order given.
    public private(set) var answers: [GradedAnswer]

    public init(quiz: Quiz, seed: Int64, previous: [GivenAnswer] = []) {
        self.quiz = quiz
        self.seed = seed
        answers = previous.compactMap { given in
            guard let question = quiz.question(id: given.questionID) else { return nil }
            return GradedAnswer(given: given, grade: QuizGrader.grade(given, for: question))
        }
    }

    /// Questions without an answer yet, in order.
    public var remaining: [QuizQuestion] {
        let answered = Set(answers.map(\.questionID))
        return quiz.questions.filter { !answered.contains($0.id) }
    }

    /// The question to ask now, or nil when every question has an answer.
    public var next: QuizQuestion? { remaining.first }

    public var isComplete: Bool { next == nil }

    /// The 1-based number of the question asked now ("Question k of n").
    public var currentNumber: Int { answers.count + 1 }

    public var questionCount: Int { quiz.questions.count }

    /// The choices of `question` as this attempt shows them.
    public func shownChoices(for question: QuizQuestion) -> [String] {
        ChoiceOrder.shown(question, seed: seed)
    }

    /// Reads and grades `typed` as the answer to the next question, and records it
    /// in the session. An answer that cannot be read throws and changes nothing.
    @discardableResult
    public mutating func answerNext(_ typed: String) throws(AnswerParseError) -> GradedAnswer {
        guard let question = next else {
            throw AnswerParseError(questionID: "", reason: "every question has been answered")
        }
        let shown = shownChoices(for: question)
        let answer = try LearnerAnswer.parse(typed, for: question, shownChoices: shown)
        let graded = GradedAnswer(
            given: GivenAnswer(questionID: question.id, typed: typed.trimmingWhitespace, shownChoices: shown),
            grade: QuizGrader.grade(answer, for: question))
        answers.append(graded)
        return graded
    }

    /// Points earned so far.
    public var points: Double { answers.reduce(0) { $0 + $1.grade.points } }

    /// Points available for the answers so far.
    public var maxPoints: Double { answers.reduce(0) { $0 + $1.maxPoints } }

    /// The score in percent over the whole quiz (unanswered questions count as wrong).
    public var percentage: Double {
        guard questionCount > 0 else { return 0 }
        return 100 * points / Double(questionCount)
    }

    public var passed: Bool { QuizGrader.passes(percentage, passMark: quiz.passMark) }
}
