/// A generator expression, run lazily one element at a time (course has no `yield`, but
/// `any(f(x) for x in xs)` must stop early and let each element die as CPython's does).
final class PyGenerator: PyObject {
    let frame: Frame
    let plan: GeneratorPlan
    /// One iterator per active clause, outermost first.
    var iterators: [Value] = []
    var started = false
    var finished = false
    var running = false

    init(frame: Frame, plan: GeneratorPlan, cls: PyClass?) {
        self.frame = frame
        self.plan = plan
        super.init(cls: cls)
    }

    override func references(into out: inout [Value]) {
        out += frame.locals.compactMap { $0 }
        out += frame.cells.map { .object($0.handle) }
        out += iterators
    }

    override func takeReferences() -> [Value] {
        var out = frame.locals.compactMap { $0 }
        out += frame.cells.map { .object($0.handle) }
        out += iterators.reversed()
        frame.dropLocals()
        frame.cells = []
        iterators = []
        finished = true
        return out
    }
}
