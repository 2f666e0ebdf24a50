/// The iterators of built-in types and builtins (`iter(list)`, `enumerate`, `zip`, ...).
final class PyIterator: PyObject {
    enum State {
        /// list, tuple or str by index.
        case sequence(Value, index: Int)
        case range(next: Int, stop: Int, step: Int)
        /// Dict keys (0), values (1) or items (2), by entry position.
        case dict(Value, position: Int, mode: Int, startSize: Int)
        case set(Value, position: Int, startSize: Int)
        case reversed(Value, index: Int)
        case enumerate(Value, count: Int)
        case zip([Value])
        case map(Value, [Value])
        case filter(Value, Value)
        /// `iter(callable, sentinel)`.
        case callable(Value, sentinel: Value)
        case exhausted
    }
    var state: State
    /// The result tuple enumerate, zip and dict item iterators hand out again when
    /// nothing else kept it (CPython's `en_result`, `result`, `di_result`), so a
    /// `for i, x in enumerate(xs)` body sees each `x` referenced once more, as CPython's does.
    var result: Value = .none
    init(_ state: State, cls: PyClass?) { self.state = state; super.init(cls: cls) }

    private var held: [Value] {
        switch state {
        case .sequence(let v, _), .dict(let v, _, _, _), .set(let v, _, _), .reversed(let v, _), .enumerate(let v, _):
            return [v]
        case .zip(let vs): return vs
        case .map(let f, let vs): return [f] + vs
        case .filter(let f, let it): return [f, it]
        case .callable(let f, let s): return [f, s]
        case .range, .exhausted: return []
        }
    }
    override func references(into out: inout [Value]) {
        out += held
        if case .object = result { out.append(result) }
    }
    override func takeReferences() -> [Value] {
        var out = held
        if case .object = result { out.append(result) }
        state = .exhausted
        result = .none
        return out
    }
}

/// A view: `d.keys()`, `d.values()`, `d.items()`.
final class PyDictView: PyObject {
    let mode: Int
    var dictValue: Value
    init(dict: Value, mode: Int, cls: PyClass?) { self.dictValue = dict; self.mode = mode; super.init(cls: cls) }
    override func references(into out: inout [Value]) { out.append(dictValue) }
    override func takeReferences() -> [Value] { defer { dictValue = .none }; return [dictValue] }
}
