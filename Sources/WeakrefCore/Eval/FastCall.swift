/// The common call, made cheap: plain positional arguments to a function whose parameters
/// are plain positional ones (`CodeObject.plainPositionalCount`), with enough arguments or
/// defaults. The arguments are evaluated straight into the new frame's slots: no argument
/// arrays, no general binding. Anything else takes `call` and `bindArguments`, which also
/// produce every error message, so the fast path never has to.
extension Runtime {
    /// `f(a, b)` and `obj.m(a, b)`: every argument positional.
    func evalPositionalCall(_ calleeExpr: CExpr, _ argExprs: [CExpr], _ f: Frame) throws -> Value {
        if case .attribute(let objExpr, let name) = calleeExpr.kind {
            let (method, receiver, isUnbound) = try loadCallTarget(objExpr, name, f)
            defer { decref(method) }
            if let fn = plainFunction(method, passing: argExprs.count + (isUnbound ? 1 : 0)) {
                return try callPlain(fn, receiver: isUnbound ? receiver : nil, argExprs, f)
            }
            if let native = nativeFunction(method) {
                return try callNative(native, receiver: isUnbound ? receiver : nil, argExprs, f)
            }
            if !isUnbound, let ctor = builtinConstructor(method) {
                return try withPooledArguments(receiver: nil, argExprs, f) { try ctor(self, $0, []) }
            }
            let args = try evalPositionalArguments(argExprs, f, after: isUnbound ? receiver : nil)
            return try call(method, args, [])
        }
        let callee = try eval(calleeExpr, f)
        defer { decref(callee) }
        if let fn = plainFunction(callee, passing: argExprs.count) {
            return try callPlain(fn, receiver: nil, argExprs, f)
        }
        if let native = nativeFunction(callee) {
            return try callNative(native, receiver: nil, argExprs, f)
        }
        if argExprs.isEmpty, case .object(let h) = callee, let r = try callWithoutArguments(h) { return r }
        if let ctor = builtinConstructor(callee) {
            return try withPooledArguments(receiver: nil, argExprs, f) { try ctor(self, $0, []) }
        }
        if let (cls, initFn) = plainConstruction(callee, passing: argExprs.count) {
            return try constructPlain(callee, cls, initFn, argExprs, f)
        }
        return try call(callee, try evalPositionalArguments(argExprs, f), [])
    }

    @inline(__always)
    private func nativeFunction(_ callee: Value) -> PyBuiltin? {
        guard case .object(let h) = callee else { return nil }
        let o = objects[Int(h)]
        guard type(of: o) == PyBuiltin.self else { return nil }
        return unsafeDowncast(o, to: PyBuiltin.self)
    }

    /// Calls a native function as `call` does, with `receiver` (consumed) and the values of
    /// `argExprs` in an argument array reused from call to call: a native body that keeps
    /// its arguments copies the array, so emptying it afterwards keeps the storage only
    /// when nothing else holds it.
    private func callNative(_ native: PyBuiltin, receiver: Value?, _ argExprs: [CExpr], _ f: Frame) throws -> Value {
        try withPooledArguments(receiver: receiver, argExprs, f) { args in
            try step()
            return try native.body(self, args, [])
        }
    }

    /// The constructor of a built-in type (`weakref.ref`, `list`, ...), which `call` runs
    /// with the arguments as they are (`construct`).
    @inline(__always)
    private func builtinConstructor(_ callee: Value) -> NativeFunction? {
        guard case .object(let h) = callee else { return nil }
        let o = objects[Int(h)]
        guard type(of: o) == PyClass.self else { return nil }
        let cls = unsafeDowncast(o, to: PyClass.self)
        return cls.isBuiltin ? cls.builtinConstructor : nil
    }

    /// Runs `body` with `receiver` (consumed) and the values of `argExprs` in an argument
    /// array reused from call to call, released in order after it returns.
    @inline(__always)
    private func withPooledArguments(receiver: Value?, _ argExprs: [CExpr], _ f: Frame,
                                     _ body: ([Value]) throws -> Value) throws -> Value {
        var args = argumentArrays.popLast() ?? []
        do { try appendArguments(argExprs, after: receiver, to: &args, f) } catch {
            argumentArrays.append(args)
            throw error
        }
        defer {
            for v in args { decref(v) }
            args.removeAll(keepingCapacity: true)
            if argumentArrays.count < 16 { argumentArrays.append(args) }
        }
        return try body(args)
    }

