/// Atoms: names, literals, parenthesized forms, displays and comprehensions.
extension Parser.State {
    mutating func parseAtom() throws(SyntaxError) -> Expr {
        let token = current
        switch token.kind {
        case .name:
            switch token.text {
            case "None": advance(); return Expr(.constant(.none), start: token.start, end: token.end)
            case "True": advance(); return Expr(.constant(.bool(true)), start: token.start, end: token.end)
            case "False": advance(); return Expr(.constant(.bool(false)), start: token.start, end: token.end)
            default:
                if pythonKeywords.contains(token.text) { throw unexpected() }
                advance()
                return Expr(.name(token.text), start: token.start, end: token.end)
            }
        case .number:
            advance()
            return Expr(.constant(try numberConstant(token)), start: token.start, end: token.end)
        case .string:
            return try parseStrings()
        case .op:
            switch token.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            case "...":
                advance()
                return Expr(.constant(.ellipsis), start: token.start, end: token.end)
            default:
                throw unexpected()
            }
        default:
            throw unexpected()
        }
    }

    /// After an element inside brackets: CPython's "Perhaps you forgot a comma?" when
    /// another expression follows directly, else "invalid syntax".
    mutating func missingCommaError(after element: Expr) -> SyntaxError {
        // In `(n := a b)` CPython's rule fires inside the walrus's value.
        if case .namedExpression(_, let value) = element.kind { return missingCommaError(after: value) }
        guard startsExpression(current), !current.isOp("*"), !current.isOp("**"), current.depth > 0 else {
            return unexpected()
        }
        if case .name(let word) = element.kind, word == "print" || word == "exec" { return unexpected() }
        if case .name = element.kind, current.kind == .string { return unexpected() }
        if case .name(let word) = element.kind, word == "match" || word == "case" || word == "_" {
            return unexpected()
        }
        let key = CommaErrorKey(position: position, line: element.start.line, column: element.start.column)
        if let known = commaErrors[key] {
            furthest = max(furthest, known.furthest)
            return known.error
        }
        let error = speculativeCommaError(after: element)
        commaErrors[key] = (error, furthest)
        return error
    }

    /// CPython's PEG parser takes the longest expression that parses; we try a whole
    /// expression, then a single operand.
    private mutating func speculativeCommaError(after element: Expr) -> SyntaxError {
        let generic = unexpected()
        let saved = position
        if let next = try? parseExpression() {
            return failure("invalid syntax. Perhaps you forgot a comma?", at: element.start, end: next.end)
        }
        position = saved
        let savedNesting = nesting
        if let next = try? parseDisjunction() {
            return failure("invalid syntax. Perhaps you forgot a comma?", at: element.start, end: next.end)
        }
        nesting = savedNesting
        position = saved
        if let next = try? parseFactor() {
            return failure("invalid syntax. Perhaps you forgot a comma?", at: element.start, end: next.end)
        }
        nesting = savedNesting
        position = saved
        return generic
    }

    mutating func parseParenthesized() throws(SyntaxError) -> Expr {
        let open = advance()
        try enterNesting()
        defer { leaveNesting() }
        if current.isOp(")") {
            let close = advance()
            return Expr(.tuple([]), start: open.start, end: close.end)
        }
        if current.isKeyword("yield") {
            let value = try parseYield()
            _ = try expect(")")
            return value
        }
        let first = try parseStarNamedExpression()
        if current.isKeyword("for") || (current.isKeyword("async") && peek(1).isKeyword("for")) {
            try checkComprehensionElement(first)
            let generators = try parseComprehensionClauses()
            let close = try expect(")")
            return Expr(.generatorExpression(first, generators), start: open.start, end: close.end)
        }
        if current.isOp(")") {
            advance()
            if case .starred = first.kind {
                throw failure("cannot use starred expression here", at: first.start, end: first.end)
            }
            return first
        }
        guard current.isOp(",") else { throw missingCommaError(after: first) }
        var items = [first]
        while accept(",") {
            if current.isOp(")") { break }
            items.append(try parseStarNamedExpression())
            if !current.isOp(",") && !current.isOp(")") { throw missingCommaError(after: items[items.count - 1]) }
        }
        let close = try expect(")")
        return Expr(.tuple(items), start: open.start, end: close.end)
    }

    mutating func parseListDisplay() throws(SyntaxError) -> Expr {
        let open = advance()
        try enterNesting()
        defer { leaveNesting() }
        if current.isOp("]") {
            let close = advance()
            return Expr(.list([]), start: open.start, end: close.end)
        }
        let first = try parseStarNamedExpression()
        if current.isKeyword("for") || (current.isKeyword("async") && peek(1).isKeyword("for")) {
            try checkComprehensionElement(first)
            let generators = try parseComprehensionClauses()
            let close = try expect("]")
            return Expr(.listComprehension(first, generators), start: open.start, end: close.end)
        }
        var items = [first]
        while true {
            if current.isOp("]") { break }
            guard accept(",") else { throw missingCommaError(after: items[items.count - 1]) }
            if current.isOp("]") { break }
            items.append(try parseStarNamedExpression())
        }
        let close = advance()
        return Expr(.list(items), start: open.start, end: close.end)
    }

    /// `{}` dict, `{1, 2}` set, `{k: v}` dict, and their comprehensions.
    mutating func parseBraceDisplay() throws(SyntaxError) -> Expr {
        let open = advance()
        try enterNesting()
        defer { leaveNesting() }
        if current.isOp("}") {
            let close = advance()
            return Expr(.dict([]), start: open.start, end: close.end)
        }
        let firstEntry: DictEntry
        if current.isOp("**") {
            let stars = advance()
            let value = try parseBitwiseOr()
            if current.isKeyword("for") {
                throw failure("dict unpacking cannot be used in dict comprehension", at: stars.start, end: value.end)
            }
            firstEntry = .unpack(value)
        } else {
            let first = try parseStarNamedExpression()
            guard current.isOp(":") else { return try parseSetRest(open: open, first: first) }
            advance()
            let value = try parseDictionaryValue()
            if current.isKeyword("for") || (current.isKeyword("async") && peek(1).isKeyword("for")) {
                try checkComprehensionElement(first)
            let generators = try parseComprehensionClauses()
                let close = try expect("}")
                return Expr(.dictComprehension(key: first, value: value, generators), start: open.start,
                            end: close.end)
            }
            firstEntry = .pair(key: first, value: value)
        }
        var entries = [firstEntry]
        while true {
            if current.isOp("}") { break }
            guard accept(",") else {
                if case .pair(_, let value) = entries[entries.count - 1] { throw missingCommaError(after: value) }
                throw unexpected()
            }
            if current.isOp("}") { break }
            if accept("**") {
                entries.append(.unpack(try parseBitwiseOr()))
            } else {
                let key = try parseExpression()
                guard current.isOp(":") else {
                    let spot = SourceLocation(line: key.end.line, column: max(0, key.end.column - 1))
                    throw failure("':' expected after dictionary key", at: spot)
                }
                advance()
                entries.append(.pair(key: key, value: try parseDictionaryValue()))
            }
        }
        let close = advance()
        return Expr(.dict(entries), start: open.start, end: close.end)
    }

    /// The value after `key:`, with CPython's messages for a missing or starred one.
    mutating func parseDictionaryValue() throws(SyntaxError) -> Expr {
        if current.isOp("}") || current.isOp(",") {
            throw failure("expression expected after dictionary key and ':'", at: previous.start, end: previous.end)
        }
        if current.isOp("*") {
            let star = current
            advance()
            let value = try parseBitwiseOr()
            throw failure("cannot use a starred expression in a dictionary value", at: star.start, end: value.end)
        }
        return try parseExpression()
    }

    mutating func parseSetRest(open: Token, first: Expr) throws(SyntaxError) -> Expr {
        if current.isKeyword("for") || (current.isKeyword("async") && peek(1).isKeyword("for")) {
            try checkComprehensionElement(first)
            let generators = try parseComprehensionClauses()
            let close = try expect("}")
            return Expr(.setComprehension(first, generators), start: open.start, end: close.end)
        }
        var items = [first]
        while true {
            if current.isOp("}") { break }
            guard accept(",") else { throw missingCommaError(after: items[items.count - 1]) }
            if current.isOp("}") { break }
            items.append(try parseStarNamedExpression())
        }
        let close = advance()
        return Expr(.set(items), start: open.start, end: close.end)
    }

    func checkComprehensionElement(_ element: Expr) throws(SyntaxError) {
        if case .starred = element.kind {
            throw failure("iterable unpacking cannot be used in comprehension", at: element.start, end: element.end)
        }
    }

    /// `for target in iterable [if condition]...`, repeated.
    mutating func parseComprehensionClauses() throws(SyntaxError) -> [Comprehension] {
        var clauses: [Comprehension] = []
        while true {
            if current.isKeyword("async") { throw unsupported("async", at: current.start) }
            guard acceptKeyword("for") else { break }
            let target = try parseTargetList()
            try checkTarget(target)
            guard acceptKeyword("in") else { throw unexpected() }
            let iterable = try parseDisjunction()
            var conditions: [Expr] = []
            while acceptKeyword("if") { conditions.append(try parseDisjunction()) }
            clauses.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return clauses
    }

    /// Targets of `for` and comprehensions: `a`, `a, b`, `(a, *b)`, `x.y`, `x[0]`, stopping
    /// before `in`.
    mutating func parseTargetList() throws(SyntaxError) -> Expr {
        let start = current.start
        let first = try parseTarget()
        guard current.isOp(",") else { return first }
        var items = [first]
        while accept(",") {
            if current.isKeyword("in") || !startsExpression(current) { break }
            items.append(try parseTarget())
        }
        return Expr(.tuple(items), start: start, end: previous.end)
    }

    mutating func parseTarget() throws(SyntaxError) -> Expr {
        if current.isOp("*") {
            let star = advance()
            let value = try parseTarget()
            return Expr(.starred(value), start: star.start, end: previous.end)
        }
        return try parseBitwiseOr()
    }
}
