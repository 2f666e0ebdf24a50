/// Prints a `Module` exactly as CPython 3.11's `ast.dump(tree)` does (or, with
/// `includeAttributes`, `ast.dump(tree, include_attributes=True)` restricted to statements
/// and expressions), so the parser can be tested against `python3` itself.
///
/// Positions print as our scalar columns; they equal CPython's UTF-8 byte offsets for
/// ASCII sources only. Nodes inside an f-string print no positions (CPython 3.11 gives
/// them the whole string's, which we do not keep), nor does the `Starred` of `f(*xs)`.
public enum ASTDump {
    public static func dump(_ module: Module, includeAttributes: Bool = false) -> String {
        var printer = DumpPrinter(includeAttributes: includeAttributes)
        printer.out = "Module(body="
        printer.statements(module.body)
        printer.out += ", type_ignores=[])"
        return printer.out
    }
}

struct DumpPrinter {
    enum Context: String { case load = "Load", store = "Store", delete = "Del" }

    let includeAttributes: Bool
    var out = ""
    /// Inside an f-string, literal parts and fields carry no positions.
    var insideFormattedString = false

    init(includeAttributes: Bool) { self.includeAttributes = includeAttributes }

    // MARK: - Building blocks

    mutating func list<T>(_ items: [T], _ each: (inout DumpPrinter, T) -> Void) {
        out += "["
        for (index, item) in items.enumerated() {
            if index > 0 { out += ", " }
            each(&self, item)
        }
        out += "]"
    }

    mutating func statements(_ body: [Stmt]) { list(body) { $0.statement($1) } }

    mutating func expressions(_ items: [Expr], _ context: Context = .load) {
        list(items) { $0.expression($1, context) }
    }

    mutating func positions(_ start: SourceLocation, _ end: SourceLocation) {
        guard includeAttributes && !insideFormattedString else { return }
        if !out.hasSuffix("(") { out += ", " }
        out += "lineno=\(start.line), col_offset=\(start.column), end_lineno=\(end.line), end_col_offset=\(end.column)"
    }

    mutating func optional(_ name: String, _ value: Expr?, _ context: Context = .load) {
        guard let value else { return }
        out += ", \(name)="
        expression(value, context)
    }

    // MARK: - Statements

