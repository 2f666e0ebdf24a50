import CourseModel

/// The order in which an attempt shows a question's choices: a Fisher-Yates
/// shuffle driven by `SplitMix64`, seeded by the attempt's seed mixed with the
/// question id. The order of one question therefore depends only on the seed and
/// that question, not on its position, so resuming an attempt shows the same letters.
public enum ChoiceOrder {
    public static func shown(_ question: QuizQuestion, seed: Int64) -> [String] {
        var choices = question.choices
        guard choices.count > 1 else { return choices }
        var random = SplitMix64(seed: UInt64(bitPattern: seed) ^ SplitMix64.hash(question.id))
        for index in stride(from: choices.count - 1, to: 0, by: -1) {
            let other = random.next(below: index + 1)
            if other != index { choices.swapAt(index, other) }
        }
        return choices
    }

    /// The letter (`a`, `b`, ...) of position `index`.
    public static func letter(_ index: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(97 + index % 26))))
    }

    /// The letters a learner would type to give `texts` among `shown`, e.g. `a+c`.
    public static func letters(of texts: [String], in shown: [String]) -> String {
        shown.indices.filter { texts.contains(shown[$0]) }.map(letter).joined(separator: "+")
    }
}
