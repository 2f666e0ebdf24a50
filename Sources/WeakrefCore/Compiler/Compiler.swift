import PySyntax

/// A module's globals: slot names, values and the order names were first bound
/// (the module `__dict__` order).
final class ModuleGlobals {
    let name: String
    let names = GlobalNames()
    /// Each global slot's value (see `ValueSlots`); grows as slots are first stored.
    var values = ValueSlots(count: 0)
    var order: [Int] = []
    /// The builtin each global slot falls back to, once looked up (builtins never change).
    var builtinCache: [Value?] = []
    init(name: String) { self.name = name }
    deinit { values.deallocate() }
}

/// The module's global names, given slot numbers as the compiler meets them.
final class GlobalNames {
    private(set) var names: [String] = []
    private var index: [String: Int] = [:]
    func slot(_ name: String) -> Int {
        if let i = index[name] { return i }
        names.append(name)
        index[name] = names.count - 1
        return names.count - 1
    }
    func lookup(_ name: String) -> Int? { index[name] }
}

/// Turns the AST into the resolved form (`CodeObject`s of `CStmt`/`CExpr`).
struct Compiler {
    let scopes: [ScopeKey: Scope]
    let module: ModuleGlobals
    var globals: GlobalNames { module.names }
    /// Makes constants (strings become immortal heap objects owned by the code).
    let constant: (Constant) -> Value
    /// Interns an attribute name and gives the site its own inline cache.
    let attributeName: (String) -> AttributeName
    /// The one constant tuple of these constant items (CPython folds a tuple display of
    /// constants into a single constant, so equal ones are the same object).
    let constantTuple: ([Value]) -> Value
    /// Told, for each code object, the constant objects its `co_consts` would hold, and
    /// every constant object its source wrote (a folded tuple's items included).
    let constantsHeld: (_ held: [UInt32], _ written: [UInt32]) -> Void

    /// Compiles a module body.
    static func compile(_ module: Module, into globals: ModuleGlobals, constant: @escaping (Constant) -> Value,
                        attributeName: @escaping (String) -> AttributeName,
                        constantTuple: @escaping ([Value]) -> Value,
                        constantsHeld: @escaping ([UInt32], [UInt32]) -> Void = { _, _ in }) throws -> CodeObject {
        let analyzer = ScopeAnalyzer()
        try analyzer.analyze(module)
        let compiler = Compiler(scopes: analyzer.scopes, module: globals, constant: constant, attributeName: attributeName,
                                constantTuple: constantTuple, constantsHeld: constantsHeld)
        let code = CodeObject(kind: .module, name: "<module>", qualname: "<module>", firstLine: 1, module: globals)
        let unit = Unit(scope: analyzer.root, code: code, qualPrefix: "")
        code.body = try compiler.block(module.body, unit)
        compiler.reportConstants(of: unit)
        return code
    }

    /// The constant objects `unit`'s code uses (its `co_consts`), once each.
    private func reportConstants(of unit: Unit) {
        constantsHeld(unit.constantUses.compactMap { $0.value > 0 ? $0.key : nil }, Array(unit.constantUses.keys))
    }

    /// The scope being compiled and its slot layout.
    final class Unit {
        let scope: Scope
        let code: CodeObject
        let qualPrefix: String
        var fastSlots: [String: Int] = [:]
        var cellSlots: [String: Int] = [:]
        /// How many expressions of this code use each constant object (folding a tuple
        /// moves its items' uses to the tuple).
        var constantUses: [UInt32: Int] = [:]
        init(scope: Scope, code: CodeObject, qualPrefix: String) {
            self.scope = scope
            self.code = code
            self.qualPrefix = qualPrefix
            guard scope.kind != .module else { return }
            code.cellNames = scope.cellVars
            code.freeNames = scope.freeVars
            for (i, n) in (scope.cellVars + scope.freeVars).enumerated() where cellSlots[n] == nil { cellSlots[n] = i }
            guard scope.kind != .classBody else { return }
            for n in scope.parameters { addFast(n) }
            for n in scope.bound where scope.isLocal(n) && cellSlots[n] == nil { addFast(n) }
            code.cellParameterSlots = scope.cellVars.map { fastSlots[$0].flatMap { $0 < scope.parameters.count ? $0 : nil } }
        }
        private func addFast(_ n: String) {
            if fastSlots[n] == nil {
                fastSlots[n] = code.localNames.count
                code.localNames.append(n)
            }
        }
    }

