/// One activation of a code object. Locals are slots resolved at compile time.
final class Frame {
    let code: CodeObject
    var locals: [Value?]
    var cells: [PyCell] = []
    var line: Int
    let function: PyFunction?
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
        self.locals = [Value?](repeating: nil, count: code.localNames.count)
        self.line = code.firstLine
    }
}

/// How a statement ended, other than by an exception.
enum Flow {
    case normal
    case breakLoop
    case continueLoop
    case returned(Value)
}