    mutating func statement(_ stmt: Stmt) {
        switch stmt.kind {
        case .expression(let value):
            out += "Expr(value="
            expression(value)
        case .assign(let targets, let value):
            out += "Assign(targets="
            expressions(targets, .store)
            out += ", value="
            expression(value)
        case .augmentedAssign(let target, let op, let value):
            out += "AugAssign(target="
            expression(target, .store)
            out += ", op=\(Self.name(of: op))(), value="
            expression(value)
        case .annotatedAssign(let target, let annotation, let value):
            out += "AnnAssign(target="
            expression(target, .store)
            out += ", annotation="
            expression(annotation)
            optional("value", value)
            // CPython's `simple`: a plain name, not in parentheses (then the statement would
            // start at the parenthesis, before the name).
            if case .name = target.kind, target.start == stmt.start { out += ", simple=1" } else { out += ", simple=0" }
        case .delete(let targets):
            out += "Delete(targets="
            expressions(targets, .delete)
        case .pass: out += "Pass("
        case .break: out += "Break("
        case .continue: out += "Continue("
        case .if(let test, let body, let orElse):
            out += "If(test="
            expression(test)
            bodyAndElse(body, orElse)
        case .while(let test, let body, let orElse):
            out += "While(test="
            expression(test)
            bodyAndElse(body, orElse)
        case .for(let target, let iterable, let body, let orElse):
            out += "For(target="
            expression(target, .store)
            out += ", iter="
            expression(iterable)
            bodyAndElse(body, orElse)
        case .functionDef(let definition):
            out += "FunctionDef(name='\(definition.name)', args="
            arguments(definition.parameters)
            out += ", body="
            statements(definition.body)
            out += ", decorator_list="
            expressions(definition.decorators)
            optional("returns", definition.returns)
        case .classDef(let definition):
            out += "ClassDef(name='\(definition.name)', bases="
            expressions(definition.bases)
            out += ", keywords="
            list(definition.keywords) { printer, keyword in
                printer.out += "keyword(arg='\(keyword.name)', value="
                printer.expression(keyword.value)
                printer.out += ")"
            }
            out += ", body="
            statements(definition.body)
            out += ", decorator_list="
            expressions(definition.decorators)
        case .return(let value):
            out += "Return("
            if let value {
                out += "value="
                expression(value)
            }
        case .global(let names):
            out += "Global(names=\(Self.stringList(names))"
        case .nonlocal(let names):
            out += "Nonlocal(names=\(Self.stringList(names))"
        case .try(let body, let handlers, let orElse, let finally):
            out += "Try(body="
            statements(body)
            out += ", handlers="
            list(handlers) { $0.handler($1) }
            out += ", orelse="
            statements(orElse)
            out += ", finalbody="
            statements(finally)
        case .raise(let exception, let cause):
            out += "Raise("
            if let exception {
                out += "exc="
                expression(exception)
                optional("cause", cause)
            } else if let cause {
                out += "cause="
                expression(cause)
            }
        case .assert(let test, let message):
            out += "Assert(test="
            expression(test)
            optional("msg", message)
        case .import(let names):
            out += "Import(names="
            list(names) { $0.alias($1) }
        case .importFrom(let module, let names, let level):
            out += "ImportFrom("
            if let module { out += "module=\(PythonRepr.string(module)), " }
            out += "names="
            list(names) { $0.alias($1) }
            out += ", level=\(level)"
        case .with(let items, let body):
            out += "With(items="
            list(items) { printer, item in
                printer.out += "withitem(context_expr="
                printer.expression(item.context)
                printer.optional("optional_vars", item.target, .store)
                printer.out += ")"
            }
            out += ", body="
            statements(body)
        }
        positions(stmt.start, stmt.end)
        out += ")"
    }

    mutating func bodyAndElse(_ body: [Stmt], _ orElse: [Stmt]) {
        out += ", body="
        statements(body)
        out += ", orelse="
        statements(orElse)
    }

    mutating func handler(_ handler: ExceptHandler) {
        out += "ExceptHandler("
        var separator = ""
        if let type = handler.type {
            out += "type="
            expression(type)
            separator = ", "
        }
        if let name = handler.name {
            out += "\(separator)name=\(PythonRepr.string(name))"
            separator = ", "
        }
        out += "\(separator)body="
        statements(handler.body)
        out += ")"
    }

    mutating func alias(_ alias: ImportAlias) {
        out += "alias(name=\(PythonRepr.string(alias.name))"
        if let asName = alias.asName { out += ", asname=\(PythonRepr.string(asName))" }
        out += ")"
    }

    mutating func arguments(_ parameters: Parameters) {
        out += "arguments(posonlyargs="
        list(parameters.positionalOnly) { $0.parameter($1) }
        out += ", args="
        list(parameters.positional) { $0.parameter($1) }
        if let varArgs = parameters.varArgs {
            out += ", vararg="
            parameter(varArgs)
        }
        out += ", kwonlyargs="
        list(parameters.keywordOnly) { $0.parameter($1) }
        out += ", kw_defaults="
        list(parameters.keywordOnly) { printer, parameter in
            if let value = parameter.defaultValue { printer.expression(value) } else { printer.out += "None" }
        }
        if let varKeywords = parameters.varKeywords {
            out += ", kwarg="
            parameter(varKeywords)
        }
        out += ", defaults="
        expressions((parameters.positionalOnly + parameters.positional).compactMap(\.defaultValue))
        out += ")"
    }

    mutating func parameter(_ parameter: Parameter) {
        out += "arg(arg='\(parameter.name)'"
        optional("annotation", parameter.annotation)
        out += ")"
    }

    // MARK: - Expressions

