import CourseModel
import PySyntax

/// What a program's syntax tree uses: imported modules, statements, and the dotted names it
/// calls or mentions, with import aliases resolved (`import weakref as wr` makes `wr.ref(x)`
/// a call of `weakref.ref`; `from gc import collect` makes `collect()` one of `gc.collect`).
struct SourceInventory {
    private(set) var importedModules: Set<String> = []
    private(set) var statements: Set<String> = []
    /// Resolved dotted names of called functions, with the line of each call.
    private(set) var calls: [(name: String, line: Int)] = []
    /// Resolved dotted names mentioned anywhere (every prefix of an attribute chain too).
    private(set) var names: Set<String> = []
    /// Names the program binds itself (definitions, assignments, parameters, imports): a
    /// learner's own `open` is not the built-in.
    private(set) var boundNames: Set<String> = []
    /// Local name -> the dotted name it stands for, from imports.
    private var aliases: [String: String] = [:]

    init(module: Module) {
        // Aliases first, so a use before a later import still resolves (rare; harmless).
        collectImports(module.body)
        visit(module.body)
    }

    func uses(_ construct: RequiredConstruct) -> Bool {
        switch construct.kind {
        case .call: calls.contains { $0.name == construct.value }
        case .statement: statements.contains(construct.value)
        case .import: importedModules.contains(construct.value)
        case .name: names.contains(construct.value)
        }
    }

    // MARK: imports

    /// Names bound by assignment-like targets: `a`, `a, b`, `[a, *b]`.
    private mutating func bind(_ target: Expr) {
        switch target.kind {
        case .name(let name): boundNames.insert(name)
        case .tuple(let items), .list(let items): items.forEach { bind($0) }
        case .starred(let inner): bind(inner)
        default: break
        }
    }

    private mutating func collectImports(_ body: [Stmt]) {
        for statement in body {
            switch statement.kind {
            case .import(let items):
                for item in items {
                    boundNames.insert(item.asName ?? String(item.name.split(separator: ".").first ?? Substring(item.name)))
                    if let asName = item.asName {
                        aliases[asName] = item.name
                    } else {
                        let first = String(item.name.split(separator: ".").first ?? Substring(item.name))
                        aliases[first] = first
                    }
                }
            case .importFrom(let module, let items, _):
                guard let module else { continue }
                for item in items where item.name != "*" {
                    aliases[item.asName ?? item.name] = module + "." + item.name
                    boundNames.insert(item.asName ?? item.name)
                }
            case .if(_, let body, let orElse), .while(_, let body, let orElse):
                collectImports(body); collectImports(orElse)
            case .for(_, _, let body, let orElse):
                collectImports(body); collectImports(orElse)
            case .try(let body, let handlers, let orElse, let finally):
                collectImports(body); collectImports(orElse); collectImports(finally)
                for handler in handlers { collectImports(handler.body) }
            case .with(_, let body):
                collectImports(body)
            case .functionDef(let def):
                collectImports(def.body)
            case .classDef(let def):
                collectImports(def.body)
            default:
                continue
            }
        }
    }

