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
/// for exactly as long as it is on the stack.
struct FrameStack: ExpressibleByArrayLiteral {
    private var storage: [Unmanaged<Frame>] = []

    init(arrayLiteral frames: Frame...) {
        storage = frames.map { Unmanaged.passUnretained($0) }
    }

    var last: Frame? { storage.last?.takeUnretainedValue() }
    var isEmpty: Bool { storage.isEmpty }

    mutating func append(_ frame: Frame) { storage.append(Unmanaged.passUnretained(frame)) }
    mutating func removeLast() { storage.removeLast() }

    /// Innermost first.
    func reversed() -> [Frame] { storage.reversed().map { $0.takeUnretainedValue() } }
}
