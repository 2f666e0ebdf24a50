/// A lesson's quiz.
public struct Quiz: Sendable, Hashable {
    /// Percentage of questions (0...100) a learner must get right to pass.
    public var passMark: Int
    public var questions: [QuizQuestion]
    /// Which finished attempt's score counts as the lesson's quiz score.
    public var scoring: ScoringPolicy = .highest

    public init(passMark: Int, questions: [QuizQuestion]) {
        self.passMark = passMark
        self.questions = questions
    }

    public func question(id: String) -> QuizQuestion? {
        questions.first { $0.id == id }
    }
}

/// How a question is asked and answered.
public enum QuestionKind: String, Sendable, Hashable, CaseIterable {
    /// Pick exactly one of the choices.
    case single
    /// Pick every right choice, and only those.
    case multiple
    /// Type a short answer.
    case short
    /// Fill each `___` of the prompt.
    case blank
}

/// The right answer of a question, shaped by its kind.
public enum QuizAnswer: Sendable, Hashable {
    /// `single`: the text of the right choice.
    case choice(String)
    /// `multiple`: the texts of all the right choices.
    case choices([String])
    /// `short`: accepted answers; the first is the one shown to learners.
    case text([String])
    /// `blank`: for each blank in order, its accepted answers; the first of each is shown.
    case blanks([[String]])
}

/// One quiz question. Its id is stable: stored attempts refer to it.
public struct QuizQuestion: Sendable, Hashable, Identifiable {
    public var id: String
    public var kind: QuestionKind
    public var prompt: String
    /// The options of `single` and `multiple` questions, in display order; empty otherwise.
    public var choices: [String]
    public var answer: QuizAnswer
    /// Shown after answering: why the answer is right.
    public var explanation: String
    public var tags: [String]
    /// Line in `quiz.yaml` where the question starts.
    public var line: Int
    /// `short` questions: a regular expression a whole answer may match instead of
    /// (after normalisation) equalling an accepted answer.
    public var pattern: String? = nil
    /// `multiple` questions: whether a partly right selection earns part of the point.
    public var partialCredit: Bool = false

    public init(id: String, kind: QuestionKind, prompt: String, choices: [String], answer: QuizAnswer,
                explanation: String, tags: [String], line: Int) {
        self.id = id
        self.kind = kind
        self.prompt = prompt
        self.choices = choices
        self.answer = answer
        self.explanation = explanation
        self.tags = tags
        self.line = line
    }

    /// The marker a `blank` question's prompt uses for each gap.
    public static let blankMarker = "___"
}
