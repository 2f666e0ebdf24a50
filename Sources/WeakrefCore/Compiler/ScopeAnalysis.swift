import PySyntax

/// A Python construct outside the subset, found before the program runs.
struct UnsupportedConstruct: Error {
    let feature: String
    let line: Int
}

/// One scope of the symbol table (CPython: `Python/symtable.c`).
final class Scope {
    enum Kind { case module, function, classBody, comprehension }
    let kind: Kind
    weak var parent: Scope?
    var parameters: [String] = []
    /// Names bound here, in first-occurrence order.
    var bound: [String] = []
    private var boundSet: Set<String> = []
    var used: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var cellVars: [String] = []
    var freeVars: [String] = []
    var children: [Scope] = []
    /// A `super` load appears: the enclosing class body must provide `__class__`.
    var usesSuper = false

    init(kind: Kind, parent: Scope?) {
        self.kind = kind
        self.parent = parent
    }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }
    func isLocal(_ name: String) -> Bool {
        boundSet.contains(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name)
    }
    func addCell(_ name: String) { if !cellVars.contains(name) { cellVars.append(name) } }
    func addFree(_ name: String) { if !freeVars.contains(name) { freeVars.append(name) } }
}

/// A key identifying the scope a node opens, by its source position.
struct ScopeKey: Hashable {
    let line: Int
    let column: Int
    let tag: Int
}

/// Builds the symbol table of a module: which names each scope binds, declares and uses.
final class ScopeAnalyzer {
    private(set) var scopes: [ScopeKey: Scope] = [:]
    let root = Scope(kind: .module, parent: nil)

    func analyze(_ module: Module) throws {
        for s in module.body { try statement(s, root) }
        resolveFree(root)
    }

    // MARK: walking

