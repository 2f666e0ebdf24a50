/// Turns Python source into tokens the way CPython 3.11's tokenizer does: INDENT and
/// DEDENT from an indentation stack, NEWLINE only at the end of a logical line, no
/// layout inside brackets, backslash continuation, comments and blank lines skipped.
///
/// The lexer reads the whole source up front and stops at the first tokenizer error;
/// the parser reports that error only when it gets there (see `LexResult`), as
/// CPython's lazily pulled tokens do.
struct Lexer {
    let scalars: [Unicode.Scalar]
    let filename: String
    var index = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    var indentStack: [Int] = [0]
    var altIndentStack: [Int] = [0]
    var brackets: [(opener: Unicode.Scalar, at: SourceLocation)] = []
    var atLineStart = true
    var lineHasTokens = false
    /// Where a comment began on the current line, if one did.
    var commentStart: SourceLocation?
    /// One past the last scalar to read (an f-string field reads a slice of the source).
    var limit: Int
    /// Set for an f-string field: no layout tokens at all, as inside brackets.
    var isExpressionOnly = false

    /// CPython's `MAXLEVEL` and `MAXINDENT`.
    static let maxBracketDepth = 200
    static let maxIndentDepth = 100

    init(scalars: [Unicode.Scalar], filename: String) {
        self.scalars = scalars
        self.filename = filename
        self.limit = scalars.count
    }

    /// Tokens of `scalars[range]`, an f-string field, positioned where it sits in the source.
    static func tokenizeField(_ scalars: [Unicode.Scalar], range: Range<Int>, line: Int, lineStart: Int,
                              filename: String) -> LexResult {
        var lexer = Lexer(scalars: scalars, filename: filename)
        lexer.index = range.lowerBound
        lexer.limit = range.upperBound
        lexer.line = line
        lexer.lineStart = lineStart
        lexer.isExpressionOnly = true
        lexer.atLineStart = false
        return lexer.run()
    }

    static func tokenize(_ scalars: [Unicode.Scalar], filename: String) -> LexResult {
        var lexer = Lexer(scalars: scalars, filename: filename)
        return lexer.run()
    }

    mutating func run() -> LexResult {
        do throws(SyntaxError) {
            try scanAll()
            return LexResult(tokens: tokens, error: nil, unclosedBracketLine: nil)
        } catch {
            let here = location
            tokens.append(Token(kind: .endOfFile, text: "", start: here, end: here,
                                startIndex: index, endIndex: index, depth: brackets.count))
            let unclosed = error.message.hasSuffix("was never closed") ? error.location.line : nil
            return LexResult(tokens: tokens, error: error, unclosedBracketLine: unclosed)
        }
    }

    // MARK: - Helpers

