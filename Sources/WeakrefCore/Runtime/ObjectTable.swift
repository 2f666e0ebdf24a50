/// The handle-indexed table of every heap object (slot 0 unused; freed slots hold the
/// runtime's `freed` marker).
///
/// Storage is managed by hand rather than being a Swift `Array` held in a class property:
/// reading an element of such an array retains and releases the array's buffer around
/// every access, and the evaluator reads this table for nearly every operation. Being a
/// plain struct of a pointer and two integers, reading a slot here costs one load.
///
/// Whoever owns the table calls `release()` exactly once (the runtime's `tearDown`/deinit).
/// Iterating (`for o in table`) walks a snapshot, so code that allocates while iterating
/// never sees the storage move under it.
struct ObjectTable: Sequence {
    private var base: UnsafeMutablePointer<PyObject>
    private(set) var count: Int
    private var capacity: Int

    init(first: PyObject, capacity: Int = 1024) {
        self.capacity = Swift.max(capacity, 1)
        base = UnsafeMutablePointer<PyObject>.allocate(capacity: self.capacity)
        base.initialize(to: first)
        count = 1
    }

    subscript(handle: Int) -> PyObject {
        @inline(__always) get {
            precondition(handle >= 0 && handle < count, "heap handle out of range")
            return base[handle]
        }
        @inline(__always) nonmutating set {
            precondition(handle >= 0 && handle < count, "heap handle out of range")
            base[handle] = newValue
        }
    }

    /// The object at `handle` lent to `body` without a retain and release. Only for code
    /// that holds a Python reference to the object (so its slot keeps it) and runs no
    /// Python code, nor anything that could free it, while `body` runs.
    @inline(__always)
    func withUnretained<R>(_ handle: Int, _ body: (PyObject) throws -> R) rethrows -> R {
        precondition(handle >= 0 && handle < count, "heap handle out of range")
        return try UnsafeRawPointer(base + handle).assumingMemoryBound(to: Unmanaged<PyObject>.self)
            .pointee._withUnsafeGuaranteedRef(body)
    }

    mutating func append(_ object: PyObject) {
        if count == capacity {
            let grown = UnsafeMutablePointer<PyObject>.allocate(capacity: capacity * 2)
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
            capacity *= 2
        }
        (base + count).initialize(to: object)
        count += 1
    }

    /// The current storage, valid only until the next `append`.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<PyObject>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// A copy of the slots, safe to walk while objects are made.
    var snapshot: [PyObject] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func makeIterator() -> IndexingIterator<[PyObject]> { snapshot.makeIterator() }

    /// Drops every slot and the storage; the table must not be used afterwards.
    mutating func release() {
        guard capacity > 0 else { return }
        base.deinitialize(count: count)
        base.deallocate()
        count = 0
        capacity = 0
    }
}