    func slot(_ name: String, _ unit: Unit) -> NameSlot {
        let scope = unit.scope
        switch scope.kind {
        case .module:
            return .global(globals.slot(name))
        case .classBody:
            if scope.declaredGlobal.contains(name) { return .global(globals.slot(name)) }
            if let c = unit.cellSlots[name], !scope.isLocal(name) || name == "__class__" { return .cell(c) }
            return .classNamespace(global: globals.slot(name))
        case .function, .comprehension:
            if scope.declaredGlobal.contains(name) { return .global(globals.slot(name)) }
            if let c = unit.cellSlots[name] { return .cell(c) }
            if let f = unit.fastSlots[name] { return .fast(f) }
            return .global(globals.slot(name))
        }
    }

    // MARK: statements

    func block(_ stmts: [Stmt], _ unit: Unit) throws -> [CStmt] {
        try stmts.map { try statement($0, unit) }
    }

    func statement(_ stmt: Stmt, _ unit: Unit) throws -> CStmt {
        let line = stmt.start.line
        let kind: CStmtKind
        switch stmt.kind {
        case .expression(let e): kind = .expression(try expr(e, unit))
        case .assign(let targets, let value):
            kind = .assign(try targets.map { try target($0, unit) }, try expr(value, unit))
        case .augmentedAssign(let t, let op, let value):
            kind = .augmentedAssign(try target(t, unit), op, try expr(value, unit))
        case .annotatedAssign(let t, _, let value):
            if let value { kind = .assign([try target(t, unit)], try expr(value, unit)) } else { kind = .pass }
        case .delete(let ts): kind = .delete(try ts.map { try target($0, unit) })
        case .pass: kind = .pass
        case .break: kind = .breakLoop
        case .continue: kind = .continueLoop
        case .if(let test, let body, let orElse):
            kind = .ifElse(try expr(test, unit), try block(body, unit), try block(orElse, unit))
        case .while(let test, let body, let orElse):
            kind = .whileLoop(try expr(test, unit), try block(body, unit), try block(orElse, unit))
        case .for(let t, let iterable, let body, let orElse):
            kind = .forLoop(try target(t, unit), try expr(iterable, unit), try block(body, unit), try block(orElse, unit))
        case .functionDef(let def):
            let decorators = try def.decorators.map { try expr($0, unit) }
            let template = try function(name: def.name, parameters: def.parameters, key: ScopeKey(line: line, column: stmt.start.column, tag: 0),
                                        line: line, unit: unit) { inner in try block(def.body, inner) }
            template.code.docstring = docstring(def.body)
            kind = .functionDef(template, decorators: decorators, target: .name(slot(def.name, unit), def.name))
        case .classDef(let def):
            let decorators = try def.decorators.map { try expr($0, unit) }
            let bases = try def.bases.map { CArgument.positional(try expr($0, unit)) }
            guard let scope = scopes[ScopeKey(line: line, column: stmt.start.column, tag: 1)] else {
                throw UnsupportedConstruct(feature: "class", line: line)
            }
            let qualname = unit.qualPrefix + def.name
            let code = CodeObject(kind: .classBody, name: def.name, qualname: qualname, firstLine: line, module: module)
            let inner = Unit(scope: scope, code: code, qualPrefix: qualname + ".")
            code.docstring = docstring(def.body)
            code.body = try block(def.body, inner)
            reportConstants(of: inner)
            let template = FunctionTemplate(code: code, defaults: [], keywordDefaults: [], closure: try closure(scope, unit, line))
            kind = .classDef(ClassTemplate(name: def.name, qualname: qualname, bases: bases, body: template),
                             decorators: decorators, target: .name(slot(def.name, unit), def.name))
        case .return(let e):
            kind = .returnValue(try e.map { try expr($0, unit) })
        case .global, .nonlocal: kind = .pass
        case .try(let body, let handlers, let orElse, let finally):
            let hs = try handlers.map { h in
                CHandler(type: try h.type.map { try expr($0, unit) },
                         name: h.name.map { .name(slot($0, unit), $0) },
                         body: try block(h.body, unit), line: h.start.line)
            }
            kind = .tryExcept(try block(body, unit), hs, orElse: try block(orElse, unit), finally: try block(finally, unit))
        case .raise(let e, let cause):
            kind = .raise(try e.map { try expr($0, unit) }, cause: try cause.map { try expr($0, unit) })
        case .assert(let test, let message):
            kind = .assert(try expr(test, unit), try message.map { try expr($0, unit) })
        case .import(let aliases):
            var parts: [CStmt] = []
            for a in aliases {
                let bound = a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
                parts.append(CStmt(kind: .importModule(a.name, .name(slot(bound, unit), bound), bindsTop: a.asName == nil), line: line))
            }
            if parts.count == 1 { return parts[0] }
            kind = .ifElse(CExpr(kind: .constant(.bool(true)), line: line), parts, [])
        case .importFrom(let module, let names, _):
            kind = .importFrom(module ?? "", names.map { a in
                let bound = a.asName ?? a.name
                return (a.name, CTarget.name(slot(bound, unit), bound))
            })
        case .with(let items, let body):
            kind = .with(try items.map { (try expr($0.context, unit), try $0.target.map { try target($0, unit) }) },
                         try block(body, unit))
        }
        return CStmt(kind: kind, line: line)
    }