    private func statement(_ stmt: Stmt, _ scope: Scope) throws {
        switch stmt.kind {
        case .expression(let e): try expression(e, scope)
        case .assign(let targets, let value):
            try expression(value, scope)
            for t in targets { try target(t, scope) }
        case .augmentedAssign(let t, _, let value):
            try expression(value, scope)
            if case .name(let n) = t.kind { scope.used.insert(n) }
            try target(t, scope)
        case .annotatedAssign(let t, _, let value):
            if let value { try expression(value, scope); try target(t, scope) }
        case .delete(let ts): for t in ts { try target(t, scope) }
        case .pass, .break, .continue: break
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try expression(test, scope)
            for s in body { try statement(s, scope) }
            for s in orElse { try statement(s, scope) }
        case .for(let t, let iterable, let body, let orElse):
            try expression(iterable, scope)
            try target(t, scope)
            for s in body { try statement(s, scope) }
            for s in orElse { try statement(s, scope) }
        case .functionDef(let def):
            for d in def.decorators { try expression(d, scope) }
            try parameterDefaults(def.parameters, scope)
            let child = Scope(kind: .function, parent: scope)
            scopes[ScopeKey(line: stmt.start.line, column: stmt.start.column, tag: 0)] = child
            scope.children.append(child)
            try parameters(def.parameters, child)
            for s in def.body { try statement(s, child) }
            scope.bind(def.name)
        case .classDef(let def):
            for d in def.decorators { try expression(d, scope) }
            for b in def.bases { try expression(b, scope) }
            if let k = def.keywords.first {
                throw UnsupportedConstruct(feature: "class keyword '\(k.name)'", line: stmt.start.line)
            }
            let child = Scope(kind: .classBody, parent: scope)
            scopes[ScopeKey(line: stmt.start.line, column: stmt.start.column, tag: 1)] = child
            scope.children.append(child)
            for s in def.body { try statement(s, child) }
            scope.bind(def.name)
        case .return(let e): if let e { try expression(e, scope) }
        case .global(let names):
            for n in names { scope.declaredGlobal.insert(n) }
        case .nonlocal(let names):
            if scope.kind == .module {
                throw UnsupportedConstruct(feature: "nonlocal at module level", line: stmt.start.line)
            }
            for n in names { scope.declaredNonlocal.insert(n) }
        case .try(let body, let handlers, let orElse, let finally):
            for s in body { try statement(s, scope) }
            for h in handlers {
                if let t = h.type { try expression(t, scope) }
                if let n = h.name { scope.bind(n) }
                for s in h.body { try statement(s, scope) }
            }
            for s in orElse { try statement(s, scope) }
            for s in finally { try statement(s, scope) }
        case .raise(let e, let cause):
            if let e { try expression(e, scope) }
            if let cause { try expression(cause, scope) }
        case .assert(let test, let message):
            try expression(test, scope)
            if let message { try expression(message, scope) }
        case .import(let aliases):
            for a in aliases {
                scope.bind(a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name)))
            }
        case .importFrom(_, let names, let level):
            if level > 0 { throw UnsupportedConstruct(feature: "relative import", line: stmt.start.line) }
            for a in names {
                if a.name == "*" { throw UnsupportedConstruct(feature: "import *", line: stmt.start.line) }
                scope.bind(a.asName ?? a.name)
            }
        case .with(let items, let body):
            for item in items {
                try expression(item.context, scope)
                if let t = item.target { try target(t, scope) }
            }
            for s in body { try statement(s, scope) }
        }
    }

    private func parameterDefaults(_ p: Parameters, _ scope: Scope) throws {
        for param in p.positionalOnly + p.positional + p.keywordOnly {
            if let d = param.defaultValue { try expression(d, scope) }
        }
    }

    private func parameters(_ p: Parameters, _ scope: Scope) throws {
        var names = (p.positionalOnly + p.positional).map { $0.name }
        names += p.keywordOnly.map { $0.name }
        if let v = p.varArgs { names.append(v.name) }
        if let v = p.varKeywords { names.append(v.name) }
        scope.parameters = names
        for n in names { scope.bind(n) }
    }

    private func target(_ e: Expr, _ scope: Scope) throws {
        switch e.kind {
        case .name(let n): scope.bind(n)
        case .tuple(let items), .list(let items): for i in items { try target(i, scope) }
        case .starred(let inner): try target(inner, scope)
        case .attribute(let v, _): try expression(v, scope)
        case .subscript(let v, let i): try expression(v, scope); try expression(i, scope)
        default: try expression(e, scope)
        }
    }

    private func expression(_ e: Expr, _ scope: Scope) throws {
        switch e.kind {
        case .name(let n):
            scope.used.insert(n)
            if n == "super" { scope.usesSuper = true }
        case .constant(let c):
            switch c {
            case .imaginary: throw UnsupportedConstruct(feature: "complex numbers", line: e.start.line)
            default: break
            }
        case .formattedString(let parts): try formatted(parts, scope)
        case .tuple(let items), .list(let items), .set(let items): for i in items { try expression(i, scope) }
        case .dict(let entries):
            for entry in entries {
                switch entry {
                case .pair(let k, let v): try expression(k, scope); try expression(v, scope)
                case .unpack(let m): try expression(m, scope)
                }
            }
        case .starred(let inner): try expression(inner, scope)
        case .attribute(let v, _): try expression(v, scope)
        case .subscript(let v, let i): try expression(v, scope); try expression(i, scope)
        case .slice(let a, let b, let c):
            for x in [a, b, c] { if let x { try expression(x, scope) } }
        case .call(let f, let args):
            try expression(f, scope)
            for a in args {
                switch a {
                case .positional(let x), .unpacked(let x), .keyword(_, let x), .unpackedKeywords(let x):
                    try expression(x, scope)
                }
            }
        case .unary(_, let x): try expression(x, scope)
        case .binary(let a, _, let b): try expression(a, scope); try expression(b, scope)
        case .boolean(_, let xs): for x in xs { try expression(x, scope) }
        case .compare(let a, let cs):
            try expression(a, scope)
            for c in cs { try expression(c.right, scope) }
        case .conditional(let t, let b, let o):
            try expression(t, scope); try expression(b, scope); try expression(o, scope)
        case .lambda(let params, let body):
            try parameterDefaults(params, scope)
            let child = Scope(kind: .function, parent: scope)
            scopes[ScopeKey(line: e.start.line, column: e.start.column, tag: 2)] = child
            scope.children.append(child)
            try parameters(params, child)
            try expression(body, child)
        case .listComprehension(let elt, let gens), .setComprehension(let elt, let gens),
             .generatorExpression(let elt, let gens):
            try comprehension(e, gens, scope) { child in try expression(elt, child) }
        case .dictComprehension(let k, let v, let gens):
            try comprehension(e, gens, scope) { child in
                try expression(k, child)
                try expression(v, child)
            }
        case .namedExpression(let t, let value):
            try expression(value, scope)
            var owner = scope
            while owner.kind == .comprehension, let p = owner.parent {
                if !owner.declaredNonlocal.contains(t) && !owner.declaredGlobal.contains(t) {
                    if p.kind == .module { owner.declaredGlobal.insert(t) } else { owner.declaredNonlocal.insert(t) }
                }
                owner.bind(t)
                owner = p
            }
            owner.bind(t)
        case .yield, .yieldFrom:
            throw UnsupportedConstruct(feature: "yield", line: e.start.line)
        }
    }

    private func comprehension(_ e: Expr, _ gens: [Comprehension], _ scope: Scope,
                                        element: (Scope) throws -> Void) throws {
        guard let first = gens.first else { return }
        try expression(first.iterable, scope)
        let child = Scope(kind: .comprehension, parent: scope)
        scopes[ScopeKey(line: e.start.line, column: e.start.column, tag: 3)] = child
        scope.children.append(child)
        child.parameters = [".0"]
        child.bind(".0")
        for (i, g) in gens.enumerated() {
            if i > 0 { try expression(g.iterable, child) }
            try target(g.target, child)
            for c in g.conditions { try expression(c, child) }
        }
        try element(child)
    }

    private func formatted(_ parts: [FormattedPart], _ scope: Scope) throws {
        for p in parts {
            if case .field(let x, _, let spec) = p {
                try expression(x, scope)
                if let spec { try formatted(spec, scope) }
            }
        }
    }

    // MARK: free variables

    /// Decides cells and free variables: a name a scope uses but does not bind is found in
    /// the nearest enclosing function scope binding it (class scopes are skipped, as in
    /// CPython), which turns it into a cell there and a free variable in between.
    private func resolveFree(_ scope: Scope) {
        for child in scope.children { resolveFree(child) }
        guard scope.kind != .module else { return }
        var wanted = Array(scope.declaredNonlocal)
        for n in scope.used.sorted() where !scope.isLocal(n) && !scope.declaredGlobal.contains(n) {
            wanted.append(n)
        }
        if scope.usesSuper && scope.kind != .classBody { wanted.append("__class__") }
        for n in wanted { resolve(n, from: scope) }
    }

    private func resolve(_ name: String, from scope: Scope) {
        var chain: [Scope] = [scope]
        var cursor = scope.parent
        while let s = cursor {
            if s.kind == .module { return }
            if name == "__class__" && s.kind == .classBody {
                s.addCell(name)
                for c in chain { c.addFree(name) }
                return
            }
            if s.kind != .classBody && s.isLocal(name) {
                s.addCell(name)
                for c in chain { c.addFree(name) }
                return
            }
            if s.kind != .classBody && s.declaredGlobal.contains(name) { return }
            chain.append(s)
            cursor = s.parent
        }
    }
}
