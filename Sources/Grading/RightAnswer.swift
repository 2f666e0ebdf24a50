import CourseModel

/// How the right answer of a question is shown and typed.
public enum RightAnswer {
    /// What a learner would type to answer `question` right when its choices are
    /// shown as `shown`: letters for choice questions, the first accepted text
    /// otherwise, blanks joined by `|`.
    public static func typed(for question: QuizQuestion, shown: [String]) -> String {
        switch question.answer {
        case .choice(let right): return ChoiceOrder.letters(of: [right], in: shown)
        case .choices(let right): return ChoiceOrder.letters(of: right, in: shown)
        case .text(let accepted): return accepted.first ?? ""
        case .blanks(let accepted): return accepted.map { $0.first ?? "" }.joined(separator: "|")
        }
    }

    /// The right answer in words, e.g. `b) None` or `a) ...; c) ...` or `is not`.
    public static func described(for question: QuizQuestion, shown: [String]) -> String {
        switch question.answer {
        case .choice(let right):
            return shown.indices.filter { shown[$0] == right }
                .map { "\(ChoiceOrder.letter($0))) \(shown[$0])" }.joined(separator: "; ")
        case .choices(let right):
            return shown.indices.filter { right.contains(shown[$0]) }
                .map { "\(ChoiceOrder.letter($0))) \(shown[$0])" }.joined(separator: "; ")
        case .text(let accepted):
            return accepted.first ?? ""
        case .blanks(let accepted):
            return accepted.map { $0.first ?? "" }.joined(separator: " | ")
        }
    }
}