    /// `wr.WeakSet` -> `weakref.WeakSet` when `wr` is an alias; nil for non-dotted expressions.
    private func resolvedName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .name(let name):
            return aliases[name] ?? name
        case .attribute(let base, let attribute):
            return resolvedName(base).map { $0 + "." + attribute }
        default:
            return nil
        }
    }

    // MARK: walking

    private mutating func visit(_ body: [Stmt]) {
        for statement in body { visit(statement) }
    }

    private mutating func visit(_ statement: Stmt) {
        switch statement.kind {
        case .expression(let e):
            visit(e)
        case .assign(let targets, let value):
            targets.forEach { bind($0); visit($0) }; visit(value)
        case .augmentedAssign(let target, _, let value):
            visit(target); visit(value)
        case .annotatedAssign(let target, let annotation, let value):
            visit(target); visit(annotation); if let value { visit(value) }
        case .delete(let targets):
            statements.insert("del"); targets.forEach { visit($0) }
        case .pass:
            statements.insert("pass")
        case .break:
            statements.insert("break")
        case .continue:
            statements.insert("continue")
        case .if(let test, let body, let orElse):
            statements.insert("if"); visit(test); visit(body); visit(orElse)
        case .while(let test, let body, let orElse):
            statements.insert("while"); visit(test); visit(body); visit(orElse)
        case .for(let target, let iterable, let body, let orElse):
            statements.insert("for"); bind(target); visit(target); visit(iterable); visit(body); visit(orElse)
        case .functionDef(let def):
            statements.insert("def")
            boundNames.insert(def.name)
            def.decorators.forEach { visit($0) }
            visit(def.parameters)
            visit(def.body)
        case .classDef(let def):
            statements.insert("class")
            boundNames.insert(def.name)
            def.decorators.forEach { visit($0) }
            def.bases.forEach { visit($0) }
            def.keywords.forEach { visit($0.value) }
            visit(def.body)
        case .return(let value):
            statements.insert("return"); if let value { visit(value) }
        case .global:
            statements.insert("global")
        case .nonlocal:
            statements.insert("nonlocal")
        case .try(let body, let handlers, let orElse, let finally):
            statements.insert("try")
            visit(body)
            for handler in handlers {
                if let type = handler.type { visit(type) }
                visit(handler.body)
            }
            visit(orElse); visit(finally)
        case .raise(let exception, let cause):
            statements.insert("raise")
            if let exception { visit(exception) }
            if let cause { visit(cause) }
        case .assert(let test, let message):
            statements.insert("assert"); visit(test); if let message { visit(message) }
        case .import(let items):
            statements.insert("import")
            for item in items {
                let parts = item.name.split(separator: ".")
                for end in parts.indices { importedModules.insert(parts[...end].joined(separator: ".")) }
            }
        case .importFrom(let module, let items, _):
            statements.insert("import")
            if let module {
                importedModules.insert(module)
                for item in items where item.name != "*" { names.insert(module + "." + item.name) }
            }
        case .with(let items, let body):
            statements.insert("with")
            for item in items {
                visit(item.context)
                if let target = item.target { bind(target); visit(target) }
            }
            visit(body)
        }
    }

    private mutating func visit(_ parameters: Parameters) {
        let all = parameters.positionalOnly + parameters.positional + parameters.keywordOnly
            + [parameters.varArgs, parameters.varKeywords].compactMap { $0 }
        for parameter in all {
            boundNames.insert(parameter.name)
            if let annotation = parameter.annotation { visit(annotation) }
            if let value = parameter.defaultValue { visit(value) }
        }
    }

    private mutating func visit(_ expr: Expr) {
        if let name = resolvedName(expr) {
            // Every prefix: `weakref.WeakValueDictionary` also mentions `weakref`.
            let parts = name.split(separator: ".")
            for end in parts.indices { names.insert(parts[...end].joined(separator: ".")) }
            return
        }
        switch expr.kind {
        case .name, .constant:
            return
        case .formattedString(let parts):
            visit(parts)
        case .tuple(let items), .list(let items), .set(let items):
            items.forEach { visit($0) }
        case .dict(let entries):
            for entry in entries {
                switch entry {
                case .pair(let key, let value): visit(key); visit(value)
                case .unpack(let value): visit(value)
                }
            }
        case .starred(let value):
            visit(value)
        case .attribute(let base, _):
            visit(base)
        case .subscript(let base, let index):
            visit(base); visit(index)
        case .slice(let lower, let upper, let step):
            [lower, upper, step].compactMap { $0 }.forEach { visit($0) }
        case .call(let function, let arguments):
            if let name = resolvedName(function) { calls.append((name, expr.start.line)) }
            visit(function)
            for argument in arguments {
                switch argument {
                case .positional(let e), .unpacked(let e), .keyword(_, let e), .unpackedKeywords(let e): visit(e)
                }
            }
        case .unary(_, let operand):
            visit(operand)
        case .binary(let left, _, let right):
            visit(left); visit(right)
        case .boolean(_, let values):
            values.forEach { visit($0) }
        case .compare(let first, let comparisons):
            visit(first); comparisons.forEach { visit($0.right) }
        case .conditional(let test, let body, let orElse):
            visit(test); visit(body); visit(orElse)
        case .lambda(let parameters, let body):
            statements.insert("lambda"); visit(parameters); visit(body)
        case .listComprehension(let element, let generators), .setComprehension(let element, let generators),
             .generatorExpression(let element, let generators):
            visit(element); visit(generators)
        case .dictComprehension(let key, let value, let generators):
            visit(key); visit(value); visit(generators)
        case .namedExpression(_, let value):
            visit(value)
        case .yield(let value):
            if let value { visit(value) }
        case .yieldFrom(let value):
            visit(value)
        }
    }

    private mutating func visit(_ generators: [Comprehension]) {
        for generator in generators {
            visit(generator.target); visit(generator.iterable); generator.conditions.forEach { visit($0) }
        }
    }

    private mutating func visit(_ parts: [FormattedPart]) {
        for part in parts {
            if case .field(let value, _, let spec) = part {
                visit(value)
                if let spec { visit(spec) }
            }
        }
    }
}
