/// f-strings as CPython 3.11 reads them: the token is one string; its fields are found by
/// scanning for balanced brackets and quotes, then each field's expression is lexed and
/// parsed in place, so its positions are its real positions in the source.
extension Parser.State {
    func fstringError(_ message: String, token: Token) -> SyntaxError {
        failure("f-string: " + message, at: token.start, end: token.end)
    }

    /// Literal text and fields up to `end`, or up to the `}` closing a format spec (`level > 0`).
    mutating func parseFormattedParts(_ index: inout Int, end: Int, isRaw: Bool, level: Int,
                                      token: Token) throws(SyntaxError) -> [FormattedPart] {
        var parts: [FormattedPart] = []
        var chunk: [Unicode.Scalar] = []
        while index < end {
            let scalar = source[index]
            if scalar == "{" {
                if level == 0 && index + 1 < end && source[index + 1] == "{" {
                    chunk.append("{")
                    index += 2
                    continue
                }
                if !chunk.isEmpty {
                    parts.append(.literal(try decodeText(chunk, isRaw: isRaw, token: token)))
                    chunk = []
                }
                parts += try parseFormattedField(&index, end: end, isRaw: isRaw, level: level, token: token)
                continue
            }
            if scalar == "}" {
                if level > 0 { break }
                if index + 1 < end && source[index + 1] == "}" {
                    chunk.append("}")
                    index += 2
                    continue
                }
                throw fstringError("single '}' is not allowed", token: token)
            }
            if scalar == "\\" && !isRaw && index + 1 < end && source[index + 1] != "{" && source[index + 1] != "}" {
                if source[index + 1] == "N" && index + 2 < end && source[index + 2] == "{" {
                    throw unsupported("\\N{...} escapes", at: token.start)
                }
                chunk.append(scalar)
                chunk.append(source[index + 1])
                index += 2
                continue
            }
            chunk.append(scalar)
            index += 1
        }
        if !chunk.isEmpty { parts.append(.literal(try decodeText(chunk, isRaw: isRaw, token: token))) }
        return Self.mergeLiterals(parts)
    }

    /// One `{expression[=][!conversion][:spec]}`; `index` is at the `{`.
    mutating func parseFormattedField(_ index: inout Int, end: Int, isRaw: Bool, level: Int,
                                      token: Token) throws(SyntaxError) -> [FormattedPart] {
        if level >= 2 { throw fstringError("expressions nested too deeply", token: token) }
        index += 1
        let expressionStart = index
        try scanFieldExpression(&index, end: end, token: token)
        let expressionEnd = index
        guard index < end else { throw fstringError("expecting '}'", token: token) }
        if source[expressionStart..<expressionEnd].allSatisfy({ $0.properties.isWhitespace }) {
            throw fstringError("empty expression not allowed", token: token)
        }
        let expression = try parseFieldExpression(expressionStart..<expressionEnd, token: token)
        var selfDocumenting: String?
        if source[index] == "=" {
            index += 1
            while index < end, source[index] == " " || source[index] == "\t" || source[index] == "\n" {
                index += 1
            }
            selfDocumenting = text(expressionStart..<index)
        }
        var conversion: Character?
        if index < end && source[index] == "!" {
            index += 1
            guard index < end else { throw fstringError("expecting '}'", token: token) }
            let character = source[index]
            guard character == "s" || character == "r" || character == "a" else {
                throw fstringError("invalid conversion character: expected 's', 'r', or 'a'", token: token)
            }
            conversion = Character(character)
            index += 1
        }
        var spec: [FormattedPart]?
        if index < end && source[index] == ":" {
            index += 1
            spec = try parseFormattedParts(&index, end: end, isRaw: isRaw, level: level + 1, token: token)
        }
        guard index < end && source[index] == "}" else { throw fstringError("expecting '}'", token: token) }
        index += 1
        if selfDocumenting != nil && conversion == nil && spec == nil { conversion = "r" }
        let field = FormattedPart.field(expression, conversion: conversion, spec: spec)
        if let selfDocumenting { return [.literal(selfDocumenting), field] }
        return [field]
    }

