import PySyntax

extension Runtime {
    // MARK: call sites

    func evalCall(_ calleeExpr: CExpr, _ argExprs: [CArgument], _ f: Frame) throws -> Value {
        // `obj.method(...)`: CPython 3.11's LOAD_METHOD skips the bound-method object.
        if case .attribute(let objExpr, let name) = calleeExpr.kind {
            let (method, receiver, isUnbound) = try loadCallTarget(objExpr, name, f)
            defer { decref(method) }
            var (args, kwargs): ([Value], [(String, Value)])
            do { (args, kwargs) = try evalArguments(argExprs, f) } catch {
                if isUnbound { decref(receiver) }
                throw error
            }
            if isUnbound { args.insert(receiver, at: 0) }
            return try call(method, args, kwargs)
        }
        let callee = try eval(calleeExpr, f)
        defer { decref(callee) }
        let (args, kwargs) = try evalArguments(argExprs, f)
        return try call(callee, args, kwargs)
    }

    /// `obj.name` about to be called (CPython 3.11's LOAD_METHOD): the method (owned)
    /// and, when it is a plain function found on the type, the receiver (owned) to pass
    /// first instead of making a bound-method object; otherwise the receiver is released.
    func loadCallTarget(_ objExpr: CExpr, _ name: AttributeName, _ f: Frame) throws
        -> (method: Value, receiver: Value, isUnbound: Bool) {
        let receiver = try eval(objExpr, f)
        let method: Value
        let isUnbound: Bool
        do {
            (method, isUnbound) = try loadMethod(receiver, name)
        } catch { decref(receiver); throw error }
        if !isUnbound { decref(receiver) }
        return (method, receiver, isUnbound)
    }

    func evalArguments(_ argExprs: [CArgument], _ f: Frame) throws -> ([Value], [(String, Value)]) {
        var args: [Value] = []
        var kwargs: [(String, Value)] = []
        args.reserveCapacity(argExprs.count)
        do {
            for a in argExprs {
                switch a {
                case .positional(let x):
                    args.append(try eval(x, f))
                case .unpacked(let x):
                    let v = try eval(x, f)
                    defer { decref(v) }
                    args.append(contentsOf: try collect(v))
                case .keyword(let n, let x):
                    kwargs.append((n, try eval(x, f)))
                case .unpackedKeywords(let x):
                    let m = try eval(x, f)
                    defer { decref(m) }
                    guard case .object(let h) = m, let d = object(h) as? PyDict else {
                        throw error("TypeError", "argument after ** must be a mapping, not \(typeName(m))")
                    }
                    for e in d.liveEntries {
                        guard let key = stringValue(e.key) else { throw error("TypeError", "keywords must be strings") }
                        incref(e.value)
                        kwargs.append((key, e.value))
                    }
                }
            }
        } catch {
            decref(args); decref(kwargs.map { $0.1 })
            throw error
        }
        return (args, kwargs)
    }

    /// Finds `name` for a call on `receiver`: either a plain function found on the type, to
    /// be called with the receiver first (`isUnbound`), or any other attribute value.
    func loadMethod(_ receiver: Value, _ name: String) throws -> (Value, Bool) {
        if case .object(let h) = receiver {
            let o = object(h)
            let type = ObjectIdentifier(Swift.type(of: o))
            if type != ObjectIdentifier(PyClass.self) && type != ObjectIdentifier(PyModule.self) && type != ObjectIdentifier(PySuper.self),
               let cls = o.cls, let descr = lookup(cls, name), case .object(let dh) = descr {
                let descrType = ObjectIdentifier(Swift.type(of: object(dh)))
                if descrType == ObjectIdentifier(PyFunction.self) || descrType == ObjectIdentifier(PyBuiltin.self) {
                    if let dict = o.dict, dictGetString(dict, name) != nil {} else {
                        incref(descr)
                        return (descr, true)
                    }
                }
            }
        } else if let descr = lookup(classOf(receiver), name), case .object(let dh) = descr, object(dh) is PyBuiltin {
            incref(descr)
            return (descr, true)
        }
        return (try getAttribute(receiver, name), false)
    }