    var location: SourceLocation { SourceLocation(line: line, column: index - lineStart) }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let at = index + offset
        return at < limit ? scalars[at] : nil
    }

    /// The text of line `number` (1-based), without its line break.
    func lineText(_ number: Int) -> String? {
        var current = 1
        var at = 0
        while current < number && at < scalars.count {
            if scalars[at] == "\n" { current += 1 } else if scalars[at] == "\r" {
                current += 1
                if at + 1 < scalars.count && scalars[at + 1] == "\n" { at += 1 }
            }
            at += 1
        }
        guard current == number else { return nil }
        var text = String.UnicodeScalarView()
        while at < scalars.count, scalars[at] != "\n", scalars[at] != "\r" {
            text.append(scalars[at])
            at += 1
        }
        return String(text)
    }

    func error(_ message: String, at where_: SourceLocation? = nil, kind: SyntaxError.Kind = .syntax) -> SyntaxError {
        let spot = where_ ?? location
        return SyntaxError(kind, message: message, filename: filename, location: spot, lineText: lineText(spot.line))
    }

    mutating func emit(_ kind: Token.Kind, _ text: String, from startIndex: Int, _ start: SourceLocation) {
        tokens.append(Token(kind: kind, text: text, start: start, end: location,
                            startIndex: startIndex, endIndex: index, depth: brackets.count))
        if kind != .newline && kind != .indent && kind != .dedent { lineHasTokens = true }
    }

    /// Consumes a line break at `index` if there is one (`\n`, `\r\n` or `\r`).
    mutating func consumeLineBreak() -> Bool {
        guard let c = peek() else { return false }
        if c == "\n" {
            index += 1
        } else if c == "\r" {
            index += 1
            if peek() == "\n" { index += 1 }
        } else {
            return false
        }
        line += 1
        lineStart = index
        return true
    }

    func text(_ from: Int, _ to: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return String(view)
    }

    // MARK: - Main loop

    mutating func scanAll() throws(SyntaxError) {
        while true {
            if atLineStart {
                atLineStart = false
                if brackets.isEmpty { try readIndentation() }
            }
            while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" { index += 1 }
            guard let c = peek() else { return try finish() }
            let start = location
            let startIndex = index
            switch c {
            case "#":
                commentStart = start
                while let d = peek(), d != "\n", d != "\r" { index += 1 }
            case "\n", "\r":
                defer { commentStart = nil }
                if brackets.isEmpty && lineHasTokens && !isExpressionOnly {
                    // After a comment, CPython's NEWLINE token spans the comment instead.
                    let end = commentStart == nil ? SourceLocation(line: line, column: start.column + 1) : start
                    tokens.append(Token(kind: .newline, text: "", start: commentStart ?? start, end: end,
                                        startIndex: startIndex, endIndex: index + 1, depth: brackets.count))
                    lineHasTokens = false
                }
                _ = consumeLineBreak()
                atLineStart = !isExpressionOnly
            case "\\":
                index += 1
                let afterBackslash = SourceLocation(line: start.line, column: start.column + 1)
                if peek() == nil { throw error("unexpected EOF while parsing", at: afterBackslash) }
                guard consumeLineBreak() else {
                    throw error("unexpected character after line continuation character", at: afterBackslash)
                }
                if peek() == nil { throw error("unexpected EOF while parsing", at: afterBackslash) }
            case "0"..."9":
                try readNumber()
            case ".":
                if let d = peek(1), ("0"..."9").contains(d) {
                    try readNumber()
                } else {
                    try readOperator()
                }
            case "\"", "'":
                try readString(prefixStart: startIndex, start: start)
            default:
                if isIdentifierStart(c) {
                    try readNameOrPrefixedString()
                } else if c.value >= 128 || !PythonRepr.isPrintable(c) {
                    throw invalidCharacter(c, at: start)
                } else {
                    try readOperator()
                }
            }
        }
    }

    /// End of input: an implicit NEWLINE, one DEDENT per open block, ENDMARKER.
    mutating func finish() throws(SyntaxError) {
        if let open = brackets.last {
            throw error("'\(Character(open.opener))' was never closed", at: open.at)
        }
        let here = location
        if isExpressionOnly {
            tokens.append(Token(kind: .endOfFile, text: "", start: here, end: here,
                                startIndex: index, endIndex: index, depth: 0))
            return
        }
        if lineHasTokens {
            tokens.append(Token(kind: .newline, text: "", start: here,
                                end: SourceLocation(line: here.line, column: here.column + 1),
                                startIndex: index, endIndex: index, depth: 0))
            lineHasTokens = false
        }
        // CPython reports errors at the end of input on the last line: the one a final line
        // break ends, or the unfinished one.
        let lastLine = here.column == 0 && here.line > 1 ? here.line - 1 : here.line
        let lastNewline = tokens.last { $0.kind == .newline }
        let eofLocation = lastNewline.map { $0.start.line == lastLine ? $0.start : SourceLocation(line: lastLine, column: 0) }
            ?? SourceLocation(line: lastLine, column: 0)
        while indentStack.count > 1 {
            indentStack.removeLast()
            tokens.append(Token(kind: .dedent, text: "", start: eofLocation, end: eofLocation,
                                startIndex: index, endIndex: index, depth: 0))
        }
        tokens.append(Token(kind: .endOfFile, text: "", start: eofLocation, end: eofLocation,
                            startIndex: index, endIndex: index, depth: 0))
    }

    // MARK: - Indentation

    mutating func readIndentation() throws(SyntaxError) {
        var column = 0
        var altColumn = 0
        // CPython: indentation cannot be split by backslashes; the first backslash found
        // after some whitespace fixes the level of what follows.
        var continuationColumn = 0
        while let c = peek() {
            if c == "\\" {
                if continuationColumn == 0 { continuationColumn = column }
                let backslash = SourceLocation(line: line, column: index - lineStart + 1)
                index += 1
                if peek() == nil { throw error("unexpected EOF while parsing", at: backslash) }
                guard consumeLineBreak() else {
                    throw error("unexpected character after line continuation character", at: backslash)
                }
                continue
            }
            if c == " " {
                column += 1
                altColumn += 1
            } else if c == "\t" {
                column = (column / 8 + 1) * 8
                altColumn += 1
            } else if c == "\u{0C}" {
                column = 0
                altColumn = 0
            } else {
                break
            }
            index += 1
        }
        // Blank lines and comment-only lines do not affect indentation.
        guard let c = peek(), c != "#", c != "\n", c != "\r" else { return }
        if continuationColumn != 0 {
            column = continuationColumn
            altColumn = continuationColumn
        }
        let here = location
        let top = indentStack[indentStack.count - 1]
        let altTop = altIndentStack[altIndentStack.count - 1]
        if column == top {
            if altColumn != altTop { throw tabError() }
        } else if column > top {
            if indentStack.count >= Lexer.maxIndentDepth {
                throw error("too many levels of indentation", kind: .indentation)
            }
            if altColumn <= altTop { throw tabError() }
            indentStack.append(column)
            altIndentStack.append(altColumn)
            tokens.append(Token(kind: .indent, text: "", start: SourceLocation(line: line, column: 0), end: here,
                                startIndex: lineStart, endIndex: index, depth: 0))
        } else {
            var dedents = 0
            while indentStack.count > 1 && column < indentStack[indentStack.count - 1] {
                indentStack.removeLast()
                altIndentStack.removeLast()
                dedents += 1
            }
            if column != indentStack[indentStack.count - 1] {
                // CPython puts the caret past the end of the line.
                var lineEnd = index
                while lineEnd < limit, scalars[lineEnd] != "\n", scalars[lineEnd] != "\r" { lineEnd += 1 }
                throw error("unindent does not match any outer indentation level",
                            at: SourceLocation(line: line, column: lineEnd - lineStart), kind: .indentation)
            }
            if altColumn != altIndentStack[altIndentStack.count - 1] { throw tabError() }
            for _ in 0..<dedents {
                tokens.append(Token(kind: .dedent, text: "", start: here, end: here,
                                    startIndex: index, endIndex: index, depth: 0))
            }
        }
    }

    func tabError() -> SyntaxError {
        error("inconsistent use of tabs and spaces in indentation", at: SourceLocation(line: line, column: 0), kind: .tab)
    }

    /// An error where CPython's tokenizer reports it: one before its read position.
    func errorAtCursor(_ message: String) -> SyntaxError {
        error(message, at: SourceLocation(line: line, column: max(0, index - lineStart - 1)))
    }

    // MARK: - Names

    func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_"
        }
        return c.properties.isXIDStart
    }

    func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
        if c.value < 128 {
            return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" || ("0"..."9").contains(c)
        }
        return c.properties.isXIDContinue
    }

    mutating func readNameOrPrefixedString() throws(SyntaxError) {
        let startIndex = index
        let start = location
        while let c = peek(), isIdentifierContinue(c) || (c.value >= 128 && !c.properties.isWhitespace
                                                            && !isInvalidInName(c)) {
            index += 1
        }
        if let q = peek(), q == "\"" || q == "'", index - startIndex <= 2 {
            let prefix = text(startIndex, index).lowercased()
            if ["r", "u", "b", "f", "br", "rb", "fr", "rf"].contains(prefix) {
                return try readString(prefixStart: startIndex, start: start)
            }
        }
        // A non-identifier scalar inside a name is CPython's "invalid character".
        for at in startIndex..<index where !isIdentifierContinue(scalars[at]) {
            throw invalidCharacter(scalars[at], at: SourceLocation(line: line, column: at - lineStart))
        }
        emit(.name, text(startIndex, index), from: startIndex, start)
    }

    /// CPython's message for a scalar that starts no token.
    func invalidCharacter(_ c: Unicode.Scalar, at spot: SourceLocation) -> SyntaxError {
        let hex = String(c.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        if !PythonRepr.isPrintable(c) { return error("invalid non-printable character U+\(padded)", at: spot) }
        return error("invalid character '\(Character(c))' (U+\(padded))", at: spot)
    }

    /// Non-ASCII scalars that end a name rather than belonging to it.
    func isInvalidInName(_ c: Unicode.Scalar) -> Bool {
        !c.properties.isXIDContinue && (c.properties.isPatternSyntax || c.properties.isWhitespace)
    }

    // MARK: - Operators

    /// The longest operator starting at `index`, if it has two or three characters.
    func multiCharacterOperator() -> String? {
        guard let first = peek(), let second = peek(1) else { return nil }
        let third = peek(2)
        switch (first, second) {
        case ("*", "*"), ("/", "/"), (">", ">"), ("<", "<"):
            return third == "=" ? "\(Character(first))\(Character(second))=" : "\(Character(first))\(Character(second))"
        case (".", "."):
            return third == "." ? "..." : nil
        case ("<", "="), (">", "="), ("=", "="), ("!", "="), ("+", "="), ("-", "="), ("*", "="), ("/", "="),
             ("%", "="), ("&", "="), ("|", "="), ("^", "="), ("@", "="), (":", "="), ("-", ">"):
            return "\(Character(first))\(Character(second))"
        default:
            return nil
        }
    }

    mutating func readOperator() throws(SyntaxError) {
        let startIndex = index
        let start = location
        if let op = multiCharacterOperator() {
            index += op.unicodeScalars.count
            emit(.op, op, from: startIndex, start)
            return
        }
        guard let c = peek() else { return }
        index += 1
        switch c {
        case "(", "[", "{":
            if brackets.count >= Lexer.maxBracketDepth {
                throw error("too many nested parentheses", at: start)
            }
            emit(.op, String(Character(c)), from: startIndex, start)
            brackets.append((c, start))
        case ")", "]", "}":
            guard let open = brackets.last else {
                throw error("unmatched '\(Character(c))'", at: start)
            }
            let expected: Unicode.Scalar = open.opener == "(" ? ")" : open.opener == "[" ? "]" : "}"
            if c != expected {
                var message = "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.opener))'"
                if open.at.line != start.line { message += " on line \(open.at.line)" }
                throw error(message, at: start)
            }
            brackets.removeLast()
            emit(.op, String(Character(c)), from: startIndex, start)
        default:
            emit(.op, String(Character(c)), from: startIndex, start)
        }
    }
}
