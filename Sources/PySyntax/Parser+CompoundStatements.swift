/// Compound statements: blocks, `if`, loops, `try`, `with`, `def`, `class`, decorators.
extension Parser.State {
    /// `':' block` after a compound statement's header. `what` names the statement the way
    /// CPython's "expected an indented block after ..." message does.
    /// `forcedColon`: CPython's grammar demands the `:` (`&&':'`) after `def ...`, `try`,
    /// `else` and `finally`, so anything else there is "expected ':'".
    mutating func parseBlock(after what: String, line: Int, forcedColon: Bool = false) throws(SyntaxError) -> [Stmt] {
        guard current.isOp(":") else {
            if current.kind == .newline || forcedColon {
                throw failure("expected ':'", at: current.start, end: current.end)
            }
            throw unexpected()
        }
        advance()
        guard current.kind == .newline else { return try parseSimpleStatements() }
        advance()
        guard current.kind == .indent else {
            throw failure("expected an indented block after \(what) on line \(line)", at: current.start,
                          end: current.end, kind: .indentation)
        }
        advance()
        try enterNesting()
        var body: [Stmt] = []
        while current.kind != .dedent && current.kind != .endOfFile {
            body.append(contentsOf: try parseStatement())
        }
        leaveNesting()
        if current.kind == .endOfFile, let lexError { throw lexError }
        advance()
        return body
    }


