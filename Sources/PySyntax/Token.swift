/// One lexical token of Python source, as CPython's tokenizer produces them.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case name, number, string, op, newline, indent, dedent, endOfFile
    }

    var kind: Kind
    /// The source text for names, numbers and operators; empty for layout tokens.
    /// Strings keep their text in the scalar buffer (`startIndex..<endIndex`).
    var text: String
    var start: SourceLocation
    var end: SourceLocation
    /// Offsets into the scalar buffer the token was read from.
    var startIndex: Int
    var endIndex: Int
    /// How many brackets were open before this token (CPython's `tok->level`).
    var depth: Int

    func isOp(_ op: String) -> Bool { kind == .op && text == op }
    func isKeyword(_ word: String) -> Bool { kind == .name && text == word }
}

/// What the lexer produced: every token it could read and, when it stopped early, why.
struct LexResult: Sendable {
    var tokens: [Token]
    /// A tokenizer error; the token list then ends just before the offending spot
    /// with an `.endOfFile` token the parser must not treat as a normal end.
    var error: SyntaxError?
    /// Set when the source ended inside brackets: the innermost open bracket's line.
    /// CPython reports "'(' was never closed" instead of a later generic error then.
    var unclosedBracketLine: Int?

    /// CPython's tokenizer reports some errors only through its state, not as an exception
    /// (indentation and tab errors, a stray backslash, end of input after one); those do
    /// not replace a parser error found earlier in the source.
    var errorReplacesParserErrors: Bool {
        guard let error else { return false }
        switch error.kind {
        case .indentation, .tab: return false
        default:
            return error.message != "unexpected character after line continuation character"
                && error.message != "unexpected EOF while parsing"
        }
    }
}

/// Python's hard keywords: never names.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
]
