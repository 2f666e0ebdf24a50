/// The base of every heap object. Its lifetime is decided by `refcount`, kept exactly as
/// CPython keeps `ob_refcnt`; the Swift instance only lives as long as the heap slot holds it.
class PyObject {
    // Stored properties are laid out in declaration order: the small ones come first so
    // they share one word (every object pays for this header).
    var refcount: Int = 1
    var handle: UInt32 = 0
    /// PEP 442: `__del__` has run once (by count or by the collector) and must not run again.
    var finalized = false
    /// Bits a subclass may use (`PyDict.isHiddenInstanceDict`): they sit in the padding
    /// after `finalized`, where they cost no room, while a stored `Bool` of the subclass's
    /// own would make its instances a malloc size class bigger.
    var subclassFlags: UInt8 = 0
    /// The object's class; `nil` only while bootstrapping `type` itself.
    var cls: PyClass?
    /// Weak references to this object in CPython's list order (`get_basic_refs`,
    /// `insert_head`, `insert_after`): the shared callback-less ref and proxy first,
    /// then refs with callbacks, newest first.
    var weakrefs = WeakrefList()
    /// The instance `__dict__` (a heap `PyDict`), for objects that have one.
    var dict: PyDict?
    /// `__slots__` values, in slot order; `nil` where unset.
    var slotValues: [Value?] = []
    /// Allocation order, which is the order of CPython's GC lists.
    var serial = 0

    init(cls: PyClass?) { self.cls = cls }

    /// Every strong reference this object holds, in the order CPython releases them on
    /// death (`tp_dealloc`). Also serves the cycle collector (`tp_traverse`) and why-alive.
    func references(into out: inout [Value]) {
        for v in slotValues { if let v { out.append(v) } }
        if let dict { out.append(.object(dict.handle)) }
    }

    /// Drops every reference (`tp_clear`), returning them for the caller to release in order.
    func takeReferences() -> [Value] {
        var out: [Value] = []
        for v in slotValues { if let v { out.append(v) } }
        slotValues = []
        if let dict { out.append(.object(dict.handle)); self.dict = nil }
        return out
    }

    /// Takes every reference as `takeReferences` does, then hands each to `release` in
    /// the same order; the common kinds do it without building an array (every death
    /// goes through here).
    func dropReferences(_ release: (Value) -> Void) {
        guard type(of: self) == PyObject.self else {
            for v in takeReferences() { release(v) }
            return
        }
        dropOwnReferences(release)
    }

    /// The part of `dropReferences` every kind shares: `__slots__` values, then the
    /// instance dict, taken before any is released.
    final func dropOwnReferences(_ release: (Value) -> Void) {
        let slots = slotValues, instanceDict = dict
        slotValues = []
        dict = nil
        for v in slots { if let v { release(v) } }
        if let instanceDict { release(.object(instanceDict.handle)) }
    }

    /// Approximate bytes charged against the memory limit.
    var chargedBytes: Int { 48 }
}

/// A slot that held an object that has died; never reachable through a live handle.
final class PyFreed: PyObject {}

/// Immortal singletons without payload: `NotImplemented`, `Ellipsis`.
final class PySingleton: PyObject {
    let name: String
    init(name: String, cls: PyClass?) { self.name = name; super.init(cls: cls) }
}

final class PyStr: PyObject {
    /// Immutable as far as Python can tell: only `append(_:)` changes it, and only while no
    /// other reference can observe the object (CPython's in-place `s += t`).
    private(set) var value: String
    private var cachedScalars: [Unicode.Scalar]?
    private var cachedHash: Int?
    private var cachedCount: Int?
    init(_ value: String, cls: PyClass?) { self.value = value; super.init(cls: cls) }
    /// A string whose hash the caller has just computed (`value.hashValue`, -1 mapped to -2).
    init(_ value: String, knownHash: Int, cls: PyClass?) {
        self.value = value
        self.cachedHash = knownHash
        super.init(cls: cls)
    }

