/// Which expressions may be assigned to or deleted, and CPython's names for the rest
/// (`cannot assign to function call`).
extension Parser.State {
    enum TargetContext { case store, delete }

    /// The first part of `target` that cannot be a target, if any.
    func invalidTarget(_ target: Expr, context: TargetContext = .store) -> Expr? {
        switch target.kind {
        case .name, .attribute, .subscript:
            return nil
        case .starred(let inner):
            return context == .delete ? target : invalidTarget(inner, context: context)
        case .tuple(let items), .list(let items):
            for item in items {
                if let bad = invalidTarget(item, context: context) { return bad }
            }
            return nil
        default:
            return target
        }
    }

    func checkTarget(_ target: Expr) throws(SyntaxError) {
        // (for, with and comprehension targets)
        if let bad = invalidTarget(target) {
            throw failure("cannot assign to \(expressionName(bad))", at: bad.start, end: bad.end)
        }
    }

    /// Called with the cursor on the `=` after `target`. For the first target of a statement
    /// followed by `= value` and no further `=`, CPython's invalid_named_expression rule adds
    /// "here. Maybe you meant '==' instead of '='?".
    mutating func checkAssignmentTarget(_ target: Expr, isFirst: Bool) throws(SyntaxError) {
        guard let bad = invalidTarget(target) else { return }
        var lastElement = target
        if case .tuple(let items) = target.kind, target.start == items.first?.start, let last = items.last {
            lastElement = last
        }
        if isFirst && bad == lastElement && isBitwiseOrLevel(bad) && singleValueFollows() {
            if case .constant(let value) = bad.kind, value == .none || value == .bool(true) || value == .bool(false) {
                // excluded by CPython's lookahead
            } else {
                throw failure("cannot assign to \(expressionName(bad)) here. Maybe you meant '==' instead of '='?",
                              at: bad.start, end: bad.end)
            }
        }
        throw failure("cannot assign to \(expressionName(bad))", at: bad.start, end: bad.end)
    }

    /// `= operand` follows, not itself followed by `=` or `:=` (cursor restored).
    mutating func singleValueFollows() -> Bool {
        let saved = position
        let savedNesting = nesting
        defer {
            position = saved
            nesting = savedNesting
        }
        advance()
        guard (try? parseBitwiseOr()) != nil else { return false }
        return !current.isOp("=") && !current.isOp(":=")
    }

    func isBitwiseOrLevel(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .compare, .boolean, .conditional, .lambda, .namedExpression, .starred,
             .generatorExpression, .tuple, .list:
            return false
        case .unary(let op, _):
            return op != .not
        default:
            return true
        }
    }

    /// CPython's `_PyPegen_get_expr_name`.
    func expressionName(_ expr: Expr) -> String {
        switch expr.kind {
        case .name: "name"
        case .attribute: "attribute"
        case .subscript: "subscript"
        case .starred: "starred"
        case .tuple: "tuple"
        case .list: "list"
        case .lambda: "lambda"
        case .call: "function call"
        case .boolean, .binary, .unary: "expression"
        case .generatorExpression: "generator expression"
        case .yield, .yieldFrom: "yield expression"
        case .listComprehension: "list comprehension"
        case .setComprehension: "set comprehension"
        case .dictComprehension: "dict comprehension"
        case .dict: "dict literal"
        case .set: "set display"
        case .formattedString: "f-string expression"
        case .compare: "comparison"
        case .conditional: "conditional expression"
        case .namedExpression: "named expression"
        case .slice: "slice"
        case .constant(let value):
            switch value {
            case .none: "None"
            case .bool(true): "True"
            case .bool(false): "False"
            case .ellipsis: "ellipsis"
            default: "literal"
            }
        }
    }
}
