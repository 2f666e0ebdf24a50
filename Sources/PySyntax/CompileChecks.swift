/// The SyntaxErrors CPython raises after parsing, while building its symbol table and
/// compiling: `'return' outside function`, `'break' outside loop`, `'continue' not properly
/// in loop`, `'yield' outside function`, `nonlocal declaration not allowed at module level`,
/// and global/nonlocal declarations that clash with parameters or earlier uses.
///
/// Order as CPython's: the symbol-table errors of the whole module first (in source order),
/// then the compiler's.
struct CompileChecks {
    let filename: String
    let lineText: (Int) -> String?

    func check(_ module: Module) throws(SyntaxError) {
        try checkSymbols(module.body, scope: .module)
        try checkNonlocalBindings(module.body, enclosing: [])
        try checkControlFlow(module.body, inFunction: false, inLoop: false)
    }

    func error(_ message: String, at location: SourceLocation) -> SyntaxError {
        SyntaxError(.syntax, message: message, filename: filename, location: location, lineText: lineText(location.line))
    }

    // MARK: - Symbol table: yield, nonlocal, global

    enum Scope { case module, function, classBody }

    /// Per-scope bookkeeping for global/nonlocal clashes: names used or assigned so far.
    final class Names {
        var parameters: Set<String> = []
        var used: Set<String> = []
        var assigned: Set<String> = []
        var globals: Set<String> = []
        var nonlocals: Set<String> = []
        /// Where each name's first global or nonlocal statement is: CPython reports a clash there.
        var directives: [String: SourceLocation] = [:]
    }

    func checkSymbols(_ body: [Stmt], scope: Scope, names: Names = Names()) throws(SyntaxError) {
        for stmt in body { try checkSymbols(stmt, scope: scope, names: names) }
    }

