/// A function made by `def` or `lambda`.
final class PyFunction: PyObject {
    let code: CodeObject
    var name: String
    var qualname: String
    /// Positional defaults, aligned to the last positional parameters. Owned references.
    var defaults: [Value]
    /// Keyword-only defaults by name. Owned references.
    var keywordDefaults: [(String, Value)]
    /// The closure cells (free variables), owned.
    var closure: [PyCell]
    /// The class whose body defined this function (the implicit `__class__` of `super()`).
    /// Strong: a Swift `weak` reference would give every class a side table and make each
    /// retain/release of it take the slow path. The Python lifetime is the heap's, not this.
    var definingClass: PyClass?

    init(code: CodeObject, name: String, qualname: String, defaults: [Value], keywordDefaults: [(String, Value)],
         closure: [PyCell], cls: PyClass?) {
        self.code = code
        self.name = name
        self.qualname = qualname
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        super.init(cls: cls)
    }

    override func references(into out: inout [Value]) {
        super.references(into: &out)
        out += defaults
        out += keywordDefaults.map { $0.1 }
        out += closure.map { .object($0.handle) }
    }
    override func takeReferences() -> [Value] {
        var out = super.takeReferences()
        out += defaults
        out += keywordDefaults.map { $0.1 }
        out += closure.map { .object($0.handle) }
        defaults = []; keywordDefaults = []; closure = []
        return out
    }
}

/// A function written in Swift. Arguments are borrowed; the result is a new reference.
typealias NativeFunction = (Runtime, [Value], [(String, Value)]) throws -> Value

final class PyBuiltin: PyObject {
    let name: String
    /// `list.append`, for messages and reprs.
    let qualname: String
    /// For methods: the type whose method this is (`descriptor 'append' for 'list' objects`).
    let ownerName: String?
    let body: NativeFunction
    init(name: String, qualname: String, ownerName: String?, body: @escaping NativeFunction, cls: PyClass?) {
        self.name = name; self.qualname = qualname; self.ownerName = ownerName; self.body = body
        super.init(cls: cls)
    }
}

/// A function bound to its first argument (`obj.method`).
final class PyBoundMethod: PyObject {
    var function: Value
    var receiver: Value
    init(function: Value, receiver: Value, cls: PyClass?) {
        self.function = function; self.receiver = receiver
        super.init(cls: cls)
    }
    override func references(into out: inout [Value]) { out += [receiver, function] }
    override func takeReferences() -> [Value] {
        defer { function = .none; receiver = .none }
        return [function, receiver]
    }
}

/// A built-in module (`weakref`, `gc`, `sys`): its attributes live in `dict`.
final class PyModule: PyObject {
    let name: String
    init(name: String, cls: PyClass?) { self.name = name; super.init(cls: cls) }
}

/// The locals of a frame an exception passed through, kept alive by its traceback as
/// CPython's frame objects are; released in definition order when the traceback dies.
final class PyFrameRecord: PyObject {
    var locals: [Value]
    init(locals: [Value], cls: PyClass?) { self.locals = locals; super.init(cls: cls) }
    override func references(into out: inout [Value]) { out += locals }
    override func takeReferences() -> [Value] { defer { locals = [] }; return locals }
}
