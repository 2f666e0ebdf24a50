/// The handles of the weak references to one object, in CPython's list order.
///
/// Most objects that are weakly referenced at all have exactly one reference, so the first
/// handle is kept inline and only the second and later ones go in an array: taking the first
/// weak reference to an object allocates nothing. Handle 0 is never a live object, so it
/// marks the empty list.
struct WeakrefList: RandomAccessCollection, ExpressibleByArrayLiteral, Equatable {
    private var head: UInt32 = 0
    private var tail: [UInt32] = []

    init() {}
    init(arrayLiteral handles: UInt32...) {
        for h in handles { insert(h, at: count) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { head == 0 ? 0 : 1 + tail.count }
    var isEmpty: Bool { head == 0 }

    subscript(i: Int) -> UInt32 {
        precondition(i >= 0 && i < endIndex, "weak reference index out of range")
        return i == 0 ? head : tail[i - 1]
    }

    mutating func insert(_ handle: UInt32, at i: Int) {
        precondition(handle != 0 && i >= 0 && i <= endIndex, "bad weak reference insertion")
        if head == 0 {
            head = handle
        } else if i == 0 {
            tail.insert(head, at: 0)
            head = handle
        } else {
            tail.insert(handle, at: i - 1)
        }
    }

    /// Drops `handle` from the list, wherever it is.
    mutating func remove(_ handle: UInt32) {
        if !tail.isEmpty { tail.removeAll { $0 == handle } }
        if head == handle { head = tail.isEmpty ? 0 : tail.removeFirst() }
    }
}
