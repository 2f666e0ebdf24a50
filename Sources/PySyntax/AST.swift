/// The abstract syntax tree of the Python subset, shaped after CPython's `Python.asdl`
/// so that anyone who knows `ast.dump` can read it. Every node carries where it starts
/// and where it ends (the end is exclusive), which tracebacks and lint messages use.

/// A whole program.
public struct Module: Sendable, Equatable {
    public var body: [Stmt]
    public init(body: [Stmt]) { self.body = body }
}

// MARK: - Statements

public struct Stmt: Sendable, Equatable {
    public var kind: StmtKind
    public var start: SourceLocation
    public var end: SourceLocation

    public init(_ kind: StmtKind, start: SourceLocation, end: SourceLocation) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

public indirect enum StmtKind: Sendable, Equatable {
    case expression(Expr)
    /// `a = b = value`: every target, left to right, then the value.
    case assign(targets: [Expr], value: Expr)
    case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    /// `x: int = 5`; the annotation is kept but never evaluated by our runtime
    /// beyond what CPython does at module level.
    case annotatedAssign(target: Expr, annotation: Expr, value: Expr?)
    case delete([Expr])
    case pass
    case `break`
    case `continue`
    case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt])
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case global([String])
    case nonlocal([String])
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    /// `raise`, `raise exc`, `raise exc from cause`.
    case raise(exception: Expr?, cause: Expr?)
    case assert(test: Expr, message: Expr?)
    /// `import a.b as c, d`.
    case `import`([ImportAlias])
    /// `from module import a as b, c`; `level` counts leading dots.
    case importFrom(module: String?, names: [ImportAlias], level: Int)
    /// `with a as b, c:`.
    case with(items: [WithItem], body: [Stmt])
}

public struct FunctionDef: Sendable, Equatable {
    public var name: String
    public var parameters: Parameters
    public var body: [Stmt]
    /// Outermost first, as written.
    public var decorators: [Expr]
    public var returns: Expr?

    public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr], returns: Expr?) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.returns = returns
    }
}

public struct ClassDef: Sendable, Equatable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]

    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

/// A `def` or `lambda` signature: `def f(a, /, b, c=1, *args, d, e=2, **kw)`.
public struct Parameters: Sendable, Equatable {
    public var positionalOnly: [Parameter]
    public var positional: [Parameter]
    public var varArgs: Parameter?
    public var keywordOnly: [Parameter]
    public var varKeywords: Parameter?

    public init(
        positionalOnly: [Parameter] = [], positional: [Parameter] = [], varArgs: Parameter? = nil,
        keywordOnly: [Parameter] = [], varKeywords: Parameter? = nil
    ) {
        self.positionalOnly = positionalOnly
        self.positional = positional
        self.varArgs = varArgs
        self.keywordOnly = keywordOnly
        self.varKeywords = varKeywords
    }
}

public struct Parameter: Sendable, Equatable {
    public var name: String
    public var annotation: Expr?
    public var defaultValue: Expr?
    public var start: SourceLocation

    public init(name: String, annotation: Expr? = nil, defaultValue: Expr? = nil, start: SourceLocation) {
        self.name = name
        self.annotation = annotation
        self.defaultValue = defaultValue
        self.start = start
    }
}

public struct ExceptHandler: Sendable, Equatable {
    /// `nil` for a bare `except:`.
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var start: SourceLocation

    public init(type: Expr?, name: String?, body: [Stmt], start: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.start = start
    }
}

public struct ImportAlias: Sendable, Equatable {
    /// Dotted for `import a.b`.
    public var name: String
    public var asName: String?
    public var start: SourceLocation

    public init(name: String, asName: String?, start: SourceLocation) {
        self.name = name
        self.asName = asName
        self.start = start
    }
}

public struct WithItem: Sendable, Equatable {
    public var context: Expr
    public var target: Expr?

    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

// MARK: - Expressions

public struct Expr: Sendable, Equatable {
    public var kind: ExprKind
    public var start: SourceLocation
    public var end: SourceLocation

