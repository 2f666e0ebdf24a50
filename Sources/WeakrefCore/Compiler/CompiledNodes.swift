import PySyntax

/// The program after scope analysis: the AST with every name resolved to a local slot, a
/// cell, a global slot or a class-namespace entry, so the evaluator never looks a local up
/// by string. The evaluator walks this form; a bytecode back end can replace it later
/// without touching the object model.
final class CodeObject {
    enum Kind { case module, function, lambda, comprehension, classBody }
    let kind: Kind
    let name: String
    let qualname: String
    let firstLine: Int
    /// Local slot names: parameters first, in CPython's `co_varnames` order.
    var localNames: [String] = []
    var parameters = ParameterSpec()
    /// Cells this frame creates (locals captured by inner scopes), then free variables
    /// received from the closure: `cells = cellNames + freeNames`.
    var cellNames: [String] = []
    var freeNames: [String] = []
    /// For each cell variable that is also a parameter, the parameter's local slot.
    var cellParameterSlots: [Int?] = []
    var body: [CStmt] = []
    /// A `def`'s or class body's docstring (`__doc__`): an immortal str, or None.
    var docstring: Value = .none
    /// For a generator expression: its clauses, run lazily by `PyGenerator`.
    var generatorPlan: GeneratorPlan?
    /// The module whose globals this code's global slots index. A `let`, so reading it
    /// through a frame's code costs no retain (global loads are hot).
    let module: ModuleGlobals
    /// The expression body of a lambda or the element producer of a comprehension lives in `body`.

    /// The number of positional parameters when a call may bind plain positional arguments
    /// straight into the first local slots: a function or lambda with neither keyword-only
    /// parameters, `*args` nor `**kwargs` that is no generator (cells and free variables are
    /// set up by `runFrame` afterwards, as for any call). `nil` otherwise. Worked out on
    /// first use, after the compiler has finished filling this object in.
    lazy var plainPositionalCount: Int? = {
        guard kind == .function || kind == .lambda, parameters.keywordOnly.isEmpty,
              parameters.varArgs == nil, parameters.varKeywords == nil, generatorPlan == nil else { return nil }
        return parameters.positional.count
    }()

    init(kind: Kind, name: String, qualname: String, firstLine: Int, module: ModuleGlobals) {
        self.module = module
        self.kind = kind
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
    }
}

struct ParameterSpec {
    var positionalOnlyCount = 0
    /// Every positional parameter name (positional-only included), slots 0..<count.
    var positional: [String] = []
    var keywordOnly: [String] = []
    var varArgs: String?
    var varKeywords: String?
    var requiredPositional = 0
    var slotCount: Int { positional.count + keywordOnly.count + (varArgs == nil ? 0 : 1) + (varKeywords == nil ? 0 : 1) }
}

/// An attribute name at one place in the program (`obj.name`), resolved once by the
/// compiler: the interned `str` that keys instance dicts, its hash, and the index of the
/// site's inline cache (`Runtime.attributeSites`), so a hot `obj.name` neither hashes
/// the name again nor walks the class's MRO.
struct AttributeName {
    let text: String
    /// The interned (immortal) `str` object for `text`.
    let key: UInt32
    /// `hash(text)` as `PyStr.hashValue` computes it.
    let hash: Int
    let site: Int
}

/// Where a name lives, decided at compile time.
enum NameSlot {
    case fast(Int)
    case cell(Int)
    case global(Int)
    /// Class body: the class namespace, falling back to globals and builtins.
    /// (The name is the module's global name at that slot: `module.names.names[global]`,
    /// so this enum stays trivially copyable.)
    case classNamespace(global: Int)
}

/// An expression. A class for the same reason as `CStmt`: `kind` is read borrowed from
/// the immutable node, and argument lists are walked unretained (`forEachUnretained`).
final class CExpr {
    let kind: CExprKind
    let line: Int
    /// The operands of the hot kinds (binary, attribute), also kept here unretained (the
    /// payload owns them): Swift retains a node bound out of an enum payload around every
    /// use, while one lent from an unmanaged reference (`withOperand`) costs nothing.
    private let first: Unmanaged<CExpr>?
    private let second: Unmanaged<CExpr>?
    init(kind: CExprKind, line: Int) {
        self.kind = kind
        self.line = line
        switch kind {
        case .binary(let a, _, let b): (first, second) = (.passUnretained(a), .passUnretained(b))
        case .attribute(let a, _): (first, second) = (.passUnretained(a), nil)
        default: (first, second) = (nil, nil)
        }
    }

    /// Lends the first operand of a binary operation or attribute read.
    @inline(__always)
    func withFirstOperand<R>(_ body: (CExpr) throws -> R) rethrows -> R {
        try first.unsafelyUnwrapped._withUnsafeGuaranteedRef(body)
    }

    /// Lends the second operand of a binary operation.
    @inline(__always)
    func withSecondOperand<R>(_ body: (CExpr) throws -> R) rethrows -> R {
        try second.unsafelyUnwrapped._withUnsafeGuaranteedRef(body)
    }
}

