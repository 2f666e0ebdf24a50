/// One activation of a code object. Locals are slots resolved at compile time.
///
/// Frames are recycled through `Runtime.framePool` once a call has finished and nothing
/// else (a generator, the frame stack) still holds them, so `code` and `function` change
/// when a frame is reused; `reset(code:function:)` puts it back in its freshly made state.
final class Frame {
    private(set) var code: CodeObject
    /// The local slots, cleared one by one between uses (see `ValueSlots`).
    private(set) var locals: ValueSlots
    var cells: [PyCell] = []
    var line: Int
    private(set) var function: PyFunction?
    /// The class namespace while a class body runs.
    var namespace: PyDict?
    /// The list, set or dict a comprehension is building.
    var comprehensionResult: Value = .none
    /// The frame object tracebacks refer to (CPython materialises `PyFrameObject` when a
    /// traceback needs it); it takes the locals over if it outlives the call.
    var record: PyFrameRecord?

    init(code: CodeObject, function: PyFunction?) {
        self.code = code
        self.function = function
        self.locals = ValueSlots(count: code.localNames.count)
        self.line = code.firstLine
    }

    /// Makes a finished frame ready for another call, keeping the locals' storage. The
    /// caller has released every reference the frame held (`releaseFrame`), which leaves
    /// every local slot `nil`; reassigning only what differs keeps recursion cheap.
    func reset(code: CodeObject, function: PyFunction?) {
        if self.code !== code { self.code = code }
        if self.function !== function { self.function = function }
        let count = code.localNames.count
        if locals.count != count { locals.resize(to: count) }
        if !cells.isEmpty { cells.removeAll(keepingCapacity: true) }
        line = code.firstLine
        if namespace != nil { namespace = nil }
        if case .object = comprehensionResult { comprehensionResult = .none }
        if record != nil { record = nil }
    }

    /// Forgets every local slot; their references have been released or handed over.
    func dropLocals() { locals.resize(to: 0) }

    deinit { locals.deallocate() }
}

/// How a statement ended, other than by an exception.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned(Value)
}

/// The active frames, innermost last. Holds them unretained, sparing a retain and a release
/// per call: each frame is kept alive by the call running it (`runFrame`, `generatorNext`)
/// for exactly as long as it is on the stack. Storage is managed by hand, as
/// `ObjectTable`'s: a push and a pop per call cost no uniqueness check. The runtime frees
/// it once (`release()`, in its deinit).
struct FrameStack {
    private var base = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: 64)
    private var count = 0
    private var capacity = 64

    var last: Frame? { count == 0 ? nil : base[count - 1].takeUnretainedValue() }
    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ frame: Frame) {
        if count == capacity { grow() }
        base[count] = Unmanaged.passUnretained(frame)
        count += 1
    }

    @inline(__always)
    mutating func removeLast() {
        precondition(count > 0, "frame stack underflow")
        count -= 1
    }

    private mutating func grow() {
        let grown = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: capacity * 2)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity *= 2
    }

    mutating func removeAll() { count = 0 }

    /// Innermost first.
    func reversed() -> [Frame] { (0..<count).reversed().map { base[$0].takeUnretainedValue() } }

    /// Frees the storage; the stack must not be used afterwards.
    func release() { base.deallocate() }
}

/// Finished frames kept for reuse, each held by one retain taken by hand; like
/// `FrameStack`, its storage is managed by hand so that taking and returning a frame costs
/// no uniqueness check. The runtime empties and frees it once (`release()`).
struct FramePool {
    /// Enough frames for deep recursion to come back without allocating, bounded so a
    /// finished deep recursion does not keep thousands of frames.
    static let limit = 256
    private let base = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: FramePool.limit)
    private(set) var count = 0

    var isFull: Bool { count == FramePool.limit }

    @inline(__always)
    mutating func take() -> Frame? {
        guard count > 0 else { return nil }
        count -= 1
        return base[count].takeRetainedValue()
    }

    @inline(__always)
    mutating func put(_ frame: Frame) {
        precondition(count < FramePool.limit, "frame pool overflow")
        base[count] = Unmanaged.passRetained(frame)
        count += 1
    }

    /// Drops every pooled frame and frees the storage; the pool must not be used afterwards.
    mutating func release() {
        while let frame = take() { _ = frame }
        base.deallocate()
    }
}
