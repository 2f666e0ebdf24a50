/// A run of `Value?` slots in storage managed by hand: a frame's locals, a module's globals.
///
/// Like `ObjectTable`, and for the same reason: these are read and written on nearly every
/// statement, and a Swift `Array` kept in a class property pays a retain, a release and a
/// uniqueness check of its buffer around each access. `Value?` is trivially copyable, so
/// slots need no deinitialisation. Copies of this struct share the storage; its one owner
/// (a `Frame`, a `ModuleGlobals`) calls `deallocate()` once, in its deinit.
struct ValueSlots: RandomAccessCollection {
    private var base: UnsafeMutablePointer<Value?>
    private(set) var count: Int
    private var capacity: Int

    init(count: Int) {
        capacity = Swift.max(count, 4)
        base = UnsafeMutablePointer<Value?>.allocate(capacity: capacity)
        base.initialize(repeating: nil, count: capacity)
        self.count = count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(i: Int) -> Value? {
        @inline(__always) get {
            precondition(i >= 0 && i < count, "slot out of range")
            return base[i]
        }
        @inline(__always) nonmutating set {
            precondition(i >= 0 && i < count, "slot out of range")
            base[i] = newValue
        }
    }

    /// Makes the run `n` slots long; slots beyond the old length start empty. Shrinking
    /// forgets the dropped slots (the caller has released what they held).
    mutating func resize(to n: Int) {
        if n > capacity {
            let grown = UnsafeMutablePointer<Value?>.allocate(capacity: Swift.max(n, capacity * 2))
            grown.initialize(repeating: nil, count: Swift.max(n, capacity * 2))
            grown.update(from: base, count: count)
            base.deallocate()
            base = grown
            capacity = Swift.max(n, capacity * 2)
        } else if n > count {
            (base + count).update(repeating: nil, count: n - count)
        }
        count = n
    }

    /// Makes the run `n` slots long, all empty (a module's globals before its code runs).
    mutating func reset(count n: Int) {
        resize(to: 0)
        resize(to: n)
    }

    /// Frees the storage; the slots must not be used afterwards.
    func deallocate() { base.deallocate() }
}
