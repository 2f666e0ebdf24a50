/// Call arguments and subscripts.
extension Parser.State {
    struct ParsedArgument {
        var argument: Argument
        var start: SourceLocation
    }

    /// Arguments up to (not including) the closing `)`, with CPython 3.11's ordering rules.
    mutating func parseCallArguments(open: Token) throws(SyntaxError) -> [ParsedArgument] {
        try enterNesting()
        defer { leaveNesting() }
        var arguments: [ParsedArgument] = []
        var sawKeyword = false
        var sawKeywordUnpacking = false
        var keywordNames: Set<String> = []
        // CPython reports misordered arguments once the whole list is read, at its last token.
        var orderError: String?
        while !current.isOp(")") {
            let start = current.start
            if accept("*") {
                let value = try parseExpression()
                if sawKeywordUnpacking {
                    throw failure("iterable argument unpacking follows keyword argument unpacking",
                                  at: start, end: SourceLocation(line: start.line, column: start.column + 1))
                }
                arguments.append(ParsedArgument(argument: .unpacked(value), start: start))
            } else if accept("**") {
                let value = try parseExpression()
                sawKeywordUnpacking = true
                arguments.append(ParsedArgument(argument: .unpackedKeywords(value), start: start))
            } else if current.kind == .name, peek(1).isOp("="), !pythonKeywords.contains(current.text) {
                let name = advance()
                advance()
                let value = try parseExpression()
                sawKeyword = true
                if !keywordNames.insert(name.text).inserted {
                    throw failure("keyword argument repeated: \(name.text)", at: name.start, end: value.end)
                }
                arguments.append(ParsedArgument(argument: .keyword(name.text, value), start: start))
            } else {
                var value = try parseNamedExpression()
                if current.isKeyword("for") || (current.isKeyword("async") && peek(1).isKeyword("for")) {
                    try checkComprehensionElement(value)
                    let generators = try parseComprehensionClauses()
                    // Unparenthesized, it must be the only argument; anything but `,` or `)`
                    // after it is a plain syntax error.
                    guard current.isOp(")") || current.isOp(",") else { throw unexpected() }
                    if !(arguments.isEmpty && current.isOp(")")) {
                        throw failure("Generator expression must be parenthesized", at: value.start,
                                      end: previous.end)
                    }
                    value = Expr(.generatorExpression(value, generators), start: open.start, end: current.end)
                } else if current.isOp("=") {
                    throw failure("expression cannot contain assignment, perhaps you meant \"==\"?",
                                  at: value.start, end: current.end)
                }
                if !current.isOp(",") && !current.isOp(")") { throw missingCommaError(after: value) }
                if sawKeywordUnpacking && orderError == nil {
                    orderError = "positional argument follows keyword argument unpacking"
                } else if sawKeyword && orderError == nil {
                    orderError = "positional argument follows keyword argument"
                }
                arguments.append(ParsedArgument(argument: .positional(value), start: start))
            }
            if current.isOp(")") { break }
            guard accept(",") else {
                if let orderError { throw failure(orderError, at: current.start, end: current.end) }
                if case .positional(let value) = arguments[arguments.count - 1].argument {
                    throw missingCommaError(after: value)
                }
                throw unexpected()
            }
        }
        if let orderError { throw failure(orderError, at: current.start, end: current.end) }
        return arguments
    }

    /// The inside of `value[...]`: one index, a slice, or a tuple of them.
    mutating func parseSlices() throws(SyntaxError) -> Expr {
        try enterNesting()
        defer { leaveNesting() }
        let start = current.start
        let first = try parseSlice()
        guard current.isOp(",") else {
            if case .starred = first.kind { return Expr(.tuple([first]), start: first.start, end: first.end) }
            return first
        }
        var items = [first]
        while accept(",") {
            if current.isOp("]") { break }
            items.append(try parseSlice())
        }
        return Expr(.tuple(items), start: start, end: previous.end)
    }

    mutating func parseSlice() throws(SyntaxError) -> Expr {
        let start = current.start
        if current.isOp("*") {
            let star = advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value), start: star.start, end: previous.end)
        }
        var lower: Expr?
        if !current.isOp(":") {
            let value = try parseNamedExpression()
            guard current.isOp(":") else {
                if !current.isOp(",") && !current.isOp("]") { throw missingCommaError(after: value) }
                return value
            }
            lower = value
        }
        advance()
        var upper: Expr?
        var step: Expr?
        if startsExpression(current) { upper = try parseExpression() }
        if accept(":") {
            if startsExpression(current) { step = try parseExpression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), start: start, end: previous.end)
    }
}
