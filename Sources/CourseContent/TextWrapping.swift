/// Inline marks of lesson prose: `code`, **bold** and *emphasis*.
enum InlineStyle: Equatable {
    case normal, code, bold, emphasis
}

/// A word of prose with its inline style.
struct StyledWord: Equatable {
    var text: String
    var style: InlineStyle
}

enum InlineMarkup {
    /// Splits prose into words, reading `code` spans and **bold** spans.
    /// Punctuation attached to a span stays in the same word as the span.
    /// With `keepCodeMarks`, backticks stay in the text (plain output) and
    /// code spans are not styled.
    static func words(_ text: String, keepCodeMarks: Bool = false) -> [[StyledWord]] {
        var words: [[StyledWord]] = []
        var current: [StyledWord] = []
        var run = ""
        var style = InlineStyle.normal
        var index = text.startIndex
        var inCode = false

        func flushRun() {
            if !run.isEmpty { current.append(StyledWord(text: run, style: style)) }
            run = ""
        }
        func endWord() {
            flushRun()
            if !current.isEmpty { words.append(current) }
            current = []
        }

        while index < text.endIndex {
            let character = text[index]
            if character == "`" && style != .bold {
                inCode.toggle()
                if keepCodeMarks {
                    run.append(character)
                } else {
                    flushRun()
                    style = inCode ? .code : .normal
                }
            } else if character == "*", !inCode, text[index...].hasPrefix("**") {
                flushRun()
                style = style == .bold ? .normal : .bold
                index = text.index(after: index)
            } else if character == "*", !inCode, style != .bold {
                flushRun()
                style = style == .emphasis ? .normal : .emphasis
            } else if character == " " || character == "\n" {
                endWord()
            } else {
                run.append(character)
            }
            index = text.index(after: index)
        }
        endWord()
        return words
    }
}

/// Greedy word wrapping on visible width (ANSI codes are added afterwards).
enum TextWrapper {
    /// Lines of words, none (except an over-long single word) wider than `width`.
    static func wrap(_ words: [[StyledWord]], width: Int) -> [[[StyledWord]]] {
        var lines: [[[StyledWord]]] = []
        var line: [[StyledWord]] = []
        var used = 0
        for word in words {
            let length = word.reduce(0) { $0 + $1.text.count }
            if !line.isEmpty && used + 1 + length > width {
                lines.append(line)
                line = []
                used = 0
            }
            used += (line.isEmpty ? 0 : 1) + length
            line.append(word)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