    /// Moves `index` to the `!`, `:`, `=` or `}` that ends a field's expression.
    func scanFieldExpression(_ index: inout Int, end: Int, token: Token) throws(SyntaxError) {
        var quote: Unicode.Scalar?
        var tripleQuoted = false
        var brackets: [Unicode.Scalar] = []
        while index < end {
            let scalar = source[index]
            if scalar == "\\" {
                throw failure("f-string expression part cannot include a backslash", at: token.start, end: token.end)
            }
            if let open = quote {
                if scalar == open {
                    if !tripleQuoted {
                        quote = nil
                    } else if index + 2 < end && source[index + 1] == open && source[index + 2] == open {
                        quote = nil
                        index += 2
                    }
                }
                index += 1
                continue
            }
            switch scalar {
            case "'", "\"":
                quote = scalar
                tripleQuoted = index + 2 < end && source[index + 1] == scalar && source[index + 2] == scalar
                index += tripleQuoted ? 3 : 1
                continue
            case "(", "[", "{":
                if brackets.count >= Lexer.maxBracketDepth {
                    throw fstringError("too many nested parenthesis", token: token)
                }
                brackets.append(scalar)
            case ")", "]", "}":
                if brackets.isEmpty {
                    if scalar == "}" { return }
                    throw fstringError("unmatched '\(Character(scalar))'", token: token)
                }
                let open = brackets.removeLast()
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if scalar != expected {
                    throw fstringError(
                        "closing parenthesis '\(Character(scalar))' does not match opening parenthesis '\(Character(open))'",
                        token: token)
                }
            case "#":
                throw failure("f-string expression part cannot include '#'", at: token.start, end: token.end)
            case "!", "=", "<", ">", ":":
                guard brackets.isEmpty else { break }
                if scalar != ":" && index + 1 < end && source[index + 1] == "=" {
                    index += 2
                    continue
                }
                if scalar == "<" || scalar == ">" { break }
                return
            default:
                break
            }
            index += 1
        }
        if quote != nil { throw fstringError("unterminated string", token: token) }
        if let open = brackets.last { throw fstringError("unmatched '\(Character(open))'", token: token) }
    }

    /// The line and column of `source[index]`, which lies inside `token`.
    func location(of index: Int, in token: Token) -> SourceLocation {
        var line = token.start.line
        var lineStart = token.startIndex - token.start.column
        var at = token.startIndex
        while at < index {
            if source[at] == "\n" || (source[at] == "\r" && (at + 1 >= source.count || source[at + 1] != "\n")) {
                line += 1
                lineStart = at + 1
            }
            at += 1
        }
        return SourceLocation(line: line, column: index - lineStart)
    }

    /// Lexes and parses one field's expression where it stands in the source.
    mutating func parseFieldExpression(_ range: Range<Int>, token: Token) throws(SyntaxError) -> Expr {
        var lineStart = range.lowerBound
        while lineStart > 0 && source[lineStart - 1] != "\n" && source[lineStart - 1] != "\r" { lineStart -= 1 }
        var line = token.start.line
        var index = token.startIndex
        while index < lineStart {
            if source[index] == "\n" || (source[index] == "\r" && (index + 1 >= source.count || source[index + 1] != "\n")) {
                line += 1
            }
            index += 1
        }
        var lexed = Lexer.tokenizeField(source, range: range, line: line, lineStart: lineStart, filename: filename)
        for i in lexed.tokens.indices { lexed.tokens[i].depth += 1 }
        var field = Parser.State(source: source, filename: filename, lexed: lexed)
        field.messagePrefix = "f-string: "
        field.nesting = nesting
        if let error = lexed.error, lexed.tokens.count == 1 { throw error }
        var expression = try field.parseYieldOrStarExpressions()
        if case .tuple(let items) = expression.kind, items.first?.start == expression.start {
            // CPython 3.11 parses a field as `(expression)`, the braces standing in for the parentheses.
            expression.start = location(of: range.lowerBound - 1, in: token)
            expression.end = location(of: range.upperBound, in: token)
            expression.end.column += 1
        }
        guard field.current.kind == .endOfFile else { throw field.missingCommaError(after: expression) }
        if let error = field.lexError { throw error }
        return expression
    }
}