    /// `r()` for a plain `weakref.ref`, and `C()` for a user class that keeps `object`'s
    /// `__new__` and `__init__`: what `call` would do, without an argument array. Nil when
    /// the callee is something else.
    private func callWithoutArguments(_ h: UInt32) throws -> Value? {
        let o = objects[Int(h)]
        let kind = ObjectIdentifier(type(of: o))
        if kind == ObjectIdentifier(PyWeakref.self) {
            let w = unsafeDowncast(o, to: PyWeakref.self)
            guard w.kind == .ref, w.cls === types.weakref else { return nil }
            guard let r = w.referent else { return Value.none }
            incref(.object(r))
            return .object(r)
        }
        guard kind == ObjectIdentifier(PyClass.self) else { return nil }
        let cls = unsafeDowncast(o, to: PyClass.self)
        guard !cls.isBuiltin, cls.layout == .object else { return nil }
        let special = specialMethods(cls)
        guard !special.newIsPython, special.initIsObjectInit else { return nil }
        // Calling a class goes through `tp_call`: one more level of recursion.
        try enterSlotCall([], [])
        defer { depth -= 1 }
        return try newInstance(cls, [])
    }

    /// `callee` as a user class whose instances are plain objects made by `object.__new__`
    /// and whose `__init__` the fast path can call with the instance and `count` arguments.
    private func plainConstruction(_ callee: Value, passing count: Int) -> (PyClass, Value)? {
        guard case .object(let h) = callee else { return nil }
        let o = objects[Int(h)]
        guard type(of: o) == PyClass.self else { return nil }
        let cls = unsafeDowncast(o, to: PyClass.self)
        guard !cls.isBuiltin, cls.layout == .object else { return nil }
        // No `__new__` of the class's own (`construct` would call `newInstance`), and an
        // `__init__` the fast path can call.
        let special = specialMethods(cls)
        guard !special.newIsPython, let initFn = special.initializer,
              plainFunction(initFn, passing: count + 1) != nil else { return nil }
        return (cls, initFn)
    }

    /// `cls(a, b)` as `construct` does it, with the arguments evaluated straight into the
    /// frame of `__init__` (the instance is made after them, as in CPython).
    private func constructPlain(_ callee: Value, _ cls: PyClass, _ initFn: Value, _ argExprs: [CExpr], _ f: Frame) throws -> Value {
        guard let fn = plainFunction(initFn, passing: argExprs.count + 1) else {
            return try call(callee, try evalPositionalArguments(argExprs, f), [])
        }
        var frame = acquireFrame(fn.code, fn)
        defer { recycleFrame(&frame) }
        var filled = 1
        func releaseArguments() {
            for i in 1..<filled {
                let v = frame.locals[i]
                frame.locals[i] = nil
                decref(v)
            }
        }
        do {
            try argExprs.forEachUnretained { x in
                frame.locals[filled] = try evalOperand(x, f)
                filled += 1
            }
        } catch {
            releaseArguments()
            throw error
        }
        // Evaluating the arguments may have replaced `__init__` (even by an object that
        // reuses the old one's handle): then the general path.
        let special = specialMethods(cls)
        guard !special.newIsPython, case .object(let ch)? = special.initializer, objects[Int(ch)] === fn else {
            var args: [Value] = []
            for i in 1..<filled { if let v = frame.locals[i] { args.append(v) }; frame.locals[i] = nil }
            return try call(callee, args, [])
        }
        // Calling a class goes through `tp_call`: one more level of recursion (`enterSlotCall`).
        if depth >= limits.recursionDepth {
            releaseArguments()
            throw error("RecursionError", "maximum recursion depth exceeded while calling a Python object")
        }
        depth += 1
        defer { depth -= 1 }
        let instance: Value
        do { instance = try newInstance(cls, []) } catch {
            releaseArguments()
            throw error
        }
        incref(instance)
        frame.locals[0] = instance
        let r: Value
        do {
            try bindDefaults(fn, frame, passed: filled)
            r = try runFrame(frame, closure: fn.closure)
        } catch {
            decref(instance)
            throw error
        }
        return try initialized(instance, initResult: r)
    }

    /// The values of `argExprs`, after `first` (consumed, released too if one fails) when given.
    func evalPositionalArguments(_ argExprs: [CExpr], _ f: Frame, after first: Value? = nil) throws -> [Value] {
        if argExprs.isEmpty { return first.map { [$0] } ?? [] }
        var args: [Value] = []
        try appendArguments(argExprs, after: first, to: &args, f)
        return args
    }

