/// Statements: the module, simple statements and the dispatch to compound ones.
extension Parser.State {
    mutating func parseModule() throws(SyntaxError) -> Module {
        var body: [Stmt] = []
        while current.kind != .endOfFile {
            body.append(contentsOf: try parseStatement())
        }
        if let lexError { throw lexError }
        return Module(body: body)
    }

    /// One line's worth of statements: a compound statement or `a; b; c`.
    mutating func parseStatement() throws(SyntaxError) -> [Stmt] {
        let token = current
        switch token.kind {
        case .indent, .dedent:
            throw unexpected()
        case .name:
            switch token.text {
            case "def": return [try parseFunctionDef(decorators: [])]
            case "class": return [try parseClassDef(decorators: [])]
            case "if": return [try parseIf()]
            case "while": return [try parseWhile()]
            case "for": return [try parseFor()]
            case "try": return [try parseTry()]
            case "with": return [try parseWith()]
            case "async":
                let next = peek(1)
                if next.isKeyword("def") || next.isKeyword("for") || next.isKeyword("with") {
                    throw unsupported("async", at: token.start)
                }
                // CPython's grammar takes `async` as the start of one of those and fails after it.
                throw failure("invalid syntax", at: next.start, end: next.end)
            case "match":
                if looksLikeMatchStatement() { throw unsupported("match", at: token.start) }
            default:
                break
            }
        case .op where token.text == "@":
            return [try parseDecorated()]
        default:
            break
        }
        return try parseSimpleStatements()
    }

    /// `match x:` at the start of a line, told apart from a name `match` used in an expression.
    func looksLikeMatchStatement() -> Bool {
        let next = peek(1)
        if next.kind == .newline || next.kind == .endOfFile { return false }
        if next.kind == .op && !["(", "[", "{", "-", "*", "~"].contains(next.text) { return false }
        var offset = 1
        while true {
            let token = peek(offset)
            if token.kind == .newline || token.kind == .endOfFile { break }
            offset += 1
        }
        return offset > 1 && peek(offset - 1).isOp(":")
    }

    mutating func parseSimpleStatements() throws(SyntaxError) -> [Stmt] {
        var statements: [Stmt] = []
        while true {
            statements.append(try parseSimpleStatement())
            if accept(";") {
                if current.kind == .newline {
                    lastLineEnd = previous.end
                    advance()
                    return statements
                }
                continue
            }
            guard current.kind == .newline else {
                lookAheadForTokenizerErrors()
                throw unexpected()
            }
            lastLineEnd = previous.end
            advance()
            return statements
        }
    }

    /// CPython's parser, retrying alternatives after a failure, reads on past the bad token
    /// (an expression's worth) and so meets tokenizer errors there; do the same.
    mutating func lookAheadForTokenizerErrors() {
        let saved = position
        let savedNesting = nesting
        _ = try? parseExpression()
        position = saved
        nesting = savedNesting
    }