    /// Compiles a `def`, a `lambda` or a comprehension body into a template.
    func function(name: String, parameters p: Parameters, key: ScopeKey, line: Int, unit: Unit,
                  body: (Unit) throws -> [CStmt]) throws -> FunctionTemplate {
        guard let scope = scopes[key] else { throw UnsupportedConstruct(feature: name, line: line) }
        let qualname = unit.qualPrefix + name
        let kind: CodeObject.Kind = name == "<lambda>" ? .lambda : (scope.kind == .comprehension ? .comprehension : .function)
        let code = CodeObject(kind: kind, name: name, qualname: qualname, firstLine: line, module: module)
        var spec = ParameterSpec()
        let positional = p.positionalOnly + p.positional
        spec.positionalOnlyCount = p.positionalOnly.count
        spec.positional = positional.map { $0.name }
        spec.keywordOnly = p.keywordOnly.map { $0.name }
        spec.varArgs = p.varArgs?.name
        spec.varKeywords = p.varKeywords?.name
        spec.requiredPositional = positional.prefix { $0.defaultValue == nil }.count
        code.parameters = spec
        let defaults = try positional.compactMap { try $0.defaultValue.map { try expr($0, unit) } }
        let kwDefaults = try p.keywordOnly.compactMap { param in
            try param.defaultValue.map { (param.name, try expr($0, unit)) }
        }
        let inner = Unit(scope: scope, code: code, qualPrefix: qualname + ".<locals>.")
        code.body = try body(inner)
        reportConstants(of: inner)
        return FunctionTemplate(code: code, defaults: defaults, keywordDefaults: kwDefaults, closure: try closure(scope, unit, line))
    }

    private func closure(_ scope: Scope, _ outer: Unit, _ line: Int) throws -> [Int] {
        try scope.freeVars.map { name in
            guard let c = outer.cellSlots[name] else {
                throw UnsupportedConstruct(feature: "nonlocal '\(name)' without binding", line: line)
            }
            return c
        }
    }

    // MARK: targets

    func target(_ e: Expr, _ unit: Unit) throws -> CTarget {
        switch e.kind {
        case .name(let n): return .name(slot(n, unit), n)
        case .attribute(let v, let name): return .attribute(try expr(v, unit), attributeName(name))
        case .subscript(let v, let i): return .subscript(try expr(v, unit), try expr(i, unit))
        case .tuple(let items), .list(let items):
            var star: Int? = nil
            var ts: [CTarget] = []
            for (i, item) in items.enumerated() {
                if case .starred(let inner) = item.kind {
                    star = i
                    ts.append(try target(inner, unit))
                } else {
                    ts.append(try target(item, unit))
                }
            }
            return .unpack(ts, starIndex: star)
        case .starred(let inner): return try target(inner, unit)
        default:
            throw UnsupportedConstruct(feature: "assignment to this expression", line: e.start.line)
        }
    }