    mutating func parseIf() throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let test = try parseNamedExpression()
        let body = try parseBlock(after: "'\(keyword.text)' statement", line: keyword.start.line)
        var orElse: [Stmt] = []
        if current.isKeyword("elif") {
            orElse = [try parseIf()]
        } else if current.isKeyword("else") {
            let elseToken = advance()
            orElse = try parseBlock(after: "'else' statement", line: elseToken.start.line, forcedColon: true)
        }
        let end = lastLineEnd
        return Stmt(.if(test: test, body: body, orElse: orElse), start: keyword.start, end: end)
    }

    mutating func parseElse() throws(SyntaxError) -> [Stmt] {
        guard current.isKeyword("else") else { return [] }
        let elseToken = advance()
        return try parseBlock(after: "'else' statement", line: elseToken.start.line, forcedColon: true)
    }

    mutating func parseWhile() throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let test = try parseNamedExpression()
        let body = try parseBlock(after: "'while' statement", line: keyword.start.line)
        let orElse = try parseElse()
        let end = lastLineEnd
        return Stmt(.while(test: test, body: body, orElse: orElse), start: keyword.start, end: end)
    }

    mutating func parseFor() throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let target = try parseTargetList()
        try checkTarget(target)
        guard acceptKeyword("in") else { throw unexpected() }
        let iterable = try parseStarExpressions()
        let body = try parseBlock(after: "'for' statement", line: keyword.start.line)
        let orElse = try parseElse()
        let end = lastLineEnd
        return Stmt(.for(target: target, iterable: iterable, body: body, orElse: orElse),
                    start: keyword.start, end: end)
    }

    mutating func parseTry() throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let body = try parseBlock(after: "'try' statement", line: keyword.start.line, forcedColon: true)
        var handlers: [ExceptHandler] = []
        while current.isKeyword("except") {
            let exceptToken = advance()
            if current.isOp("*") { throw unsupported("except*", at: exceptToken.start) }
            var type: Expr?
            var name: String?
            if !current.isOp(":") {
                let first = try parseExpression()
                if current.isOp(",") {
                    var items = [first]
                    while accept(",") {
                        if !startsExpression(current) { break }
                        items.append(try parseExpression())
                    }
                    if current.isOp(":") || current.isKeyword("as") {
                        throw failure("multiple exception types must be parenthesized", at: first.start,
                                      end: items.last?.end)
                    }
                    throw unexpected()
                }
                type = first
                if acceptKeyword("as") { name = try expectName().text }
            }
            let handlerBody = try parseBlock(after: "'except' statement", line: exceptToken.start.line)
            handlers.append(ExceptHandler(type: type, name: name, body: handlerBody, start: exceptToken.start))
        }
        let orElse = handlers.isEmpty ? [] : try parseElse()
        var finally: [Stmt] = []
        if current.isKeyword("finally") {
            let finallyToken = advance()
            finally = try parseBlock(after: "'finally' statement", line: finallyToken.start.line, forcedColon: true)
        }
        if handlers.isEmpty && finally.isEmpty {
            throw failure("expected 'except' or 'finally' block", at: current.start, end: current.end)
        }
        let end = lastLineEnd
        return Stmt(.try(body: body, handlers: handlers, orElse: orElse, finally: finally),
                    start: keyword.start, end: end)
    }

    mutating func parseWith() throws(SyntaxError) -> Stmt {
        let keyword = advance()
        var items: [WithItem]
        if current.isOp("(") {
            let saved = position
            let savedNesting = nesting
            do {
                items = try parseParenthesizedWithItems()
            } catch {
                position = saved
                nesting = savedNesting
                items = try parseWithItems()
            }
        } else {
            items = try parseWithItems()
        }
        let body = try parseBlock(after: "'with' statement", line: keyword.start.line)
        return Stmt(.with(items: items, body: body), start: keyword.start, end: lastLineEnd)
    }

    /// `with (a as b, c as d):` (3.9+), tried before `with (a, b):` as CPython does.
    mutating func parseParenthesizedWithItems() throws(SyntaxError) -> [WithItem] {
        advance()
        var items: [WithItem] = []
        repeat {
            if current.isOp(")") && !items.isEmpty { break }
            items.append(try parseWithItem())
        } while accept(",")
        _ = try expect(")")
        guard current.isOp(":") else { throw unexpected() }
        return items
    }

    mutating func parseWithItems() throws(SyntaxError) -> [WithItem] {
        var items: [WithItem] = []
        repeat { items.append(try parseWithItem()) } while accept(",")
        return items
    }

    mutating func parseWithItem() throws(SyntaxError) -> WithItem {
        let context = try parseExpression()
        var target: Expr?
        if acceptKeyword("as") {
            let parsed = try parseTarget()
            try checkTarget(parsed)
            target = parsed
        }
        return WithItem(context: context, target: target)
    }

    mutating func parseDecorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept("@") {
            decorators.append(try parseNamedExpression())
            guard current.kind == .newline else { throw unexpected() }
            advance()
        }
        if current.isKeyword("def") { return try parseFunctionDef(decorators: decorators) }
        if current.isKeyword("class") { return try parseClassDef(decorators: decorators) }
        if current.isKeyword("async") && peek(1).isKeyword("def") { throw unsupported("async", at: current.start) }
        throw unexpected()
    }

    mutating func parseFunctionDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let name = try expectName().text
        guard current.isOp("(") else { throw failure("expected '('", at: current.start, end: current.end) }
        advance()
        let parameters = try parseParameters(closing: ")", allowAnnotations: true)
        _ = try expect(")")
        let returns = accept("->") ? try parseExpression() : nil
        let body = try parseBlock(after: "function definition", line: keyword.start.line, forcedColon: true)
        let definition = FunctionDef(name: name, parameters: parameters, body: body, decorators: decorators,
                                     returns: returns)
        return Stmt(.functionDef(definition), start: keyword.start, end: lastLineEnd)
    }

    mutating func parseClassDef(decorators: [Expr]) throws(SyntaxError) -> Stmt {
        let keyword = advance()
        let name = try expectName().text
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if current.isOp("(") {
            let open = advance()
            for parsed in try parseCallArguments(open: open) {
                switch parsed.argument {
                case .positional(let value):
                    bases.append(value)
                case .unpacked(let value):
                    bases.append(Expr(.starred(value), start: parsed.start, end: value.end))
                case .keyword(let keywordName, let value):
                    keywords.append(Keyword(name: keywordName, value: value))
                case .unpackedKeywords(let value):
                    throw unsupported("** in class bases", at: value.start)
                }
            }
            _ = try expect(")")
        }
        let body = try parseBlock(after: "class definition", line: keyword.start.line)
        let definition = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(definition), start: keyword.start, end: lastLineEnd)
    }
}