    mutating func expression(_ expr: Expr, _ context: Context = .load) {
        switch expr.kind {
        case .name(let id):
            out += "Name(id='\(id)', ctx=\(context.rawValue)()"
        case .constant(let value):
            out += "Constant(value=\(PythonRepr.constant(value))"
        case .formattedString(let parts):
            out += "JoinedStr(values="
            positionsThenParts(expr, parts)
            return
        case .tuple(let items):
            out += "Tuple(elts="
            expressions(items, context)
            out += ", ctx=\(context.rawValue)()"
        case .list(let items):
            out += "List(elts="
            expressions(items, context)
            out += ", ctx=\(context.rawValue)()"
        case .set(let items):
            out += "Set(elts="
            expressions(items)
        case .dict(let entries):
            out += "Dict(keys="
            list(entries) { printer, entry in
                if case .pair(let key, _) = entry { printer.expression(key) } else { printer.out += "None" }
            }
            out += ", values="
            list(entries) { printer, entry in
                switch entry {
                case .pair(_, let value), .unpack(let value): printer.expression(value)
                }
            }
        case .starred(let value):
            out += "Starred(value="
            expression(value, context)
            out += ", ctx=\(context.rawValue)()"
        case .attribute(let value, let name):
            out += "Attribute(value="
            expression(value)
            out += ", attr='\(name)', ctx=\(context.rawValue)()"
        case .subscript(let value, let index):
            out += "Subscript(value="
            expression(value)
            out += ", slice="
            expression(index)
            out += ", ctx=\(context.rawValue)()"
        case .slice(let lower, let upper, let step):
            out += "Slice("
            var fields: [(String, Expr)] = []
            if let lower { fields.append(("lower", lower)) }
            if let upper { fields.append(("upper", upper)) }
            if let step { fields.append(("step", step)) }
            for (index, field) in fields.enumerated() {
                out += index == 0 ? "\(field.0)=" : ", \(field.0)="
                expression(field.1)
            }
        case .call(let function, let arguments):
            out += "Call(func="
            expression(function)
            out += ", args="
            let positional = arguments.filter {
                if case .positional = $0 { return true }
                if case .unpacked = $0 { return true }
                return false
            }
            list(positional) { printer, argument in
                switch argument {
                case .positional(let value): printer.expression(value)
                case .unpacked(let value):
                    // Our AST keeps no position for the `*` of `f(*xs)`: print the Starred without one.
                    printer.out += "Starred(value="
                    printer.expression(value)
                    printer.out += ", ctx=Load())"
                default: break
                }
            }
            out += ", keywords="
            let keywords = arguments.filter {
                if case .keyword = $0 { return true }
                if case .unpackedKeywords = $0 { return true }
                return false
            }
            list(keywords) { printer, argument in
                switch argument {
                case .keyword(let name, let value):
                    printer.out += "keyword(arg='\(name)', value="
                    printer.expression(value)
                case .unpackedKeywords(let value):
                    printer.out += "keyword(value="
                    printer.expression(value)
                default: break
                }
                printer.out += ")"
            }
        case .unary(let op, let operand):
            out += "UnaryOp(op=\(Self.name(of: op))(), operand="
            expression(operand)
        case .binary(let left, let op, let right):
            out += "BinOp(left="
            expression(left)
            out += ", op=\(Self.name(of: op))(), right="
            expression(right)
        case .boolean(let op, let values):
            out += "BoolOp(op=\(op == .and ? "And" : "Or")(), values="
            expressions(values)
        case .compare(let left, let comparisons):
            out += "Compare(left="
            expression(left)
            out += ", ops=["
            out += comparisons.map { Self.name(of: $0.op) + "()" }.joined(separator: ", ")
            out += "], comparators="
            expressions(comparisons.map(\.right))
        case .conditional(let test, let body, let orElse):
            out += "IfExp(test="
            expression(test)
            out += ", body="
            expression(body)
            out += ", orelse="
            expression(orElse)
        case .lambda(let parameters, let body):
            out += "Lambda(args="
            arguments(parameters)
            out += ", body="
            expression(body)
        case .listComprehension(let element, let generators):
            out += "ListComp(elt="
            expression(element)
            comprehensions(generators)
        case .setComprehension(let element, let generators):
            out += "SetComp(elt="
            expression(element)
            comprehensions(generators)
        case .generatorExpression(let element, let generators):
            out += "GeneratorExp(elt="
            expression(element)
            comprehensions(generators)
        case .dictComprehension(let key, let value, let generators):
            out += "DictComp(key="
            expression(key)
            out += ", value="
            expression(value)
            comprehensions(generators)
        case .namedExpression(let target, let value):
            out += "NamedExpr(target=Name(id='\(target)', ctx=Store()"
            positions(expr.start, SourceLocation(line: expr.start.line,
                                                 column: expr.start.column + target.unicodeScalars.count))
            out += "), value="
            expression(value)
        case .yield(let value):
            out += "Yield("
            if let value {
                out += "value="
                expression(value)
            }
        case .yieldFrom(let value):
            out += "YieldFrom(value="
            expression(value)
        }
        positions(expr.start, expr.end)
        out += ")"
    }