    /// Appends `first` (consumed) when given, then the values of `argExprs`, to the empty
    /// `args`. If one fails, everything appended is released, the top of CPython's value
    /// stack (the last evaluated) first, and `args` is left empty with its storage.
    @inline(__always)
    private func appendArguments(_ argExprs: [CExpr], after first: Value?, to args: inout [Value], _ f: Frame) throws {
        args.reserveCapacity(argExprs.count + (first == nil ? 0 : 1))
        if let first { args.append(first) }
        do {
            try argExprs.forEachUnretained { args.append(try evalOperand($0, f)) }
        } catch {
            for v in args.reversed() { decref(v) }
            args.removeAll(keepingCapacity: true)
            throw error
        }
    }

    /// `callee` as a function the fast path can call with `count` positional arguments.
    @inline(__always)
    func plainFunction(_ callee: Value, passing count: Int) -> PyFunction? {
        guard case .object(let h) = callee else { return nil }
        let o = objects[Int(h)]
        guard type(of: o) == PyFunction.self else { return nil }
        let fn = unsafeDowncast(o, to: PyFunction.self)
        guard let npos = fn.code.plainPositionalCount, count <= npos, count + fn.defaults.count >= npos else { return nil }
        return fn
    }

    /// Calls `fn` (vetted by `plainFunction`) with `receiver` (consumed) and the values of
    /// `argExprs` as its positional arguments.
    func callPlain(_ fn: PyFunction, receiver: Value?, _ argExprs: [CExpr], _ f: Frame) throws -> Value {
        var frame = acquireFrame(fn.code, fn)
        defer { recycleFrame(&frame) }
        var filled = 0
        if let receiver { frame.locals[0] = receiver; filled = 1 }
        do {
            try argExprs.forEachUnretained { x in
                frame.locals[filled] = try evalOperand(x, f)
                filled += 1
            }
        } catch {
            // As `evalArguments` does: the arguments so far in order, then the receiver.
            for i in (receiver == nil ? 0 : 1)..<filled { decref(frame.locals[i]) }
            decref(receiver)
            for i in 0..<filled { frame.locals[i] = nil }
            throw error
        }
        try bindDefaults(fn, frame, passed: filled)
        return try runFrame(frame, closure: fn.closure)
    }

    /// Calls `fn` with `first` (if any) and `args`, all consumed, when the fast path fits;
    /// `nil` (nothing consumed) when it does not.
    func callPlainIfPossible(_ fn: PyFunction, first: Value?, _ args: [Value]) throws -> Value? {
        let passed = args.count + (first == nil ? 0 : 1)
        guard let npos = fn.code.plainPositionalCount, passed <= npos, passed + fn.defaults.count >= npos else { return nil }
        return try callPlain(fn, first: first, args)
    }

    /// Calls `fn` (vetted by `plainFunction`) with `first` (if any) and `args`, all consumed.
    func callPlain(_ fn: PyFunction, first: Value?, _ args: [Value]) throws -> Value {
        let passed = args.count + (first == nil ? 0 : 1)
        var frame = acquireFrame(fn.code, fn)
        defer { recycleFrame(&frame) }
        var slot = 0
        if let first { frame.locals[0] = first; slot = 1 }
        for a in args {
            frame.locals[slot] = a
            slot += 1
        }
        try bindDefaults(fn, frame, passed: passed)
        return try runFrame(frame, closure: fn.closure)
    }

    /// Fills the positional slots after the `passed` arguments from the defaults. Should
    /// evaluating the arguments have shortened `fn`'s defaults, the general binding takes
    /// over and reports the missing arguments as CPython does.
    private func bindDefaults(_ fn: PyFunction, _ frame: Frame, passed: Int) throws {
        let npos = fn.code.parameters.positional.count
        guard passed < npos else { return }
        let firstDefault = npos - fn.defaults.count
        guard passed >= firstDefault else {
            let args = (0..<passed).compactMap { frame.locals[$0] }
            for i in 0..<passed { frame.locals[i] = nil }
            try bindArguments(fn, args, [], frame.locals)
            return
        }
        for i in passed..<npos {
            let d = fn.defaults[i - firstDefault]
            incref(d)
            frame.locals[i] = d
        }
    }

    // MARK: frame recycling

    /// A frame ready to run `code`, from the pool when one is free.
    @inline(__always)
    func acquireFrame(_ code: CodeObject, _ function: PyFunction?) -> Frame {
        if let frame = framePool.take() {
            frame.reset(code: code, function: function)
            return frame
        }
        return Frame(code: code, function: function)
    }

    /// Returns a finished frame to the pool, unless something (a generator, a frame stack)
    /// still holds it. Its references are already released (`releaseFrame`); a frame left
    /// with a local set (by a path that gave up half way) is not reused.
    @inline(__always)
    func recycleFrame(_ frame: inout Frame) {
        guard !framePool.isFull, isKnownUniquelyReferenced(&frame) else { return }
        for v in frame.locals where v != nil { return }
        framePool.put(frame)
    }
}