    // MARK: expressions

    /// A body's docstring: its first statement when that is a string literal, else None.
    private func docstring(_ body: [Stmt]) -> Value {
        guard let first = body.first, case .expression(let e) = first.kind, case .constant(.string(let s)) = e.kind else {
            return .none
        }
        return constant(.string(s))
    }

    /// A non-empty tuple display whose items are all constants, as one constant (CPython's
    /// AST optimiser and constant merging); nil otherwise.
    private func foldedTuple(_ items: [CExpr]) -> CExprKind? {
        guard !items.isEmpty else { return nil }
        var values: [Value] = []
        values.reserveCapacity(items.count)
        for item in items {
            guard case .constant(let v) = item.kind else { return nil }
            values.append(v)
        }
        return .constant(constantTuple(values))
    }

    /// `-5` and `-2.5` as constants, as CPython's AST optimiser folds them.
    private func foldedNegation(_ op: UnaryOperator, _ operand: CExpr) -> CExprKind? {
        guard op == .minus, case .constant(let v) = operand.kind else { return nil }
        switch v {
        case .int(let i) where i != Int.min: return .constant(.int(-i))
        case .float(let d): return .constant(.float(-d))
        default: return nil
        }
    }

    func expr(_ e: Expr, _ unit: Unit) throws -> CExpr {
        let line = e.start.line
        let kind: CExprKind
        switch e.kind {
        case .name(let n): kind = .load(slot(n, unit), n)
        case .constant(let c):
            let v = constant(c)
            if case .object(let h) = v { unit.constantUses[h, default: 0] += 1 }
            kind = .constant(v)
        case .formattedString(let parts): kind = .formatted(try formatted(parts, unit))
        case .tuple(let items):
            let compiled = try items.map { try expr($0, unit) }
            if let folded = foldedTuple(compiled), case .constant(.object(let t)) = folded {
                for item in compiled {
                    if case .constant(.object(let h)) = item.kind { unit.constantUses[h, default: 0] -= 1 }
                }
                unit.constantUses[t, default: 0] += 1
                kind = folded
            } else {
                kind = .tuple(compiled)
            }
        case .list(let items): kind = .list(try items.map { try expr($0, unit) })
        case .set(let items): kind = .set(try items.map { try expr($0, unit) })
        case .dict(let entries):
            kind = .dict(try entries.map { entry in
                switch entry {
                case .pair(let k, let v): return (try expr(k, unit), try expr(v, unit))
                case .unpack(let m): return (nil, try expr(m, unit))
                }
            })
        case .starred(let inner): kind = .starred(try expr(inner, unit))
        case .attribute(let v, let name): kind = .attribute(try expr(v, unit), attributeName(name))
        case .subscript(let v, let i): kind = .subscript(try expr(v, unit), try expr(i, unit))
        case .slice(let a, let b, let c):
            kind = .slice(try a.map { try expr($0, unit) }, try b.map { try expr($0, unit) }, try c.map { try expr($0, unit) })
        case .call(let f, let args):
            let callee = try expr(f, unit)
            let compiled = try arguments(args, unit)
            let positional: [CExpr] = compiled.compactMap { if case .positional(let x) = $0 { return x } else { return nil } }
            kind = positional.count == compiled.count ? .positionalCall(callee, positional) : .call(callee, compiled)
        case .unary(let op, let x):
            let operand = try expr(x, unit)
            kind = foldedNegation(op, operand) ?? .unary(op, operand)
        case .binary(let a, let op, let b):
            if op == .matrixMultiply { throw UnsupportedConstruct(feature: "@", line: line) }
            kind = .binary(try expr(a, unit), op, try expr(b, unit))
        case .boolean(let op, let xs):
            let cs = try xs.map { try expr($0, unit) }
            kind = op == .and ? .and(cs) : .or(cs)
        case .compare(let a, let cs):
            kind = .compare(try expr(a, unit), try cs.map { ($0.op, try expr($0.right, unit)) })
        case .conditional(let t, let b, let o):
            kind = .conditional(try expr(t, unit), try expr(b, unit), try expr(o, unit))
        case .lambda(let params, let body):
            let template = try function(name: "<lambda>", parameters: params,
                                        key: ScopeKey(line: line, column: e.start.column, tag: 2), line: line, unit: unit) { inner in
                [CStmt(kind: .returnValue(try expr(body, inner)), line: body.start.line)]
            }
            kind = .function(template)
        case .listComprehension(let elt, let gens):
            kind = try comprehension(.list, e, gens, unit) { inner in [try expr(elt, inner)] }
        case .setComprehension(let elt, let gens):
            kind = try comprehension(.set, e, gens, unit) { inner in [try expr(elt, inner)] }
        case .generatorExpression(let elt, let gens):
            kind = try comprehension(.generator, e, gens, unit) { inner in [try expr(elt, inner)] }
        case .dictComprehension(let k, let v, let gens):
            kind = try comprehension(.dict, e, gens, unit) { inner in [try expr(k, inner), try expr(v, inner)] }
        case .namedExpression(let t, let value):
            kind = .namedExpression(.name(slot(t, unit), t), try expr(value, unit))
        case .yield, .yieldFrom:
            throw UnsupportedConstruct(feature: "yield", line: line)
        }
        return CExpr(kind: kind, line: line)
    }

