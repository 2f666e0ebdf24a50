/// The built-in layout an instance of a class has: a user class inherits the layout of its
/// built-in base (`class Stack(list)` instances are lists with a `__dict__`).
enum Layout: Equatable {
    case object, int, float, bool, str, tuple, list, dict, set, frozenset, exception
    case type, function, weakref, other
}

/// A class: built-in (`int`, `list`, `ValueError`) or made by a `class` statement.
final class PyClass: PyObject {
    var name: String
    var qualname: String
    var module: String
    var bases: [PyClass]
    var mro: [PyClass] = []
    /// The class namespace (`__dict__`).
    let namespace: PyDict
    var layout: Layout
    let isBuiltin: Bool
    /// Names declared in `__slots__`, in order (inherited slots first); nil without `__slots__`.
    var slotNames: [String] = []
    /// Instances carry a `__dict__`.
    var instancesHaveDict: Bool
    /// Instances accept weak references (`tp_weaklistoffset != 0`).
    var weakrefable: Bool
    /// Names found along the MRO; valid while `lookupEpoch` is the runtime's `classEpoch`.
    var lookupCache: [String: Value?] = [:] {
        didSet { if lookupCache.isEmpty && !recentLookups.isEmpty { recentLookups = [] } }
    }
    /// The first few names looked up, checked before `lookupCache`: comparing short names
    /// (Swift small strings) is much cheaper than hashing them. Emptied with `lookupCache`.
    var recentLookups: [(name: String, value: Value?)] = []
    var lookupEpoch = 0
    /// The special methods every creation and death asks for, looked up once per epoch.
    var specialMethods = SpecialMethods()
    /// How many attributes instances of this class have grown to: the room a new instance
    /// dict starts with (as CPython's shared-key instance dicts learn their size from the
    /// class), so that neither a one-attribute object pays for three nor a five-attribute
    /// object regrows.
    var instanceAttributeCount = 1
    /// A built-in type's constructor (`int(x)`, `weakref.ref(o)`).
    var builtinConstructor: NativeFunction?
    /// A user class refers to itself (CPython: through `__mro__`), so it lives in a
    /// cycle and only the collector frees it.
    var holdsSelf = false
    /// The other references CPython's type object holds, counted so `sys.getrefcount`
    /// agrees: ancestors in `__mro__`, `tp_base`, and itself from the `__dict__` and
    /// `__weakref__` descriptors it introduces.
    var extraReferences: [Value] = []

    init(name: String, qualname: String, module: String, bases: [PyClass], namespace: PyDict, layout: Layout,
         isBuiltin: Bool, cls: PyClass?) {
        self.name = name
        self.qualname = qualname
        self.module = module
        self.bases = bases
        self.namespace = namespace
        self.layout = layout
        self.isBuiltin = isBuiltin
        self.instancesHaveDict = !isBuiltin
        self.weakrefable = !isBuiltin
        super.init(cls: cls)
    }

    func isSubclass(of other: PyClass) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    /// The first class of the MRO that is built in: decides the instance layout.
    var builtinBase: PyClass { mro.first { $0.isBuiltin } ?? self }

    override func references(into out: inout [Value]) {
        super.references(into: &out)
        out.append(.object(namespace.handle))
        for b in bases { out.append(.object(b.handle)) }
        if holdsSelf { out.append(.object(handle)) }
        out += extraReferences
    }
    override func takeReferences() -> [Value] {
        var out = super.takeReferences()
        out.append(.object(namespace.handle))
        out.append(contentsOf: bases.map { .object($0.handle) })
        if holdsSelf { out.append(.object(handle)); holdsSelf = false }
        out += extraReferences
        extraReferences = []
        bases = []
        mro = []
        return out
    }
}

/// `property(fget, fset, fdel)`.
final class PyProperty: PyObject {
    var getter: Value, setter: Value, deleter: Value
    init(getter: Value, setter: Value, deleter: Value, cls: PyClass?) {
        self.getter = getter; self.setter = setter; self.deleter = deleter
        super.init(cls: cls)
    }
    override func references(into out: inout [Value]) { out += [getter, setter, deleter] }
    override func takeReferences() -> [Value] {
        defer { getter = .none; setter = .none; deleter = .none }
        return [getter, setter, deleter]
    }
}

/// `staticmethod(f)` and `classmethod(f)`.
final class PyMethodWrapper: PyObject {
    enum Kind { case staticMethod, classMethod }
    let kind: Kind
    var function: Value
    init(kind: Kind, function: Value, cls: PyClass?) {
        self.kind = kind; self.function = function
        super.init(cls: cls)
    }
    override func references(into out: inout [Value]) { out.append(function) }
    override func takeReferences() -> [Value] { defer { function = .none }; return [function] }
}

/// `super(cls, obj)`.
final class PySuper: PyObject {
    let startAfter: PyClass
    var object: Value
    let objectType: PyClass
    init(startAfter: PyClass, object: Value, objectType: PyClass, cls: PyClass?) {
        self.startAfter = startAfter; self.object = object; self.objectType = objectType
        super.init(cls: cls)
    }
    override func references(into out: inout [Value]) { out.append(object) }
    override func takeReferences() -> [Value] { defer { object = .none }; return [object] }
}

/// A user class's `__new__`, `__init__` and `__del__` as `lookup` finds them (nil: none
/// along the MRO), valid while `epoch` is the runtime's `classEpoch`.
struct SpecialMethods {
    var epoch = -1
    var new: Value?
    var initializer: Value?
    var finalizer: Value?
    /// `__new__` is a Python function (not `object.__new__` or another built-in).
    var newIsPython = false
    /// `__init__` is `object.__init__`.
    var initIsObjectInit = false
}
