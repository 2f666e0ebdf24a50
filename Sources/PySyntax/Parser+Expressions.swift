/// Expressions by precedence, lowest first, as CPython 3.11's grammar orders them:
/// tuples, `*`, `:=`, `lambda`, `if`-`else`, `or`, `and`, `not`, comparisons,
/// binary operators (by precedence climbing), unary operators, `**`, primaries.
extension Parser.State {
    /// Can `token` begin an expression? Used to end optional parts and trailing commas.
    func startsExpression(_ token: Token) -> Bool {
        switch token.kind {
        case .number, .string:
            return true
        case .name:
            return !pythonKeywords.contains(token.text)
                || ["not", "lambda", "None", "True", "False", "await", "yield"].contains(token.text)
        case .op:
            return ["(", "[", "{", "-", "+", "~", "*", "...", "**"].contains(token.text)
        default:
            return false
        }
    }

    /// `a, *b, c` without parentheses becomes a tuple.
    mutating func parseStarExpressions() throws(SyntaxError) -> Expr {
        let start = current.start
        let first = try parseStarExpression()
        guard current.isOp(",") else { return first }
        var items = [first]
        while accept(",") {
            if !startsExpression(current) || current.isKeyword("yield") { break }
            items.append(try parseStarExpression())
        }
        return Expr(.tuple(items), start: start, end: previous.end)
    }

