import CourseModel

/// What a learner answered to one question, before grading.
public enum LearnerAnswer: Sendable, Hashable {
    /// `single`: the text of the chosen option.
    case choice(String)
    /// `multiple`: the texts of the chosen options.
    case choices(Set<String>)
    /// `short`: what was typed.
    case text(String)
    /// `blank`: what was typed into each gap, in order.
    case blanks([String])
}

/// Why a typed answer could not be read as an answer to its question.
public struct AnswerParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var questionID: String
    public var reason: String
    public var description: String { "question '\(questionID)': \(reason)" }
}

extension LearnerAnswer {
    /// Reads an answer as typed at a prompt or given in `--answers`: choice letters
    /// (`b`, or `a+c` / `ac` / `a c` for several) refer to `shownChoices`, the options in
    /// the order the learner saw them; blanks are separated by `|`.
    public static func parse(_ typed: String, for question: QuizQuestion,
                             shownChoices: [String]) throws(AnswerParseError) -> LearnerAnswer {
        let trimmed = typed.trimmingWhitespace
        switch question.kind {
        case .single:
            let picked = try letters(trimmed, question: question, count: shownChoices.count)
            guard picked.count == 1 else {
                throw AnswerParseError(questionID: question.id, reason: "choose exactly one letter")
            }
            return .choice(shownChoices[picked[0]])
        case .multiple:
            let picked = try letters(trimmed, question: question, count: shownChoices.count)
            return .choices(Set(picked.map { shownChoices[$0] }))
        case .short:
            return .text(trimmed)
        case .blank:
            return .blanks(trimmed.split(separator: "|", omittingEmptySubsequences: false)
                .map { String($0).trimmingWhitespace })
        }
    }

    private static func letters(_ text: String, question: QuizQuestion,
                                count: Int) throws(AnswerParseError) -> [Int] {
        var indexes: [Int] = []
        for scalar in text.lowercased().unicodeScalars where !" +,;".unicodeScalars.contains(scalar) {
            let index = Int(scalar.value) - Int(("a" as Unicode.Scalar).value)
            guard index >= 0, index < count else {
                let last = Character(Unicode.Scalar(UInt8(96 + count)))
                throw AnswerParseError(questionID: question.id,
                                       reason: "'\(scalar)' is not one of the letters a to \(last)")
            }
            if !indexes.contains(index) { indexes.append(index) }
        }
        guard !indexes.isEmpty else {
            throw AnswerParseError(questionID: question.id, reason: "no answer given")
        }
        return indexes
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