    func checkSymbols(_ stmt: Stmt, scope: Scope, names: Names) throws(SyntaxError) {
        switch stmt.kind {
        case .expression(let value):
            try visit(value, scope, names)
        case .assign(let targets, let value):
            try visit(value, scope, names)
            for target in targets { try visit(target, scope, names, storing: true) }
        case .augmentedAssign(let target, _, let value):
            try visit(value, scope, names)
            try visit(target, scope, names, storing: true)
        case .annotatedAssign(let target, let annotation, let value):
            if case .name(let name) = target.kind, names.globals.contains(name) || names.nonlocals.contains(name) {
                let kind = names.globals.contains(name) ? "global" : "nonlocal"
                throw error("annotated name '\(name)' can't be \(kind)", at: target.start)
            }
            try visit(annotation, scope, names)
            if let value { try visit(value, scope, names) }
            try visit(target, scope, names, storing: true)
        case .delete(let targets):
            for target in targets { try visit(target, scope, names, storing: true) }
        case .pass, .break, .continue:
            break
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visit(test, scope, names)
            try checkSymbols(body, scope: scope, names: names)
            try checkSymbols(orElse, scope: scope, names: names)
        case .for(let target, let iterable, let body, let orElse):
            try visit(iterable, scope, names)
            try visit(target, scope, names, storing: true)
            try checkSymbols(body, scope: scope, names: names)
            try checkSymbols(orElse, scope: scope, names: names)
        case .functionDef(let definition):
            for decorator in definition.decorators { try visit(decorator, scope, names) }
            try visitDefaults(definition.parameters, scope, names)
            for annotation in annotations(of: definition.parameters) { try visit(annotation, scope, names) }
            if let returns = definition.returns { try visit(returns, scope, names) }
            names.assigned.insert(definition.name)
            let inner = Names()
            inner.parameters = Set(parameterNames(definition.parameters))
            try checkSymbols(definition.body, scope: .function, names: inner)
        case .classDef(let definition):
            for decorator in definition.decorators { try visit(decorator, scope, names) }
            for base in definition.bases { try visit(base, scope, names) }
            for keyword in definition.keywords { try visit(keyword.value, scope, names) }
            names.assigned.insert(definition.name)
            try checkSymbols(definition.body, scope: .classBody, names: Names())
        case .return(let value):
            if let value { try visit(value, scope, names) }
        case .global(let declared):
            for name in declared {
                if names.parameters.contains(name) {
                    throw error("name '\(name)' is parameter and global", at: stmt.start)
                }
                if names.nonlocals.contains(name) {
                    throw error("name '\(name)' is nonlocal and global", at: names.directives[name] ?? stmt.start)
                }
                if names.assigned.contains(name) {
                    throw error("name '\(name)' is assigned to before global declaration", at: stmt.start)
                }
                if names.used.contains(name) {
                    throw error("name '\(name)' is used prior to global declaration", at: stmt.start)
                }
                names.globals.insert(name)
                if names.directives[name] == nil { names.directives[name] = stmt.start }
            }
        case .nonlocal(let declared):
            if scope == .module {
                throw error("nonlocal declaration not allowed at module level", at: stmt.start)
            }
            for name in declared {
                if names.parameters.contains(name) {
                    throw error("name '\(name)' is parameter and nonlocal", at: stmt.start)
                }
                if names.globals.contains(name) {
                    throw error("name '\(name)' is nonlocal and global", at: names.directives[name] ?? stmt.start)
                }
                if names.assigned.contains(name) {
                    throw error("name '\(name)' is assigned to before nonlocal declaration", at: stmt.start)
                }
                if names.used.contains(name) {
                    throw error("name '\(name)' is used prior to nonlocal declaration", at: stmt.start)
                }
                names.nonlocals.insert(name)
                if names.directives[name] == nil { names.directives[name] = stmt.start }
            }
        case .try(let body, let handlers, let orElse, let finally):
            try checkSymbols(body, scope: scope, names: names)
            for handler in handlers {
                if let type = handler.type { try visit(type, scope, names) }
                if let name = handler.name { names.assigned.insert(name) }
                try checkSymbols(handler.body, scope: scope, names: names)
            }
            try checkSymbols(orElse, scope: scope, names: names)
            try checkSymbols(finally, scope: scope, names: names)
        case .raise(let exception, let cause):
            if let exception { try visit(exception, scope, names) }
            if let cause { try visit(cause, scope, names) }
        case .assert(let test, let message):
            try visit(test, scope, names)
            if let message { try visit(message, scope, names) }
        case .import(let aliases):
            for alias in aliases {
                names.assigned.insert(alias.asName ?? String(alias.name.split(separator: ".").first ?? ""))
            }
        case .importFrom(_, let aliases, _):
            for alias in aliases where alias.name != "*" { names.assigned.insert(alias.asName ?? alias.name) }
        case .with(let items, let body):
            for item in items {
                try visit(item.context, scope, names)
                if let target = item.target { try visit(target, scope, names, storing: true) }
            }
            try checkSymbols(body, scope: scope, names: names)
        }
    }

    func parameterNames(_ parameters: Parameters) -> [String] {
        (parameters.positionalOnly + parameters.positional + [parameters.varArgs].compactMap { $0 }
            + parameters.keywordOnly + [parameters.varKeywords].compactMap { $0 }).map(\.name)
    }

    func annotations(of parameters: Parameters) -> [Expr] {
        (parameters.positionalOnly + parameters.positional + [parameters.varArgs].compactMap { $0 }
            + parameters.keywordOnly + [parameters.varKeywords].compactMap { $0 }).compactMap(\.annotation)
    }

    func visitDefaults(_ parameters: Parameters, _ scope: Scope, _ names: Names) throws(SyntaxError) {
        for parameter in parameters.positionalOnly + parameters.positional + parameters.keywordOnly {
            if let value = parameter.defaultValue { try visit(value, scope, names) }
        }
    }

    /// What encloses an expression, for `yield`'s message: a scope, or a comprehension.
    enum Context: Equatable {
        case scope(Scope)
        case comprehension(String)
    }

    func visit(_ expr: Expr, _ scope: Scope, _ names: Names, storing: Bool = false) throws(SyntaxError) {
        try visit(expr, .scope(scope), names, storing: storing)
    }

