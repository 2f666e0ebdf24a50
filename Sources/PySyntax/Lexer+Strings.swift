/// String tokens: the lexer only finds where a literal ends (quotes, triple quotes,
/// backslashes); the parser decodes escapes and f-string fields later.
extension Lexer {
    mutating func readString(prefixStart: Int, start: SourceLocation) throws(SyntaxError) {
        guard let quote = peek() else { return }
        index += 1
        var isTriple = false
        if peek() == quote && peek(1) == quote {
            isTriple = true
            index += 2
        }
        while true {
            guard let c = peek() else {
                // CPython does not count a final "\n" as starting a line, but does count "\r\n".
                let endsWithNewline = index == lineStart && line > 1 && scalars[index - 1] == "\n"
                    && !(index >= 2 && scalars[index - 2] == "\r")
                let line = endsWithNewline ? self.line - 1 : self.line
                let message = isTriple
                    ? "unterminated triple-quoted string literal (detected at line \(line))"
                    : "unterminated string literal (detected at line \(line))"
                throw error(message, at: start)
            }
            if c == quote {
                if !isTriple {
                    index += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    index += 3
                    break
                }
                index += 1
            } else if c == "\\" {
                index += 1
                if !consumeLineBreak(), peek() != nil { index += 1 }
            } else if c == "\n" || c == "\r" {
                if !isTriple {
                    throw error("unterminated string literal (detected at line \(line))", at: start)
                }
                _ = consumeLineBreak()
            } else {
                index += 1
            }
        }
        emit(.string, "", from: prefixStart, start)
    }
}