    private func arguments(_ args: [Argument], _ unit: Unit) throws -> [CArgument] {
        try args.map { a in
            switch a {
            case .positional(let x): return .positional(try expr(x, unit))
            case .unpacked(let x): return .unpacked(try expr(x, unit))
            case .keyword(let n, let x): return .keyword(n, try expr(x, unit))
            case .unpackedKeywords(let x): return .unpackedKeywords(try expr(x, unit))
            }
        }
    }

    private func formatted(_ parts: [FormattedPart], _ unit: Unit) throws -> [CFormattedPart] {
        try parts.map { p in
            switch p {
            case .literal(let s): return .literal(s)
            case .field(let x, let conv, let spec):
                return .field(try expr(x, unit), conversion: conv, spec: try spec.map { try formatted($0, unit) })
            }
        }
    }

    /// A comprehension becomes a function of one parameter (`.0`, the iterator) whose body
    /// is the nested loops; the element expressions are the last statement's payload.
    private func comprehension(_ kind: ComprehensionKind, _ e: Expr, _ gens: [Comprehension], _ unit: Unit,
                               element: (Unit) throws -> [CExpr]) throws -> CExprKind {
        guard let first = gens.first else { throw UnsupportedConstruct(feature: "comprehension", line: e.start.line) }
        let name: String
        switch kind {
        case .list: name = "<listcomp>"
        case .set: name = "<setcomp>"
        case .dict: name = "<dictcomp>"
        case .generator: name = "<genexpr>"
        }
        let iterable = try expr(first.iterable, unit)
        let params = Parameters(positional: [Parameter(name: ".0", start: e.start)])
        let template = try function(name: name, parameters: params,
                                    key: ScopeKey(line: e.start.line, column: e.start.column, tag: 3),
                                    line: e.start.line, unit: unit) { inner in
            // Innermost first: the element "statement" is an expression list evaluated by
            // the evaluator's comprehension driver; loops are nested `for` statements.
            let elements = try element(inner)
            var body: [CStmt] = [CStmt(kind: .comprehensionAppend(elements), line: e.start.line)]
            var clauses: [GeneratorPlan.Clause] = []
            for (i, g) in gens.enumerated().reversed() {
                let conditions = try g.conditions.map { try expr($0, inner) }
                for (c, ce) in zip(g.conditions, conditions).reversed() {
                    body = [CStmt(kind: .ifElse(ce, body, []), line: c.start.line)]
                }
                let iterable: CExpr? = i == 0 ? nil : try expr(g.iterable, inner)
                let iter: CExpr = iterable ?? CExpr(kind: .load(.fast(0), ".0"), line: e.start.line)
                let t = try target(g.target, inner)
                clauses.insert(GeneratorPlan.Clause(target: t, iterable: iterable, conditions: conditions), at: 0)
                body = [CStmt(kind: .forLoop(t, iter, body, []), line: g.target.start.line)]
            }
            if kind == .generator, let first = elements.first {
                inner.code.generatorPlan = GeneratorPlan(clauses: clauses, element: first)
            }
            return body
        }
        return .comprehension(kind, template, iterable: iterable)
    }
}