    func visit(_ expr: Expr, _ context: Context, _ names: Names, storing: Bool = false) throws(SyntaxError) {
        switch expr.kind {
        case .name(let name):
            if storing { names.assigned.insert(name) } else { names.used.insert(name) }
        case .constant:
            break
        case .formattedString(let parts):
            for part in parts { try visit(part, context, names) }
        case .tuple(let items), .list(let items), .set(let items):
            for item in items { try visit(item, context, names, storing: storing) }
        case .dict(let entries):
            for entry in entries {
                switch entry {
                case .pair(let key, let value):
                    try visit(key, context, names)
                    try visit(value, context, names)
                case .unpack(let value):
                    try visit(value, context, names)
                }
            }
        case .starred(let value):
            try visit(value, context, names, storing: storing)
        case .attribute(let value, _):
            try visit(value, context, names)
        case .subscript(let value, let index):
            try visit(value, context, names)
            try visit(index, context, names)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step].compactMap({ $0 }) { try visit(part, context, names) }
        case .call(let function, let arguments):
            try visit(function, context, names)
            for argument in arguments {
                switch argument {
                case .positional(let value), .unpacked(let value), .keyword(_, let value),
                     .unpackedKeywords(let value):
                    try visit(value, context, names)
                }
            }
        case .unary(_, let operand):
            try visit(operand, context, names)
        case .binary(let left, _, let right):
            try visit(left, context, names)
            try visit(right, context, names)
        case .boolean(_, let values):
            for value in values { try visit(value, context, names) }
        case .compare(let left, let comparisons):
            try visit(left, context, names)
            for comparison in comparisons { try visit(comparison.right, context, names) }
        case .conditional(let test, let body, let orElse):
            try visit(test, context, names)
            try visit(body, context, names)
            try visit(orElse, context, names)
        case .lambda(let parameters, let body):
            for parameter in parameters.positionalOnly + parameters.positional + parameters.keywordOnly {
                if let value = parameter.defaultValue { try visit(value, context, names) }
            }
            let inner = Names()
            inner.parameters = Set(parameterNames(parameters))
            try visit(body, .scope(.function), inner)
        case .listComprehension(let element, let generators):
            try visitComprehension([element], generators, "list comprehension", context, names)
        case .setComprehension(let element, let generators):
            try visitComprehension([element], generators, "set comprehension", context, names)
        case .generatorExpression(let element, let generators):
            try visitComprehension([element], generators, "generator expression", context, names)
        case .dictComprehension(let key, let value, let generators):
            try visitComprehension([key, value], generators, "dict comprehension", context, names)
        case .namedExpression(let target, let value):
            try visit(value, context, names)
            names.assigned.insert(target)
        case .yield(let value):
            try checkYield(expr, context)
            if let value { try visit(value, context, names) }
        case .yieldFrom(let value):
            try checkYield(expr, context)
            try visit(value, context, names)
        }
    }

    func visit(_ part: FormattedPart, _ context: Context, _ names: Names) throws(SyntaxError) {
        guard case .field(let value, _, let spec) = part else { return }
        try visit(value, context, names)
        for inner in spec ?? [] { try visit(inner, context, names) }
    }

    /// The first iterable is evaluated outside; the rest runs in the comprehension's own scope.
    func visitComprehension(_ elements: [Expr], _ generators: [Comprehension], _ kind: String,
                            _ context: Context, _ names: Names) throws(SyntaxError) {
        let inner = Names()
        for (index, generator) in generators.enumerated() {
            try visit(generator.iterable, index == 0 ? context : .comprehension(kind), index == 0 ? names : inner)
            try visit(generator.target, .comprehension(kind), inner, storing: true)
            for condition in generator.conditions { try visit(condition, .comprehension(kind), inner) }
        }
        for element in elements { try visit(element, .comprehension(kind), inner) }
    }

    func checkYield(_ expr: Expr, _ context: Context) throws(SyntaxError) {
        switch context {
        case .scope(.function): return
        case .scope: throw error("'yield' outside function", at: expr.start)
        case .comprehension(let kind): throw error("'yield' inside \(kind)", at: expr.start)
        }
    }

    // MARK: - Symbol table analysis: what a nonlocal name refers to

    /// `nonlocal x` needs an enclosing function that binds `x` (classes and the module do not
    /// count). `enclosing`: the names bound by the functions around this block.
    func checkNonlocalBindings(_ body: [Stmt], enclosing: Set<String>) throws(SyntaxError) {
        for stmt in body {
            switch stmt.kind {
            case .nonlocal(let declared):
                for name in declared where !enclosing.contains(name) {
                    throw error("no binding for nonlocal '\(name)' found", at: stmt.start)
                }
            case .functionDef(let definition):
                var bound = Set(parameterNames(definition.parameters))
                collectBindings(definition.body, into: &bound)
                try checkNonlocalBindings(definition.body, enclosing: enclosing.union(bound))
            case .classDef(let definition):
                // A class gives its methods an implicit `__class__` cell (for `super()`).
                try checkNonlocalBindings(definition.body, enclosing: enclosing.union(["__class__"]))
            case .if(_, let body, let orElse), .while(_, let body, let orElse), .for(_, _, let body, let orElse):
                try checkNonlocalBindings(body, enclosing: enclosing)
                try checkNonlocalBindings(orElse, enclosing: enclosing)
            case .try(let body, let handlers, let orElse, let finally):
                try checkNonlocalBindings(body, enclosing: enclosing)
                for handler in handlers { try checkNonlocalBindings(handler.body, enclosing: enclosing) }
                try checkNonlocalBindings(orElse, enclosing: enclosing)
                try checkNonlocalBindings(finally, enclosing: enclosing)
            case .with(_, let body):
                try checkNonlocalBindings(body, enclosing: enclosing)
            default:
                break
            }
        }
    }

    /// Names a block binds itself (not inside nested functions or classes), global ones excepted.
    func collectBindings(_ body: [Stmt], into bound: inout Set<String>) {
        var globals: Set<String> = []
        collect(body, &bound, &globals)
        bound.subtract(globals)
    }

    func collect(_ body: [Stmt], _ bound: inout Set<String>, _ globals: inout Set<String>) {
        for stmt in body {
            switch stmt.kind {
            case .expression(let value):
                collectWalrus(value, &bound)
            case .assign(let targets, let value):
                for target in targets { collectTarget(target, &bound) }
                collectWalrus(value, &bound)
            case .augmentedAssign(let target, _, let value):
                collectTarget(target, &bound)
                collectWalrus(value, &bound)
            case .annotatedAssign(let target, _, _):
                collectTarget(target, &bound)
            case .delete(let targets):
                for target in targets { collectTarget(target, &bound) }
            case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
                collectWalrus(test, &bound)
                collect(body, &bound, &globals)
                collect(orElse, &bound, &globals)
            case .for(let target, _, let body, let orElse):
                collectTarget(target, &bound)
                collect(body, &bound, &globals)
                collect(orElse, &bound, &globals)
            case .functionDef(let definition):
                bound.insert(definition.name)
            case .classDef(let definition):
                bound.insert(definition.name)
            case .global(let names):
                globals.formUnion(names)
            case .try(let body, let handlers, let orElse, let finally):
                collect(body, &bound, &globals)
                for handler in handlers {
                    if let name = handler.name { bound.insert(name) }
                    collect(handler.body, &bound, &globals)
                }
                collect(orElse, &bound, &globals)
                collect(finally, &bound, &globals)
            case .import(let aliases):
                for alias in aliases {
                    bound.insert(alias.asName ?? String(alias.name.split(separator: ".").first ?? ""))
                }
            case .importFrom(_, let aliases, _):
                for alias in aliases where alias.name != "*" { bound.insert(alias.asName ?? alias.name) }
            case .with(let items, let body):
                for item in items { if let target = item.target { collectTarget(target, &bound) } }
                collect(body, &bound, &globals)
            case .return(let value?):
                collectWalrus(value, &bound)
            default:
                break
            }
        }
    }

    func collectTarget(_ target: Expr, _ bound: inout Set<String>) {
        switch target.kind {
        case .name(let name): bound.insert(name)
        case .tuple(let items), .list(let items): for item in items { collectTarget(item, &bound) }
        case .starred(let value): collectTarget(value, &bound)
        default: break
        }
    }

    /// `(x := ...)` binds `x` in the enclosing function, even inside a comprehension.
    func collectWalrus(_ expr: Expr, _ bound: inout Set<String>) {
        switch expr.kind {
        case .namedExpression(let target, let value):
            bound.insert(target)
            collectWalrus(value, &bound)
        case .call(let function, let arguments):
            collectWalrus(function, &bound)
            for argument in arguments {
                switch argument {
                case .positional(let value), .unpacked(let value), .keyword(_, let value),
                     .unpackedKeywords(let value):
                    collectWalrus(value, &bound)
                }
            }
        case .tuple(let items), .list(let items), .set(let items):
            for item in items { collectWalrus(item, &bound) }
        case .binary(let left, _, let right):
            collectWalrus(left, &bound)
            collectWalrus(right, &bound)
        case .boolean(_, let values):
            for value in values { collectWalrus(value, &bound) }
        case .compare(let left, let comparisons):
            collectWalrus(left, &bound)
            for comparison in comparisons { collectWalrus(comparison.right, &bound) }
        case .unary(_, let operand), .starred(let operand), .attribute(let operand, _):
            collectWalrus(operand, &bound)
        case .conditional(let test, let body, let orElse):
            for part in [test, body, orElse] { collectWalrus(part, &bound) }
        case .listComprehension(let element, let generators), .setComprehension(let element, let generators),
             .generatorExpression(let element, let generators):
            collectWalrus(element, &bound)
            for generator in generators {
                collectWalrus(generator.iterable, &bound)
                for condition in generator.conditions { collectWalrus(condition, &bound) }
            }
        case .subscript(let value, let index):
            collectWalrus(value, &bound)
            collectWalrus(index, &bound)
        default:
            break
        }
    }

    // MARK: - Compiler: return, break, continue

    func checkControlFlow(_ body: [Stmt], inFunction: Bool, inLoop: Bool) throws(SyntaxError) {
        for stmt in body {
            switch stmt.kind {
            case .return:
                if !inFunction { throw error("'return' outside function", at: stmt.start) }
            case .break:
                if !inLoop { throw error("'break' outside loop", at: stmt.start) }
            case .continue:
                if !inLoop { throw error("'continue' not properly in loop", at: stmt.start) }
            case .if(_, let body, let orElse):
                try checkControlFlow(body, inFunction: inFunction, inLoop: inLoop)
                try checkControlFlow(orElse, inFunction: inFunction, inLoop: inLoop)
            case .while(_, let body, let orElse), .for(_, _, let body, let orElse):
                try checkControlFlow(body, inFunction: inFunction, inLoop: true)
                try checkControlFlow(orElse, inFunction: inFunction, inLoop: inLoop)
            case .functionDef(let definition):
                try checkControlFlow(definition.body, inFunction: true, inLoop: false)
            case .classDef(let definition):
                try checkControlFlow(definition.body, inFunction: false, inLoop: false)
            case .try(let body, let handlers, let orElse, let finally):
                try checkControlFlow(body, inFunction: inFunction, inLoop: inLoop)
                for handler in handlers {
                    try checkControlFlow(handler.body, inFunction: inFunction, inLoop: inLoop)
                }
                try checkControlFlow(orElse, inFunction: inFunction, inLoop: inLoop)
                try checkControlFlow(finally, inFunction: inFunction, inLoop: inLoop)
            case .with(_, let body):
                try checkControlFlow(body, inFunction: inFunction, inLoop: inLoop)
            default:
                break
            }
        }
    }
}
