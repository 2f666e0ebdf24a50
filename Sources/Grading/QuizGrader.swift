import CourseModel

/// The grade of one answer.
public struct QuestionGrade: Sendable, Hashable {
    /// Whether the answer earns the whole point.
    public var correct: Bool
    /// Points earned, 0...1 (partial for partly right `multiple` answers with partial
    /// credit on, and for `blank` questions with some gaps right).
    public var points: Double
    /// `blank` questions: whether each gap was right.
    public var blanks: [Bool]

    public init(correct: Bool, points: Double, blanks: [Bool] = []) {
        self.correct = correct
        self.points = points
        self.blanks = blanks
    }
}

/// Grades quiz answers against the content. Pure: no clock, no database, no output.
public enum QuizGrader {
    public static func grade(_ answer: LearnerAnswer, for question: QuizQuestion) -> QuestionGrade {
        switch (question.answer, answer) {
        case (.choice(let right), .choice(let given)):
            return whole(right == given)
        case (.choices(let right), .choices(let given)):
            return gradeMultiple(right: Set(right), given: given, partial: question.partialCredit)
        case (.text(let accepted), .text(let given)):
            return whole(matchesShort(given, accepted: accepted, pattern: question.pattern))
        case (.blanks(let accepted), .blanks(let given)):
            let each = accepted.indices.map { index in
                index < given.count && matchesShort(given[index], accepted: accepted[index], pattern: nil)
            }
            let right = each.filter { $0 }.count
            let points = accepted.isEmpty ? 0 : Double(right) / Double(accepted.count)
            return QuestionGrade(correct: right == accepted.count && given.count == accepted.count,
                                 points: points, blanks: each)
        default:
            // An answer of the wrong shape (content changed kind since it was given).
            return whole(false)
        }
    }

    /// All or nothing by default. With partial credit, each right option chosen is
    /// worth 1/right and each wrong one chosen takes 1/right away, never below zero.
    static func gradeMultiple(right: Set<String>, given: Set<String>, partial: Bool) -> QuestionGrade {
        if given == right { return whole(true) }
        guard partial, !right.isEmpty else { return whole(false) }
        let hits = Double(given.intersection(right).count)
        let misses = Double(given.subtracting(right).count)
        return QuestionGrade(correct: false, points: max(0, (hits - misses) / Double(right.count)))
    }

    static func matchesShort(_ given: String, accepted: [String], pattern: String?) -> Bool {
        let normalized = AnswerNormalizer.normalize(given)
        if accepted.contains(where: { AnswerNormalizer.normalize($0) == normalized }) { return true }
        guard let pattern, let regex = try? Regex(pattern).ignoresCase() else { return false }
        return given.trimmingWhitespace.wholeMatch(of: regex) != nil
    }

    private static func whole(_ correct: Bool) -> QuestionGrade {
        QuestionGrade(correct: correct, points: correct ? 1 : 0)
    }

    /// The score of an attempt in percent, 0...100: points earned over questions asked.
    public static func percentage(of grades: [QuestionGrade]) -> Double {
        guard !grades.isEmpty else { return 0 }
        return 100 * grades.reduce(0) { $0 + $1.points } / Double(grades.count)
    }

    /// Whether a score reaches the quiz's pass mark.
    public static func passes(_ percentage: Double, passMark: Int) -> Bool {
        percentage + 1e-9 >= Double(passMark)
    }

    /// The lesson's quiz score from its finished attempts' scores, oldest first.
    public static func lessonScore(finishedScores: [Double], policy: ScoringPolicy) -> Double? {
        guard let first = finishedScores.first, let last = finishedScores.last else { return nil }
        switch policy {
        case .highest: return finishedScores.max()
        case .last: return last
        case .first: return first
        case .average: return finishedScores.reduce(0, +) / Double(finishedScores.count)
        }
    }
}