extension Array where Element == CExpr {
    /// Hands each node to `body` without retaining it: the array (part of a code object's
    /// immutable tree, which the running frame keeps) holds every node for the whole walk.
    @inline(__always)
    func forEachUnretained(_ body: (CExpr) throws -> Void) rethrows {
        try withUnsafeBufferPointer { nodes in
            guard let first = nodes.baseAddress else { return }
            try UnsafeRawPointer(first).withMemoryRebound(to: Unmanaged<CExpr>.self, capacity: nodes.count) { refs in
                for i in 0..<nodes.count { try refs[i]._withUnsafeGuaranteedRef(body) }
            }
        }
    }
}

indirect enum CExprKind {
    case constant(Value)
    case load(NameSlot, String)
    case tuple([CExpr])
    case list([CExpr])
    case set([CExpr])
    /// `nil` key: `**mapping`.
    case dict([(CExpr?, CExpr)])
    case starred(CExpr)
    case attribute(CExpr, AttributeName)
    case `subscript`(CExpr, CExpr)
    case slice(CExpr?, CExpr?, CExpr?)
    case call(CExpr, [CArgument])
    /// A call whose arguments are all plain positional ones (`f(a, b)`), the common case,
    /// which may bind them straight into the callee's frame.
    case positionalCall(CExpr, [CExpr])
    case unary(UnaryOperator, CExpr)
    case binary(CExpr, BinaryOperator, CExpr)
    case and([CExpr])
    case or([CExpr])
    case compare(CExpr, [(ComparisonOperator, CExpr)])
    case conditional(CExpr, CExpr, CExpr)
    case function(FunctionTemplate)
    /// A comprehension: a nested code object called with the iterator of `iterable`.
    case comprehension(ComprehensionKind, FunctionTemplate, iterable: CExpr)
    case formatted([CFormattedPart])
    case namedExpression(CTarget, CExpr)
}

enum ComprehensionKind { case list, set, dict, generator }

enum CArgument {
    case positional(CExpr)
    case unpacked(CExpr)
    case keyword(String, CExpr)
    case unpackedKeywords(CExpr)
}

indirect enum CFormattedPart {
    case literal(String)
    case field(CExpr, conversion: Character?, spec: [CFormattedPart]?)
}

indirect enum CTarget {
    case name(NameSlot, String)
    case attribute(CExpr, AttributeName)
    case `subscript`(CExpr, CExpr)
    /// `a, *b, c = ...`: the index of the starred target, if any.
    case unpack([CTarget], starIndex: Int?)
}

/// A generator expression as resumable steps: each clause's target, iterable (the first
/// comes in as `.0`) and conditions, then the element.
final class GeneratorPlan {
    struct Clause {
        let target: CTarget
        let iterable: CExpr?
        let conditions: [CExpr]
    }
    let clauses: [Clause]
    let element: CExpr
    init(clauses: [Clause], element: CExpr) {
        self.clauses = clauses
        self.element = element
    }
}

/// What `def`/`lambda`/a comprehension evaluates to at run time.
final class FunctionTemplate {
    let code: CodeObject
    let defaults: [CExpr]
    let keywordDefaults: [(String, CExpr)]
    /// For each free variable of `code`, the index of the cell in the defining frame.
    let closure: [Int]
    init(code: CodeObject, defaults: [CExpr], keywordDefaults: [(String, CExpr)], closure: [Int]) {
        self.code = code
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
    }
}

final class ClassTemplate {
    let name: String
    let qualname: String
    let bases: [CArgument]
    let body: FunctionTemplate
    init(name: String, qualname: String, bases: [CArgument], body: FunctionTemplate) {
        self.name = name
        self.qualname = qualname
        self.bases = bases
        self.body = body
    }
}

struct CHandler {
    let type: CExpr?
    let name: CTarget?
    let body: [CStmt]
    let line: Int
}

/// A statement. A class, not a struct: the evaluator walks a body's statements unretained
/// (`Runtime.exec(_:_:)` over `[CStmt]`), and reads `kind` borrowed from the immutable node;
/// a struct element would be copied, retaining its payload, for every statement run.
final class CStmt {
    let kind: CStmtKind
    let line: Int
    init(kind: CStmtKind, line: Int) {
        self.kind = kind
        self.line = line
    }
}

indirect enum CStmtKind {
    case expression(CExpr)
    case assign([CTarget], CExpr)
    case augmentedAssign(CTarget, BinaryOperator, CExpr)
    case delete([CTarget])
    case pass
    case breakLoop
    case continueLoop
    case ifElse(CExpr, [CStmt], [CStmt])
    case whileLoop(CExpr, [CStmt], [CStmt])
    case forLoop(CTarget, CExpr, [CStmt], [CStmt])
    case functionDef(FunctionTemplate, decorators: [CExpr], target: CTarget)
    case classDef(ClassTemplate, decorators: [CExpr], target: CTarget)
    case returnValue(CExpr?)
    case tryExcept([CStmt], [CHandler], orElse: [CStmt], finally: [CStmt])
    case raise(CExpr?, cause: CExpr?)
    case assert(CExpr, CExpr?)
    /// `import m as t` (`module` is the dotted name; the target gets the top package).
    case importModule(String, CTarget, bindsTop: Bool)
    case importFrom(String, [(String, CTarget)])
    case with([(CExpr, CTarget?)], [CStmt])
    /// The innermost step of a comprehension: add the element (or key and value) to the result.
    case comprehensionAppend([CExpr])
}