    mutating func positionsThenParts(_ expr: Expr, _ parts: [FormattedPart]) {
        let wasInside = insideFormattedString
        insideFormattedString = true
        formattedParts(parts)
        insideFormattedString = wasInside
        positions(expr.start, expr.end)
        out += ")"
    }

    mutating func formattedParts(_ parts: [FormattedPart]) {
        list(parts) { printer, part in
            switch part {
            case .literal(let text):
                printer.out += "Constant(value=\(PythonRepr.string(text)))"
            case .field(let value, let conversion, let spec):
                printer.out += "FormattedValue(value="
                printer.insideFormattedString = false
                printer.expression(value)
                printer.insideFormattedString = true
                let code = conversion.flatMap { $0.unicodeScalars.first.map { Int($0.value) } } ?? -1
                printer.out += ", conversion=\(code)"
                if let spec {
                    printer.out += ", format_spec=JoinedStr(values="
                    printer.formattedParts(spec)
                    printer.out += ")"
                }
                printer.out += ")"
            }
        }
    }

    mutating func comprehensions(_ generators: [Comprehension]) {
        out += ", generators="
        list(generators) { printer, generator in
            printer.out += "comprehension(target="
            printer.expression(generator.target, .store)
            printer.out += ", iter="
            printer.expression(generator.iterable)
            printer.out += ", ifs="
            printer.expressions(generator.conditions)
            printer.out += ", is_async=0)"
        }
    }

    // MARK: - Names of operators

    static func stringList(_ names: [String]) -> String {
        "[" + names.map { PythonRepr.string($0) }.joined(separator: ", ") + "]"
    }

    static func name(of op: BinaryOperator) -> String {
        switch op {
        case .add: "Add"
        case .subtract: "Sub"
        case .multiply: "Mult"
        case .matrixMultiply: "MatMult"
        case .divide: "Div"
        case .modulo: "Mod"
        case .power: "Pow"
        case .leftShift: "LShift"
        case .rightShift: "RShift"
        case .bitOr: "BitOr"
        case .bitXor: "BitXor"
        case .bitAnd: "BitAnd"
        case .floorDivide: "FloorDiv"
        }
    }

    static func name(of op: UnaryOperator) -> String {
        switch op {
        case .invert: "Invert"
        case .not: "Not"
        case .plus: "UAdd"
        case .minus: "USub"
        }
    }

    static func name(of op: ComparisonOperator) -> String {
        switch op {
        case .equal: "Eq"
        case .notEqual: "NotEq"
        case .less: "Lt"
        case .lessOrEqual: "LtE"
        case .greater: "Gt"
        case .greaterOrEqual: "GtE"
        case .is: "Is"
        case .isNot: "IsNot"
        case .in: "In"
        case .notIn: "NotIn"
        }
    }
}