    mutating func parseStarExpression() throws(SyntaxError) -> Expr {
        if current.isOp("*") {
            let star = advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value), start: star.start, end: previous.end)
        }
        return try parseExpression()
    }

    /// An element of a display: `*xs` or a possibly walrus expression.
    mutating func parseStarNamedExpression() throws(SyntaxError) -> Expr {
        if current.isOp("*") {
            let star = advance()
            let value = try parseBitwiseOr()
            return Expr(.starred(value), start: star.start, end: previous.end)
        }
        return try parseNamedExpression()
    }

    mutating func parseNamedExpression() throws(SyntaxError) -> Expr {
        if current.kind == .name, peek(1).isOp(":="), !pythonKeywords.contains(current.text) {
            let name = advance()
            advance()
            let value = try parseExpression()
            return Expr(.namedExpression(target: name.text, value: value), start: name.start, end: previous.end)
        }
        let value = try parseExpression()
        if current.isOp(":=") {
            advance()
            _ = try parseExpression()
            throw failure("cannot use assignment expressions with \(expressionName(value))",
                          at: value.start, end: value.end)
        }
        if current.isOp("="), case .name = value.kind, startsExpression(peek(1)) {
            // `if x = 1:` (CPython's invalid_named_expression reads the value after `=`).
            let saved = position
            advance()
            let end = (try? parseBitwiseOr())?.end ?? current.end
            position = saved
            throw failure("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: value.start, end: end)
        }
        return value
    }

    mutating func parseExpression() throws(SyntaxError) -> Expr {
        if current.isKeyword("lambda") { return try parseLambda() }
        try enterNesting()
        defer { leaveNesting() }
        let start = current.start
        let body = try parseDisjunction()
        guard current.isKeyword("if") else { return body }
        advance()
        let test = try parseDisjunction()
        guard acceptKeyword("else") else {
            // CPython's invalid_expression: anything but `:` here (`x if y:` may be a statement gone wrong).
            if current.isOp(":") { throw unexpected() }
            throw failure("expected 'else' after 'if' expression", at: body.start, end: test.end)
        }
        let orElse = try parseExpression()
        return Expr(.conditional(test: test, body: body, orElse: orElse), start: start, end: previous.end)
    }

    mutating func parseLambda() throws(SyntaxError) -> Expr {
        let keyword = advance()
        try enterNesting()
        defer { leaveNesting() }
        let parameters = try parseParameters(closing: ":", allowAnnotations: false)
        _ = try expect(":")
        let body = try parseExpression()
        return Expr(.lambda(parameters, body: body), start: keyword.start, end: previous.end)
    }

    mutating func parseDisjunction() throws(SyntaxError) -> Expr {
        let start = current.start
        let first = try parseConjunction()
        guard current.isKeyword("or") else { return first }
        var values = [first]
        while acceptKeyword("or") { values.append(try parseConjunction()) }
        return Expr(.boolean(.or, values), start: start, end: previous.end)
    }

    mutating func parseConjunction() throws(SyntaxError) -> Expr {
        let start = current.start
        let first = try parseInversion()
        guard current.isKeyword("and") else { return first }
        var values = [first]
        while acceptKeyword("and") { values.append(try parseInversion()) }
        return Expr(.boolean(.and, values), start: start, end: previous.end)
    }

    mutating func parseInversion() throws(SyntaxError) -> Expr {
        guard current.isKeyword("not") else { return try parseComparison() }
        let keyword = advance()
        try enterNesting()
        defer { leaveNesting() }
        let operand = try parseInversion()
        return Expr(.unary(.not, operand), start: keyword.start, end: previous.end)
    }

    mutating func comparisonOperator() -> ComparisonOperator? {
        let token = current
        switch token.kind {
        case .op:
            switch token.text {
            case "==": advance(); return .equal
            case "!=": advance(); return .notEqual
            case "<": advance(); return .less
            case "<=": advance(); return .lessOrEqual
            case ">": advance(); return .greater
            case ">=": advance(); return .greaterOrEqual
            default: return nil
            }
        case .name:
            switch token.text {
            case "in":
                advance()
                return .in
            case "not" where peek(1).isKeyword("in"):
                advance()
                advance()
                return .notIn
            case "is":
                advance()
                return acceptKeyword("not") ? .isNot : .is
            default:
                return nil
            }
        default:
            return nil
        }
    }

    mutating func parseComparison() throws(SyntaxError) -> Expr {
        let start = current.start
        let first = try parseBitwiseOr()
        var comparisons: [Comparison] = []
        // `a not b`: CPython has read the token after `not`, looking for `in`, and reports it.
        if current.isKeyword("not") && !peek(1).isKeyword("in") {
            throw failure("invalid syntax", at: peek(1).start, end: peek(1).end)
        }
        while let op = comparisonOperator() {
            comparisons.append(Comparison(op: op, right: try parseBitwiseOr()))
        }
        guard !comparisons.isEmpty else { return first }
        return Expr(.compare(first, comparisons), start: start, end: previous.end)
    }

    /// Binary operators by precedence level, loosest first (`|` is 0, `*` is 5).
    static let binaryOperators: [String: (BinaryOperator, Int)] = [
        "|": (.bitOr, 0), "^": (.bitXor, 1), "&": (.bitAnd, 2), "<<": (.leftShift, 3), ">>": (.rightShift, 3),
        "+": (.add, 4), "-": (.subtract, 4), "*": (.multiply, 5), "/": (.divide, 5), "//": (.floorDivide, 5),
        "%": (.modulo, 5), "@": (.matrixMultiply, 5),
    ]

    mutating func parseBitwiseOr() throws(SyntaxError) -> Expr {
        try parseBinary(minimumLevel: 0)
    }

    mutating func parseBinary(minimumLevel: Int) throws(SyntaxError) -> Expr {
        let start = current.start
        var left = try parseFactor()
        // Each operator deepens the (left-leaning) tree by one: count it against the nesting
        // budget so that evaluating or freeing the tree cannot overflow the stack either.
        let entryNesting = nesting
        defer { nesting = entryNesting }
        while current.kind == .op, let (op, level) = Self.binaryOperators[current.text], level >= minimumLevel {
            try enterNesting()
            advance()
            let right = try parseBinary(minimumLevel: level + 1)
            left = Expr(.binary(left, op, right), start: start, end: previous.end)
        }
        return left
    }

    mutating func parseFactor() throws(SyntaxError) -> Expr {
        let token = current
        let op: UnaryOperator
        switch token.kind {
        case .op where token.text == "-": op = .minus
        case .op where token.text == "+": op = .plus
        case .op where token.text == "~": op = .invert
        default: return try parsePower()
        }
        advance()
        try enterNesting()
        defer { leaveNesting() }
        let operand = try parseFactor()
        return Expr(.unary(op, operand), start: token.start, end: previous.end)
    }

    mutating func parsePower() throws(SyntaxError) -> Expr {
        if current.isKeyword("await") { throw unsupported("await", at: current.start) }
        let start = current.start
        let base = try parsePrimary()
        guard accept("**") else { return base }
        try enterNesting()
        defer { leaveNesting() }
        let exponent = try parseFactor()
        return Expr(.binary(base, .power, exponent), start: start, end: previous.end)
    }

    /// An atom followed by any number of `.name`, `(arguments)` and `[index]`.
    mutating func parsePrimary() throws(SyntaxError) -> Expr {
        let start = current.start
        var value = try parseAtom()
        let entryNesting = nesting
        defer { nesting = entryNesting }
        while true {
            if current.isOp(".") || current.isOp("(") || current.isOp("[") { try enterNesting() }
            if accept(".") {
                let name = try expectName()
                value = Expr(.attribute(value, name: name.text), start: start, end: name.end)
            } else if current.isOp("(") {
                let open = advance()
                let arguments = try parseCallArguments(open: open).map(\.argument)
                let close = try expect(")")
                value = Expr(.call(value, arguments: arguments), start: start, end: close.end)
            } else if current.isOp("[") {
                advance()
                let index = try parseSlices()
                let close = try expect("]")
                value = Expr(.subscript(value, index: index), start: start, end: close.end)
            } else {
                return value
            }
        }
    }

    mutating func parseYield() throws(SyntaxError) -> Expr {
        let keyword = advance()
        if acceptKeyword("from") {
            let value = try parseExpression()
            return Expr(.yieldFrom(value), start: keyword.start, end: previous.end)
        }
        guard startsExpression(current), !current.isKeyword("yield") else {
            return Expr(.yield(nil), start: keyword.start, end: keyword.end)
        }
        let value = try parseStarExpressions()
        return Expr(.yield(value), start: keyword.start, end: previous.end)
    }
}