    /// Grows the string in place (amortised linear `s += t`, as CPython's
    /// `unicode_concatenate` does for a string only the assigned variable holds).
    /// The caller guarantees nothing else can observe this object.
    func append(_ other: PyStr) {
        let newCount = count + other.count
        value.append(other.value)
        cachedScalars = nil
        cachedHash = nil
        cachedCount = newCount
    }

    var scalars: [Unicode.Scalar] {
        if let cachedScalars { return cachedScalars }
        let s = Array(value.unicodeScalars)
        cachedScalars = s
        return s
    }
    var count: Int {
        if let cachedCount { return cachedCount }
        let n = cachedScalars?.count ?? value.unicodeScalars.count
        cachedCount = n
        return n
    }
    var hashValue: Int {
        if let cachedHash { return cachedHash }
        var h = value.hashValue
        if h == -1 { h = -2 }
        cachedHash = h
        return h
    }
    override var chargedBytes: Int { 48 + value.utf8.count }
}

/// A `bytes` constant (course supports bytes literals, their repr, length, equality,
/// hashing and indexing; not the bytes methods).
final class PyBytes: PyObject {
    let bytes: [UInt8]
    init(_ bytes: [UInt8], cls: PyClass?) { self.bytes = bytes; super.init(cls: cls) }
    override var chargedBytes: Int { 33 + bytes.count }
}

final class PyList: PyObject {
    var items: [Value]
    init(_ items: [Value], cls: PyClass?) { self.items = items; super.init(cls: cls) }
    override func references(into out: inout [Value]) {
        super.references(into: &out)
        out.append(contentsOf: items.reversed())
    }
    /// CPython: `list_dealloc` releases items last to first.
    override func takeReferences() -> [Value] {
        var out = super.takeReferences()
        out.append(contentsOf: items.reversed())
        items = []
        return out
    }
    override func dropReferences(_ release: (Value) -> Void) {
        // Everything is taken before anything is released.
        let held = items
        items = []
        dropOwnReferences(release)
        for v in held.reversed() { release(v) }
    }
    override var chargedBytes: Int { 56 + 8 * items.count }
}

final class PyTuple: PyObject {
    var items: [Value]
    init(_ items: [Value], cls: PyClass?) { self.items = items; super.init(cls: cls) }
    override func references(into out: inout [Value]) { out.append(contentsOf: items.reversed()) }
    /// CPython: `tupledealloc` releases items last to first.
    override func takeReferences() -> [Value] {
        let out = Array(items.reversed())
        items = []
        return out
    }
    override func dropReferences(_ release: (Value) -> Void) {
        let held = items
        items = []
        for v in held.reversed() { release(v) }
    }
    override var chargedBytes: Int { 40 + 8 * items.count }
}

/// A closure cell (`PyCellObject`).
final class PyCell: PyObject {
    var value: Value?
    init(_ value: Value?, cls: PyClass?) { self.value = value; super.init(cls: cls) }
    override func references(into out: inout [Value]) { if let value { out.append(value) } }
    override func takeReferences() -> [Value] {
        defer { value = nil }
        return value.map { [$0] } ?? []
    }
}

final class PyRange: PyObject {
    let start: Int, stop: Int, step: Int
    init(start: Int, stop: Int, step: Int, cls: PyClass?) {
        self.start = start; self.stop = stop; self.step = step
        super.init(cls: cls)
    }
    /// Overflow-safe length (clamped to `Int.max`).
    var count: Int {
        if step > 0 {
            guard start < stop else { return 0 }
            let distance = UInt(bitPattern: stop &- start)
            return Int(clamping: (distance - 1) / UInt(step) + 1)
        }
        guard start > stop else { return 0 }
        let distance = UInt(bitPattern: start &- stop)
        return Int(clamping: (distance - 1) / step.magnitude + 1)
    }
}

final class PySlice: PyObject {
    let lower: Value, upper: Value, step: Value
    init(lower: Value, upper: Value, step: Value, cls: PyClass?) {
        self.lower = lower; self.upper = upper; self.step = step
        super.init(cls: cls)
    }
    override func references(into out: inout [Value]) { out += [lower, upper, step] }
    override func takeReferences() -> [Value] { [lower, upper, step] }
}
