/// Entry point: Python source to a `Module`.
public enum Parser {
    /// Parses a whole program. Throws the first `SyntaxError`, as CPython reports one.
    ///
    /// The work runs on a thread of its own with a large stack (see `LargeStack`), so deeply
    /// nested input ends in a `SyntaxError` rather than a stack overflow whatever thread calls.
    public static func parse(_ source: String, filename: String = "<string>") throws(SyntaxError) -> Module {
        try parse(source, filename: filename, compileChecks: true)
    }

    /// `compileChecks: false` stops after parsing, as `ast.parse` does; `true` adds the errors
    /// CPython raises while compiling (`'return' outside function`, ...; see `CompileChecks`).
    static func parse(_ source: String, filename: String, compileChecks: Bool) throws(SyntaxError) -> Module {
        let outcome: Result<Module, SyntaxError> = LargeStack.run {
            let scalars = Array(source.unicodeScalars)
            if let nul = scalars.firstIndex(of: "\0") {
                // What `python3 prog.py` says (compile() says "source code string ...").
                let line = scalars[..<nul].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
                return .failure(SyntaxError(.syntax, message: "source code cannot contain null bytes",
                                            filename: filename, location: SourceLocation(line: line, column: 0)))
            }
            let lexed = Lexer.tokenize(scalars, filename: filename)
            var state = State(source: scalars, filename: filename, lexed: lexed)
            do throws(SyntaxError) {
                let module = try state.parseModule()
                if compileChecks {
                    try CompileChecks(filename: filename, lineText: { state.lineText($0) }).check(module)
                }
                return .success(module)
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// The parser's cursor over the tokens of one source (or of one f-string field).
    struct State {
        let source: [Unicode.Scalar]
        let filename: String
        let tokens: [Token]
        let lexError: SyntaxError?
        let unclosedBracketLine: Int?
        let lexErrorReplacesParserErrors: Bool
        var position = 0
        var furthest = 0
        /// Recursion depth of nested expressions and blocks, bounded so that hostile input
        /// ends in a `SyntaxError` rather than a stack overflow.
        var nesting = 0
        /// Errors already worked out by `missingCommaError`, by token position and element
        /// start, with how far that work read: its speculative parses meet the same inner
        /// errors again at every enclosing bracket, which without this is exponential in
        /// the nesting of unclosed brackets (a fuzzer found 16 levels taking 16 s).
        var commaErrors: [CommaErrorKey: (error: SyntaxError, furthest: Int)] = [:]
        /// `"f-string: "` while parsing a field of an f-string, as CPython 3.11 prefixes.
        var messagePrefix = ""
        /// Where the last line of simple statements ended, a trailing `;` included: the end
        /// of any compound statement whose last block that line closes (as CPython counts).
        var lastLineEnd = SourceLocation(line: 1, column: 0)

        /// Deep enough for any program a person writes (CPython's own limit on nested
        /// parentheses is 200); shallow enough for a 512 KiB thread stack.
        static let maxNesting = 1000

        struct CommaErrorKey: Hashable {
            let position: Int
            let line: Int
            let column: Int
        }

        init(source: [Unicode.Scalar], filename: String, lexed: LexResult) {
            self.source = source
            self.filename = filename
            self.tokens = lexed.tokens
            self.lexError = lexed.error
            self.unclosedBracketLine = lexed.unclosedBracketLine
            self.lexErrorReplacesParserErrors = lexed.errorReplacesParserErrors
        }

        // MARK: - Cursor

        var current: Token { tokens[position] }

        func peek(_ offset: Int) -> Token {
            tokens[min(position + offset, tokens.count - 1)]
        }

        var previous: Token { tokens[max(position - 1, 0)] }

        @discardableResult
        mutating func advance() -> Token {
            let token = tokens[position]
            if position < tokens.count - 1 { position += 1 }
            if position > furthest { furthest = position }
            return token
        }

        mutating func accept(_ op: String) -> Bool {
            guard current.isOp(op) else { return false }
            advance()
            return true
        }

        mutating func acceptKeyword(_ word: String) -> Bool {
            guard current.isKeyword(word) else { return false }
            advance()
            return true
        }

        mutating func expect(_ op: String) throws(SyntaxError) -> Token {
            guard current.isOp(op) else { throw unexpected() }
            return advance()
        }

        mutating func expectName() throws(SyntaxError) -> Token {
            guard current.kind == .name, !pythonKeywords.contains(current.text) else { throw unexpected() }
            return advance()
        }

        mutating func enterNesting() throws(SyntaxError) {
            nesting += 1
            if nesting > State.maxNesting {
                throw failure("too many nested parentheses", at: current.start)
                // CPython raises MemoryError or RecursionError here; a SyntaxError keeps it catchable.
            }
        }

        mutating func leaveNesting() { nesting -= 1 }

        // MARK: - Errors

        /// CPython's generic error for the current token.
        func unexpected() -> SyntaxError {
            let token = current
            switch token.kind {
            case .indent:
                let spot = SourceLocation(line: token.end.line, column: max(0, token.end.column - 1))
                return failure("unexpected indent", at: spot, kind: .indentation, replaceable: false)
            case .dedent:
                return failure("unexpected unindent", at: token.start, kind: .indentation, replaceable: false)
            default:
                return failure("invalid syntax", at: token.start, end: token.end)
            }
        }

        /// A parser error, unless the tokenizer failed later in the source: CPython tokenizes
        /// the rest of the file after a parser error and reports a tokenizer error instead,
        /// and an unclosed bracket when the parser error lies on a later line. `replaceable`
        /// is false for "unexpected indent", which CPython reports without that scan.
        func failure(_ message: String, at start: SourceLocation, end: SourceLocation? = nil,
                     kind: SyntaxError.Kind = .syntax, replaceable: Bool = true) -> SyntaxError {
            let reachedEnd = max(furthest, position) >= tokens.count - 1
            if let lexError, reachedEnd || (replaceable && lexErrorReplacesParserErrors) {
                let reached = max(furthest, position)
                if let bracketLine = unclosedBracketLine {
                    if reached >= tokens.count - 1 || tokens[reached].start.line > bracketLine { return lexError }
                } else {
                    return lexError
                }
            }
            let endColumn = end.flatMap { $0.line == start.line ? $0.column : nil }
            return SyntaxError(kind, message: messagePrefix + message, filename: filename, location: start,
                               endColumn: endColumn, lineText: lineText(start.line))
        }

        func unsupported(_ feature: String, at start: SourceLocation) -> SyntaxError {
            SyntaxError(.unsupported(feature: feature), message: feature, filename: filename, location: start,
                        lineText: lineText(start.line))
        }

        func lineText(_ number: Int) -> String? {
            var lexer = Lexer(scalars: source, filename: filename)
            lexer.limit = source.count
            return lexer.lineText(number)
        }

        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: source[range])
            return String(view)
        }
    }
}
