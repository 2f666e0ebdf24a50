/// A Python value as the evaluator passes it around: trivially copyable, so Swift ARC
/// never decides when a Python object dies. Scalars are unboxed; every other object is a
/// handle into the interpreter's `Heap`, whose explicit counts decide its lifetime.
///
/// CPython caches small ints and the bool/None singletons and never frees them, so keeping
/// these unboxed loses nothing a program can observe except `sys.getrefcount` of them.
public enum Value: Equatable {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    /// A heap handle (index into `Heap.objects`).
    case object(UInt32)

    @inline(__always) var handle: UInt32? {
        if case .object(let h) = self { return h }
        return nil
    }

    /// `is` comparison.
    @inline(__always) func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.object(let a), .object(let b)): return a == b
        default: return false
        }
    }
}

/// How a Python-level unwinding travels through Swift: a Python exception (catchable by
/// `try`/`except`) or a sandbox stop (not catchable; ends the run).
enum Unwind: Error {
    /// The exception object; the thrower owns one reference, handed to whoever catches it.
    case exception(UInt32)
    /// A limit was hit; the message is what `course` prints.
    case stop(String)
}
