/// Parameter lists of `def` and `lambda`, with CPython 3.11's messages for misplaced
/// `/`, `*` and defaults.
extension Parser.State {
    mutating func parseParameters(closing: String, allowAnnotations: Bool) throws(SyntaxError) -> Parameters {
        var parameters = Parameters()
        var sawSlash = false
        var sawStar = false
        var sawDefault = false
        var names: Set<String> = []
        while !current.isOp(closing) {
            let token = current
            if accept("/") {
                if sawSlash { throw failure("/ may appear only once", at: token.start, end: token.end) }
                if sawStar { throw failure("/ must be ahead of *", at: token.start, end: token.end) }
                if parameters.positional.isEmpty {
                    throw failure("at least one argument must precede /", at: token.start, end: token.end)
                }
                sawSlash = true
                parameters.positionalOnly = parameters.positional
                parameters.positional = []
            } else if accept("*") {
                if sawStar { throw failure("* argument may appear only once", at: token.start, end: token.end) }
                sawStar = true
                if current.isOp(",") || current.isOp(closing) {
                    let next = current.isOp(",") ? peek(1) : current
                    if next.isOp(closing) || next.isOp("**") {
                        throw failure("named arguments must follow bare *", at: token.start, end: token.end)
                    }
                } else {
                    parameters.varArgs = try parseParameter(allowAnnotations: allowAnnotations, starred: true)
                    if current.isOp("=") {
                        throw failure("var-positional argument cannot have default value", at: current.start,
                                      end: current.end)
                    }
                }
            } else if accept("**") {
                parameters.varKeywords = try parseParameter(allowAnnotations: allowAnnotations, starred: false)
                if current.isOp("=") {
                    throw failure("var-keyword argument cannot have default value", at: current.start,
                                  end: current.end)
                }
                if accept(",") {
                    if !current.isOp(closing) {
                        throw failure("arguments cannot follow var-keyword argument", at: current.start,
                                      end: current.end)
                    }
                }
                break
            } else {
                var parameter = try parseParameter(allowAnnotations: allowAnnotations, starred: false)
                if accept("=") {
                    parameter.defaultValue = try parseExpression()
                    if !sawStar { sawDefault = true }
                } else if sawDefault && !sawStar {
                    throw failure("non-default argument follows default argument", at: parameter.start,
                                  end: previous.end)
                }
                if sawStar {
                    parameters.keywordOnly.append(parameter)
                } else {
                    parameters.positional.append(parameter)
                }
            }
            if current.isOp(closing) { break }
            guard accept(",") else { throw unexpected() }
        }
        for parameter in parameters.positionalOnly + parameters.positional + [parameters.varArgs].compactMap({ $0 })
            + parameters.keywordOnly + [parameters.varKeywords].compactMap({ $0 }) {
            if !names.insert(parameter.name).inserted {
                throw failure("duplicate argument '\(parameter.name)' in function definition",
                              at: parameter.start)
            }
        }
        return parameters
    }

    mutating func parseParameter(allowAnnotations: Bool, starred: Bool) throws(SyntaxError) -> Parameter {
        let name = try expectName()
        var annotation: Expr?
        if allowAnnotations && accept(":") {
            annotation = starred ? try parseStarExpression() : try parseExpression()
        }
        return Parameter(name: name.text, annotation: annotation, start: name.start)
    }
}
