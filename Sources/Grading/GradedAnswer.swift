import CourseModel

/// An answer as stored with an attempt: what was typed, and the choice order it refers to.
public struct GivenAnswer: Sendable, Hashable {
    public var questionID: String
    /// Verbatim: letters for choice questions, text otherwise.
    public var typed: String
    /// The choices in the order shown (empty for questions without choices).
    public var shownChoices: [String]

    public init(questionID: String, typed: String, shownChoices: [String]) {
        self.questionID = questionID
        self.typed = typed
        self.shownChoices = shownChoices
    }
}

/// A given answer with its grade against some version of the content.
public struct GradedAnswer: Sendable, Hashable {
    public var given: GivenAnswer
    public var grade: QuestionGrade
    /// Points the question is worth (1 today; kept so scores need no convention).
    public var maxPoints: Double

    public init(given: GivenAnswer, grade: QuestionGrade, maxPoints: Double = 1) {
        self.given = given
        self.grade = grade
        self.maxPoints = maxPoints
    }

    public var questionID: String { given.questionID }
}

extension QuizGrader {
    /// Grades an answer as typed: an answer that cannot be read for this question (a
    /// letter beyond the choices, e.g. after the content changed) earns nothing.
    public static func grade(_ given: GivenAnswer, for question: QuizQuestion) -> QuestionGrade {
        let shown = question.choices.isEmpty ? [] : (given.shownChoices.isEmpty ? question.choices : given.shownChoices)
        guard let answer = try? LearnerAnswer.parse(given.typed, for: question, shownChoices: shown) else {
            return QuestionGrade(correct: false, points: 0)
        }
        return grade(answer, for: question)
    }
}
