import Foundation
import CourseModel
import Grading

/// How a question looks at the terminal.
enum QuestionText {
    /// The prompt and lettered choices, wrapped to the terminal.
    static func render(_ question: QuizQuestion, shown: [String], width: Int) -> String {
        var lines = [prompt(question.prompt, width: width)]
        for (index, choice) in shown.enumerated() {
            lines.append(wrap("  \(ChoiceOrder.letter(index))) \(choice)", width: width, indent: "     "))
        }
        return lines.joined(separator: "\n")
    }

    /// What the prompt asks for, e.g. `Your answer (a-d)`.
    static func answerPrompt(_ question: QuizQuestion, shown: [String]) -> String {
        let last = ChoiceOrder.letter(max(shown.count - 1, 0))
        switch question.kind {
        case .single: return "Your answer (a-\(last)): "
        case .multiple: return "Your answer (every right letter, e.g. a+c): "
        case .short: return "Your answer: "
        case .blank:
            let gaps = question.prompt.components(separatedBy: QuizQuestion.blankMarker).count - 1
            return gaps > 1 ? "Your answer (blanks separated by |): " : "Your answer: "
        }
    }

    /// Greedy word wrap that keeps the text's own leading spaces; continuation lines
    /// start with `indent`.
    static func wrap(_ text: String, width: Int, indent: String) -> String {
        let leading = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var current = leading
        var hasWord = false
        for word in text.dropFirst(leading.count).split(separator: " ") {
            if !hasWord {
                current += word
                hasWord = true
            } else if current.count + 1 + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += " " + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// `N. prompt`, continuation lines aligned under the prompt.
    static func numbered(_ number: Int, _ text: String, width: Int) -> String {
        let label = "\(number). "
        let pad = String(repeating: " ", count: label.count)
        return label + prompt(text, width: width, indent: pad).dropFirst(pad.count)
    }

    /// A prompt: prose lines wrapped, indented (code) lines kept as they are.
    static func prompt(_ text: String, width: Int, indent: String = "") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.isEmpty ? "" : line.hasPrefix(" ") ? indent + line : wrap(indent + line, width: width, indent: indent)
        }.joined(separator: "\n")
    }
}
