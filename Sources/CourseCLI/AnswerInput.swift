import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the answers of a quiz or review come from.
enum AnswerInput {
    /// `--answers "c,a,b+d,..."`: one item per question, separated by commas.
    case list([String])
    /// One answer per line on standard input (not a terminal).
    case lines
    /// A person at a terminal: prompt, feedback, resume offers.
    case terminal

    static func choose(answers: String?) -> AnswerInput {
        if let answers { return .list(answers.split(separator: ",", omittingEmptySubsequences: false).map(String.init)) }
        return isatty(STDIN_FILENO) == 1 ? .terminal : .lines
    }

    var isInteractive: Bool {
        if case .terminal = self { return true }
        return false
    }
}

/// Hands out answers one at a time; nil when there are no more.
struct AnswerFeed {
    private var input: AnswerInput
    private var position = 0

    init(_ input: AnswerInput) {
        self.input = input
    }

    /// The next answer; on a terminal `prompt` is shown first.
    mutating func next(prompt: String) -> String? {
        switch input {
        case .list(let items):
            guard position < items.count else { return nil }
            defer { position += 1 }
            return items[position]
        case .lines:
            return readLine(strippingNewline: true)
        case .terminal:
            print(prompt, terminator: "")
            fflush(nil)
            return readLine(strippingNewline: true)
        }
    }
}