    public init(_ kind: ExprKind, start: SourceLocation, end: SourceLocation) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

public indirect enum ExprKind: Sendable, Equatable {
    case name(String)
    case constant(Constant)
    /// An f-string (adjacent plain strings already joined into it).
    case formattedString([FormattedPart])
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([DictEntry])
    /// `*xs` in a call, a display or an assignment target.
    case starred(Expr)
    case attribute(Expr, name: String)
    /// `value[index]`; a slice index is an `.slice` expression, `a[1, 2]` a tuple.
    case `subscript`(Expr, index: Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case call(Expr, arguments: [Argument])
    case unary(UnaryOperator, Expr)
    case binary(Expr, BinaryOperator, Expr)
    /// `a and b and c` as one node, as CPython's `BoolOp`.
    case boolean(BooleanOperator, [Expr])
    /// `a < b <= c`: the first operand, then each operator with its right side.
    case compare(Expr, [Comparison])
    case conditional(test: Expr, body: Expr, orElse: Expr)
    case lambda(Parameters, body: Expr)
    case listComprehension(Expr, [Comprehension])
    case setComprehension(Expr, [Comprehension])
    case dictComprehension(key: Expr, value: Expr, [Comprehension])
    case generatorExpression(Expr, [Comprehension])
    /// `(x := value)`.
    case namedExpression(target: String, value: Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
}

public enum Constant: Sendable, Equatable {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer literal too large for `Int`, as decimal digits (no sign, no `_`).
    case bigInt(String)
    case float(Double)
    case imaginary(Double)
    case string(String)
    case bytes([UInt8])
    case ellipsis
}

public enum FormattedPart: Sendable, Equatable {
    case literal(String)
    /// `{value!conversion:spec}`; `conversion` is `s`, `r` or `a`; the spec may hold
    /// nested fields. `f"{x=}"` arrives as a literal `"x="` followed by this, with
    /// conversion `r` when no spec or conversion was given, as CPython does.
    case field(Expr, conversion: Character?, spec: [FormattedPart]?)
}

public enum DictEntry: Sendable, Equatable {
    case pair(key: Expr, value: Expr)
    /// `{**other}`.
    case unpack(Expr)
}

public enum Argument: Sendable, Equatable {
    case positional(Expr)
    /// `f(*xs)`.
    case unpacked(Expr)
    case keyword(String, Expr)
    /// `f(**kw)`.
    case unpackedKeywords(Expr)
}

public struct Keyword: Sendable, Equatable {
    public var name: String
    public var value: Expr
    public init(name: String, value: Expr) {
        self.name = name
        self.value = value
    }
}

public struct Comparison: Sendable, Equatable {
    public var op: ComparisonOperator
    public var right: Expr
    public init(op: ComparisonOperator, right: Expr) {
        self.op = op
        self.right = right
    }
}

public struct Comprehension: Sendable, Equatable {
    public var target: Expr
    public var iterable: Expr
    public var conditions: [Expr]
    public init(target: Expr, iterable: Expr, conditions: [Expr]) {
        self.target = target
        self.iterable = iterable
        self.conditions = conditions
    }
}

public enum UnaryOperator: String, Sendable, Equatable {
    case invert = "~", not = "not", plus = "+", minus = "-"
}

public enum BinaryOperator: String, Sendable, Equatable {
    case add = "+", subtract = "-", multiply = "*", matrixMultiply = "@", divide = "/"
    case modulo = "%", power = "**", leftShift = "<<", rightShift = ">>"
    case bitOr = "|", bitXor = "^", bitAnd = "&", floorDivide = "//"
}

public enum BooleanOperator: String, Sendable, Equatable {
    case and, or
}

public enum ComparisonOperator: String, Sendable, Equatable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">"
    case greaterOrEqual = ">=", `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}
