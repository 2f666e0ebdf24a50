/// One line of a traceback: where the exception passed, and the frame it passed through.
struct TracebackEntry {
    var line: Int
    var functionName: String
    /// The frame's locals, kept alive while the traceback lives.
    var frame: UInt32?
    /// For frames of course's own Python modules, the file CPython would name.
    var filename: String? = nil
}

/// An exception instance (`BaseException` layout).
final class PyException: PyObject {
    /// A tuple, owned.
    var args: Value
    var traceback: [TracebackEntry] = []
    var cause: Value = .none
    var context: Value = .none
    var suppressContext = false
    /// CPython 3.11 appends `Did you mean: 'x'?` when printing NameError/AttributeError.
    var suggestion: String?

    init(args: Value, cls: PyClass?) { self.args = args; super.init(cls: cls) }

    override func references(into out: inout [Value]) {
        super.references(into: &out)
        out += [args, cause, context]
        out += traceback.compactMap { $0.frame.map(Value.object) }
    }
    override func takeReferences() -> [Value] {
        // CPython: `BaseException_clear`: dict, args, traceback (whose chain frees the
        // innermost frame first), cause, context.
        var out = super.takeReferences()
        out.append(args)
        out += traceback.reversed().compactMap { $0.frame.map(Value.object) }
        out += [cause, context]
        traceback = []; args = .none; cause = .none; context = .none
        return out
    }
}

/// `weakref.ref`, `weakref.proxy`: not counted as a reference to the referent.
final class PyWeakref: PyObject {
    enum Kind { case ref, proxy, callableProxy }
    let kind: Kind
    var referent: UInt32?
    var callback: Value
    var cachedHash: Int?
    init(kind: Kind, referent: UInt32, callback: Value, cls: PyClass?) {
        self.kind = kind; self.referent = referent; self.callback = callback
        super.init(cls: cls)
    }
    override func references(into out: inout [Value]) {
        super.references(into: &out)
        out.append(callback)
    }
    override func takeReferences() -> [Value] {
        var out = super.takeReferences()
        out.append(callback)
        callback = .none
        return out
    }
    /// As `takeReferences` (slots, dict, then the callback), without building an array.
    override func dropReferences(_ release: (Value) -> Void) {
        let callback = self.callback
        self.callback = .none
        dropOwnReferences(release)
        release(callback)
    }
}