    mutating func parseSimpleStatement() throws(SyntaxError) -> Stmt {
        let token = current
        let start = token.start
        if token.kind == .name {
            switch token.text {
            case "pass":
                advance()
                return Stmt(.pass, start: start, end: token.end)
            case "break":
                advance()
                return Stmt(.break, start: start, end: token.end)
            case "continue":
                advance()
                return Stmt(.continue, start: start, end: token.end)
            case "return":
                advance()
                let value = startsExpression(current) ? try parseStarExpressions() : nil
                return Stmt(.return(value), start: start, end: previous.end)
            case "raise":
                return try parseRaise()
            case "global", "nonlocal":
                advance()
                var names = [try expectName().text]
                while accept(",") { names.append(try expectName().text) }
                let kind: StmtKind = token.text == "global" ? .global(names) : .nonlocal(names)
                return Stmt(kind, start: start, end: previous.end)
            case "del":
                return try parseDelete()
            case "assert":
                advance()
                let test = try parseExpression()
                let message = accept(",") ? try parseExpression() : nil
                return Stmt(.assert(test: test, message: message), start: start, end: previous.end)
            case "import":
                return try parseImport()
            case "from":
                return try parseFromImport()
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    mutating func parseRaise() throws(SyntaxError) -> Stmt {
        let start = advance().start
        guard startsExpression(current) else {
            return Stmt(.raise(exception: nil, cause: nil), start: start, end: previous.end)
        }
        let exception = try parseExpression()
        let cause = acceptKeyword("from") ? try parseExpression() : nil
        return Stmt(.raise(exception: exception, cause: cause), start: start, end: previous.end)
    }

    /// `del` targets are read as CPython's del_targets (names, attributes, subscripts, in
    /// parentheses or brackets); when something else follows, the statement is read again
    /// as expressions to name the bad target, as CPython's invalid_del_stmt does.
    mutating func parseDelete() throws(SyntaxError) -> Stmt {
        let start = advance().start
        let afterKeyword = position
        var targets: [Expr] = []
        repeat {
            if !targets.isEmpty && !startsExpression(current) { break }
            targets.append(try parsePrimaryTarget())
        } while accept(",")
        let valid = targets.allSatisfy { invalidTarget($0, context: .delete) == nil }
        if !valid || !(current.kind == .newline || current.isOp(";")) {
            let stop = position
            position = afterKeyword
            let savedNesting = nesting
            if let expressions = try? parseStarExpressions(), let bad = invalidTarget(expressions, context: .delete) {
                throw failure("cannot delete \(expressionName(bad))", at: bad.start, end: bad.end)
            }
            nesting = savedNesting
            position = stop
            throw unexpected()
        }
        return Stmt(.delete(targets), start: start, end: previous.end)
    }

    /// A target at the precedence of a primary (`a`, `a.b`, `a[0]`, `(a, b)`, `*a`).
    mutating func parsePrimaryTarget() throws(SyntaxError) -> Expr {
        if current.isOp("*") {
            let star = advance()
            let value = try parsePrimaryTarget()
            return Expr(.starred(value), start: star.start, end: previous.end)
        }
        return try parsePrimary()
    }

    mutating func parseDottedName() throws(SyntaxError) -> String {
        var name = try expectName().text
        while accept(".") { name += "." + (try expectName().text) }
        return name
    }

    mutating func parseImport() throws(SyntaxError) -> Stmt {
        let start = advance().start
        var names: [ImportAlias] = []
        repeat {
            let aliasStart = current.start
            let name = try parseDottedName()
            let asName = acceptKeyword("as") ? try expectName().text : nil
            names.append(ImportAlias(name: name, asName: asName, start: aliasStart))
        } while accept(",")
        return Stmt(.import(names), start: start, end: previous.end)
    }

    mutating func parseFromImport() throws(SyntaxError) -> Stmt {
        let start = advance().start
        var level = 0
        while true {
            if accept(".") { level += 1 } else if accept("...") { level += 3 } else { break }
        }
        var module: String?
        if !current.isKeyword("import") || level == 0 { module = try parseDottedName() }
        guard acceptKeyword("import") else { throw unexpected() }
        var names: [ImportAlias] = []
        if current.isOp("*") {
            let star = advance()
            names.append(ImportAlias(name: "*", asName: nil, start: star.start))
        } else {
            let parenthesized = accept("(")
            repeat {
                if parenthesized && current.isOp(")") && !names.isEmpty { break }
                if !parenthesized && current.kind == .newline && !names.isEmpty {
                    throw failure("trailing comma not allowed without surrounding parentheses",
                                  at: current.start, end: current.end)
                }
                let aliasStart = current.start
                let name = try expectName().text
                let asName = acceptKeyword("as") ? try expectName().text : nil
                names.append(ImportAlias(name: name, asName: asName, start: aliasStart))
            } while accept(",")
            if parenthesized {
                _ = try expect(")")
            } else if previous.isOp(",") {
                throw failure("trailing comma not allowed without surrounding parentheses",
                              at: previous.start, end: previous.end)
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), start: start, end: previous.end)
    }

    static let augmentedOperators: [String: BinaryOperator] = [
        "+=": .add, "-=": .subtract, "*=": .multiply, "@=": .matrixMultiply, "/=": .divide,
        "%=": .modulo, "**=": .power, "<<=": .leftShift, ">>=": .rightShift, "|=": .bitOr,
        "^=": .bitXor, "&=": .bitAnd, "//=": .floorDivide,
    ]

    /// An expression, or an assignment of one of its three forms.
    mutating func parseExpressionStatement() throws(SyntaxError) -> Stmt {
        let start = current.start
        let first = try parseYieldOrStarExpressions()
        if case .name(let word) = first.kind, word == "print" || word == "exec",
           startsExpression(current), !current.isOp("("), !current.isOp("-"), !current.isOp("*") {
            let rest = try parseStarExpressions()
            let message = word == "print"
                ? "Missing parentheses in call to 'print'. Did you mean print(...)?"
                : "Missing parentheses in call to 'exec'. Did you mean exec(...)?"
            throw failure(message, at: first.start, end: rest.end)
        }
        if current.isOp(":="), first.kind.isName == false {
            advance()
            _ = try parseExpression()
            throw failure("cannot use assignment expressions with \(expressionName(first))",
                          at: first.start, end: first.end)
        }
        if current.isOp(":") {
            return try parseAnnotatedAssignment(target: first, start: start)
        }
        if current.kind == .op, let op = Self.augmentedOperators[current.text] {
            if !first.isSingleTarget {
                throw failure("'\(expressionName(first))' is an illegal expression for augmented assignment",
                              at: first.start, end: first.end)
            }
            advance()
            let value = try parseYieldOrStarExpressions()
            return Stmt(.augmentedAssign(target: first, op: op, value: value), start: start, end: previous.end)
        }
        guard current.isOp("=") else {
            return Stmt(.expression(first), start: start, end: previous.end)
        }
        var chain = [first]
        var bareYields = [token(at: start).isKeyword("yield")]
        while current.isOp("=") {
            // Each target is checked when its `=` is seen, before the value is read, as CPython.
            let target = chain[chain.count - 1]
            if bareYields[chain.count - 1] {
                throw failure("assignment to yield expression not possible", at: target.start, end: target.end)
            }
            try checkAssignmentTarget(target, isFirst: chain.count == 1)
            advance()
            bareYields.append(current.isKeyword("yield"))
            chain.append(try parseYieldOrStarExpressions())
        }
        let value = chain.removeLast()
        return Stmt(.assign(targets: chain, value: value), start: start, end: previous.end)
    }

    mutating func parseAnnotatedAssignment(target: Expr, start: SourceLocation) throws(SyntaxError) -> Stmt {
        if !target.isSingleTarget {
            // CPython names a bad annotation target only when an annotation follows; otherwise
            // its error is at the `:`, where its first pass stopped.
            let colon = position
            advance()
            let savedNesting = nesting
            if (try? parseExpression()) == nil {
                position = colon
                nesting = savedNesting
                throw unexpected()
            }
        }
        switch target.kind {
        case .name, .attribute, .subscript:
            break
        case .tuple:
            throw failure("only single target (not tuple) can be annotated", at: target.start, end: target.end)
        case .list:
            throw failure("only single target (not list) can be annotated", at: target.start, end: target.end)
        default:
            throw failure("illegal target for annotation", at: target.start, end: target.end)
        }
        advance()
        let annotation = try parseExpression()
        let value = accept("=") ? try parseYieldOrStarExpressions() : nil
        return Stmt(.annotatedAssign(target: target, annotation: annotation, value: value),
                    start: start, end: previous.end)
    }

    /// The token starting at `location` (the statement's first token).
    func token(at location: SourceLocation) -> Token {
        var index = position
        while index > 0 && tokens[index].start > location { index -= 1 }
        return tokens[index]
    }

    mutating func parseYieldOrStarExpressions() throws(SyntaxError) -> Expr {
        current.isKeyword("yield") ? try parseYield() : try parseStarExpressions()
    }
}

extension ExprKind {
    var isName: Bool {
        if case .name = self { return true }
        return false
    }
}

extension Expr {
    /// A name, attribute or subscript: what augmented and annotated assignment accept.
    var isSingleTarget: Bool {
        switch kind {
        case .name, .attribute, .subscript: true
        default: false
        }
    }
}