    /// `obj.name(*args)`; `obj` borrowed, args consumed.
    func callMethod(_ receiver: Value, _ name: String, _ args: [Value], _ kwargs: [(String, Value)] = []) throws -> Value {
        let (method, isUnbound) = try loadMethod(receiver, name)
        defer { decref(method) }
        if isUnbound {
            incref(receiver)
            return try call(method, [receiver] + args, kwargs)
        }
        return try call(method, args, kwargs)
    }

    /// Calls a function found on a type with an explicit receiver (consumed, as are args).
    func callMethodValue(_ method: Value, receiver: Value, _ args: [Value]) throws -> Value {
        try call(method, [receiver] + args, [])
    }

    // MARK: the call protocol

    /// Calls `callee` (borrowed) with `args` and keyword values (consumed).
    func call(_ callee: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws -> Value {
        guard case .object(let h) = callee else {
            decref(args); decref(kwargs.map { $0.1 })
            throw error("TypeError", "'\(typeName(callee))' object is not callable")
        }
        let o = object(h)
        // The common callees are final classes: compare the class, not a chain of casts.
        let type = ObjectIdentifier(Swift.type(of: o))
        if type == ObjectIdentifier(PyFunction.self) {
            return try callFunction(unsafeDowncast(o, to: PyFunction.self), args, kwargs)
        }
        if type == ObjectIdentifier(PyBuiltin.self) {
            defer { decref(args); decref(kwargs.map { $0.1 }) }
            try step()
            return try unsafeDowncast(o, to: PyBuiltin.self).body(self, args, kwargs)
        }
        if type == ObjectIdentifier(PyBoundMethod.self) {
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            incref(m.receiver)
            if kwargs.isEmpty, case .object(let fh) = m.function, Swift.type(of: object(fh)) == PyFunction.self,
               let r = try callPlainIfPossible(unsafeDowncast(object(fh), to: PyFunction.self), first: m.receiver, args) {
                return r
            }
            return try call(m.function, [m.receiver] + args, kwargs)
        }
        if let c = o as? PyClass {
            if c.isBuiltin { return try construct(c, args, kwargs) }
            try enterSlotCall(args, kwargs)
            defer { depth -= 1 }
            return try construct(c, args, kwargs)
        }
        if let w = o as? PyMethodWrapper, w.kind == .staticMethod {
            return try call(w.function, args, kwargs)
        }
        if let w = o as? PyWeakref, w.cls?.isBuiltin != false || lookup(w.cls ?? types.weakref, "__call__").map({ object($0.handle ?? 0) is PyBuiltin }) ?? true {
            defer { decref(args); decref(kwargs.map { $0.1 }) }
            if w.kind == .ref {
                guard args.isEmpty else { throw error("TypeError", "weakref expected 0 arguments, got \(args.count)") }
                guard let r = w.referent else { return .none }
                incref(.object(r))
                return .object(r)
            }
            if w.kind == .proxy { throw error("TypeError", "'\(typeName(callee))' object is not callable") }
            let target = try proxyReferent(w)
            defer { decref(target) }
            args.forEach(incref); kwargs.forEach { incref($0.1) }
            return try call(target, args, kwargs)
        }
        if let cls = o.cls, let dunder = lookup(cls, "__call__") {
            try enterSlotCall(args, kwargs)
            defer { depth -= 1 }
            incref(callee)
            return try call(dunder, [callee] + args, kwargs)
        }
        decref(args); decref(kwargs.map { $0.1 })
        throw error("TypeError", "'\(typeName(callee))' object is not callable")
    }

    /// CPython 3.11 counts a call that goes through a type's `tp_call` (calling a class,
    /// calling an instance with `__call__`) as one more level of recursion
    /// (`_PyObject_MakeTpCall`), on top of the frames it then runs; the caller leaves it
    /// with `depth -= 1`. Releases the arguments when the limit is hit.
    func enterSlotCall(_ args: [Value], _ kwargs: [(String, Value)]) throws {
        if depth >= limits.recursionDepth {
            decref(args); decref(kwargs.map { $0.1 })
            throw error("RecursionError", "maximum recursion depth exceeded while calling a Python object")
        }
        depth += 1
    }

    func callFunction(_ fn: PyFunction, _ args: [Value], _ kwargs: [(String, Value)]) throws -> Value {
        if kwargs.isEmpty, let r = try callPlainIfPossible(fn, first: nil, args) { return r }
        var frame = acquireFrame(fn.code, fn)
        defer { recycleFrame(&frame) }
        try bindArguments(fn, args, kwargs, frame.locals)
        return try runFrame(frame, closure: fn.closure)
    }

    /// Runs a frame to completion: creates its cells, executes, releases its locals in
    /// definition order (CPython: `frame_dealloc` / `_PyFrame_Clear`). On an exception the
    /// locals move into a frame record the traceback keeps.
    func runFrame(_ frame: Frame, closure: [PyCell]) throws -> Value {
        if depth >= limits.recursionDepth {
            for i in frame.locals.indices {
                let v = frame.locals[i]
                frame.locals[i] = nil
                decref(v)
            }
            throw error("RecursionError", "maximum recursion depth exceeded")
        }
        try step()
        depth += 1
        frames.append(frame)
        defer {
            depth -= 1
            frames.removeLast()
        }
        if !closure.isEmpty || !frame.code.cellNames.isEmpty { setUpCells(frame, closure: closure) }
        let flow: Flow
        do {
            flow = try exec(frame.code.body, frame)
        } catch Unwind.exception(let e) {
            recordTraceback(e, frame)
            throw Unwind.exception(e)
        } catch {
            releaseFrame(frame)
            throw error
        }
        releaseFrame(frame)
        if case .returned(let v) = flow { return v }
        return .none
    }

    func setUpCells(_ frame: Frame, closure: [PyCell]) {
        let code = frame.code
        guard !code.cellNames.isEmpty || !closure.isEmpty, frame.cells.isEmpty else { return }
        for (i, _) in code.cellNames.enumerated() {
            var initial: Value? = nil
            if i < code.cellParameterSlots.count, let p = code.cellParameterSlots[i] {
                initial = frame.locals[p]
                frame.locals[p] = nil
            }
            frame.cells.append(register(PyCell(initial, cls: types.cell)))
        }
        for c in closure {
            c.refcount += 1
            frame.cells.append(c)
        }
    }

    func releaseFrame(_ frame: Frame) {
        if let tracer = lifetime { tracer.contexts.append(.frame(frame.code.qualname)) }
        defer { if let tracer = lifetime { tracer.contexts.removeLast() } }
        if let record = frame.record, record.refcount > 1 {
            // A traceback still refers to this frame: its locals live on in the record.
            record.locals = frame.locals.compactMap { $0 } + frame.cells.map { .object($0.handle) }
            if case .object = frame.comprehensionResult { record.locals.append(frame.comprehensionResult) }
            frame.dropLocals()
            frame.cells = []
            frame.comprehensionResult = .none
            frame.record = nil
            decref(.object(record.handle))
            return
        }
        // Released in definition order; the storage stays with the frame for its next use.
        // Nothing can see a finished frame's slots, so clearing them one by one is safe.
        for i in frame.locals.indices {
            let v = frame.locals[i]
            frame.locals[i] = nil
            decref(v)
        }
        if !frame.cells.isEmpty {
            let cells = frame.cells
            frame.cells = []
            for c in cells { decref(.object(c.handle)) }
        }
        if case .object = frame.comprehensionResult {
            decref(frame.comprehensionResult)
            frame.comprehensionResult = .none
        }
        if let record = frame.record {
            frame.record = nil
            decref(.object(record.handle))
        }
    }

    /// The frame's record, created on first need; the frame holds one reference.
    func frameRecord(_ frame: Frame) -> PyFrameRecord {
        if let r = frame.record { return r }
        let r = register(PyFrameRecord(locals: [], cls: types.frame))
        frame.record = r
        return r
    }

    /// Adds the traceback entry for `frame` (CPython: `PyTraceBack_Here`).
    func addTracebackEntry(_ e: UInt32, _ frame: Frame) {
        guard let exc = object(e) as? PyException else { return }
        let name = frame.code.kind == .module ? "<module>" : frame.code.name
        if let first = exc.traceback.first {
            if let fh = first.frame, fh == frame.record?.handle { return }
            if frame.code.kind == .module, first.functionName == "<module>", first.frame == nil { return }
        }
        var recordHandle: UInt32? = nil
        if frame.code.kind != .module {
            let r = frameRecord(frame)
            r.refcount += 1
            recordHandle = r.handle
        }
        var entry = TracebackEntry(line: frame.line, functionName: name, frame: recordHandle)
        if frame.code.module !== main { entry.filename = "/usr/lib/python3.11/\(frame.code.module.name).py" }
        exc.traceback.insert(entry, at: 0)
    }

    private func recordTraceback(_ e: UInt32, _ frame: Frame) {
        addTracebackEntry(e, frame)
        releaseFrame(frame)
    }

    // MARK: argument binding

    /// Binds arguments to parameter slots with CPython's error messages
    /// (CPython: `Python/ceval.c`, `initialize_locals`). Consumes every argument.
    func bindArguments(_ fn: PyFunction, _ args: [Value], _ kwargs: [(String, Value)], _ locals: ValueSlots) throws {
        let spec = fn.code.parameters
        let npos = spec.positional.count
        var slot = npos + spec.keywordOnly.count
        let varArgsSlot = spec.varArgs == nil ? nil : Optional(slot)
        if spec.varArgs != nil { slot += 1 }
        let varKwSlot = spec.varKeywords == nil ? nil : Optional(slot)
        var leftovers: [Value] = []
        func fail(_ message: String) -> Unwind {
            for i in locals.indices { decref(locals[i]); locals[i] = nil }
            decref(leftovers)
            return error("TypeError", "\(fn.qualname)() \(message)")
        }
        for (i, a) in args.enumerated() {
            if i < npos { locals[i] = a } else { leftovers.append(a) }
        }
        if let varArgsSlot {
            locals[varArgsSlot] = .object(newTuple(leftovers).handle)
            leftovers = []
        }
        var kwDict: PyDict? = nil
        if let varKwSlot {
            let d = register(PyDict(cls: types.dict))
            kwDict = d
            locals[varKwSlot] = .object(d.handle)
        }
        for (k, (name, v)) in kwargs.enumerated() {
            var index: Int? = nil
            if let p = spec.positional.firstIndex(of: name), p >= spec.positionalOnlyCount { index = p }
            else if let q = spec.keywordOnly.firstIndex(of: name) { index = npos + q }
            if let index {
                if locals[index] != nil {
                    leftovers.append(v)
                    leftovers += kwargs[(k + 1)...].map { $0.1 }
                    throw fail("got multiple values for argument '\(name)'")
                }
                locals[index] = v
            } else if let kwDict {
                try dictSet(kwDict, consumingKey: newString(name), consumingValue: v)
            } else {
                leftovers.append(v)
                leftovers += kwargs[(k + 1)...].map { $0.1 }
                // CPython's `positional_only_passed_as_keyword`: every positional-only
                // parameter named by a keyword, in parameter order.
                let passedAsKeyword = spec.positional.prefix(spec.positionalOnlyCount).filter { p in kwargs.contains { $0.0 == p } }
                if !passedAsKeyword.isEmpty {
                    throw fail("got some positional-only arguments passed as keyword arguments: '\(passedAsKeyword.joined(separator: ", "))'")
                }
                throw fail("got an unexpected keyword argument '\(name)'")
            }
        }
        if spec.varArgs == nil && args.count > npos {
            let given = args.count
            let takes = fn.defaults.isEmpty || spec.requiredPositional == npos
                ? "\(npos) positional argument\(npos == 1 ? "" : "s")"
                : "from \(npos - fn.defaults.count) to \(npos) positional arguments"
            throw fail("takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
        }
        var missing: [String] = []
        let firstDefault = npos - fn.defaults.count
        for i in 0..<npos where locals[i] == nil {
            if i >= firstDefault {
                let d = fn.defaults[i - firstDefault]
                incref(d)
                locals[i] = d
            } else {
                missing.append(spec.positional[i])
            }
        }
        if !missing.isEmpty {
            throw fail("missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
        }
        for (q, name) in spec.keywordOnly.enumerated() where locals[npos + q] == nil {
            if let d = fn.keywordDefaults.first(where: { $0.0 == name })?.1 {
                incref(d)
                locals[npos + q] = d
            } else {
                missing.append(name)
            }
        }
        if !missing.isEmpty {
            throw fail("missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(nameList(missing))")
        }
    }

    /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython's `format_missing`.
    func nameList(_ names: [String]) -> String {
        let quoted = names.map { "'\($0)'" }
        switch quoted.count {
        case 0: return ""
        case 1: return quoted[0]
        case 2: return "\(quoted[0]) and \(quoted[1])"
        default: return quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "")
        }
    }
}
