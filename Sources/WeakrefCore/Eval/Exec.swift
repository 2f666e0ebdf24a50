import PySyntax

extension Runtime {
    func exec(_ body: [CStmt], _ f: Frame) throws -> Flow {
        // Each statement is lent to `exec` unretained: `body` (held by its code object for
        // as long as the code can run) keeps every node alive, and a retained copy would
        // cost a retain and a release per statement run.
        try body.withUnsafeBufferPointer { statements in
            guard let first = statements.baseAddress else { return .normal }
            return try UnsafeRawPointer(first).withMemoryRebound(to: Unmanaged<CStmt>.self, capacity: statements.count) { nodes in
                for i in 0..<statements.count {
                    let flow = try nodes[i]._withUnsafeGuaranteedRef { try exec($0, f) }
                    if case .normal = flow { continue }
                    return flow
                }
                return .normal
            }
        }
    }

    func exec(_ s: CStmt, _ f: Frame) throws -> Flow {
        f.line = s.line
        try step()
        switch s.kind {
        case .expression(let e):
            decref(try eval(e, f))
        case .assign(let targets, let valueExpr):
            let value = try evalOperand(valueExpr, f)
            if targets.count == 1 { try assign(targets[0], value, f) } else { try assignChained(targets, value, f) }
        case .augmentedAssign(let t, let op, let valueExpr):
            try augmentedAssign(t, op, valueExpr, f)
        case .delete(let targets):
            for t in targets { try delete(t, f) }
        case .pass:
            break
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        case .ifElse(let test, let body, let orElse):
            if try truthy(consuming: try eval(test, f)) { return try exec(body, f) }
            return try exec(orElse, f)
        case .whileLoop(let test, let body, let orElse):
            while try truthy(consuming: try eval(test, f)) {
                let flow = try exec(body, f)
                switch flow {
                case .normal, .continueLoop: continue
                case .breakLoop: return .normal
                case .returned: return flow
                }
            }
            return try exec(orElse, f)
        case .forLoop(let t, let iterableExpr, let body, let orElse):
            let iterable = try eval(iterableExpr, f)
            let iterator: Value
            do { iterator = try getIterator(iterable) } catch { decref(iterable); throw error }
            decref(iterable)
            defer { decref(iterator) }
            // Each step (FOR_ITER and the store to the target) belongs to the `for` line, as in
            // CPython's tracebacks, not to the body's last line.
            while true {
                f.line = s.line
                guard let item = try next(iterator) else { break }
                try assign(t, item, f)
                let flow = try exec(body, f)
                switch flow {
                case .normal, .continueLoop: continue
                case .breakLoop: return .normal
                case .returned: return flow
                }
            }
            return try exec(orElse, f)
        case .functionDef(let template, let decorators, let target):
            try execDefinition(decorators, target, f) { try makeFunction(template, f) }
        case .classDef(let template, let decorators, let target):
            try execDefinition(decorators, target, f) { try buildClass(template, f) }
        case .returnValue(let e):
            guard let e else { return .returned(.none) }
            return .returned(try evalOperand(e, f))
        case .tryExcept(let body, let handlers, let orElse, let finally):
            return try execTry(body, handlers, orElse, finally, f)
        case .raise(let e, let cause):
            try execRaise(e, cause, f)
        case .assert(let test, let message):
            try execAssert(test, message, f)
        case .importModule(let name, let target, _):
            try execImport(name, target, f)
        case .importFrom(let moduleName, let names):
            try execImportFrom(moduleName, names, f)
        case .with(let items, let body):
            return try execWith(items[...], body, f)
        case .comprehensionAppend(let elements):
            try comprehensionAppend(elements, f)
        }
        return .normal
    }

    // MARK: statements kept out of `exec` (rare, or bulky: out of line, `exec` keeps a small frame)

    /// `a = b = value`: each target gets its own reference, left to right.
    @inline(never)
    private func assignChained(_ targets: [CTarget], _ value: Value, _ f: Frame) throws {
        for (i, t) in targets.enumerated() {
            if i < targets.count - 1 { incref(value) }
            do { try assign(t, value, f) } catch {
                for _ in (i + 1)..<max(i + 1, targets.count) { decref(value) }
                throw error
            }
        }
    }

    /// `def` and `class`: the decorators evaluated first, then the function or class made,
    /// then each decorator applied innermost first, and the result bound.
    @inline(never)
    private func execDefinition(_ decorators: [CExpr], _ target: CTarget, _ f: Frame, make: () throws -> Value) throws {
        var decs: [Value] = []
        defer { decref(decs) }
        for d in decorators { decs.append(try eval(d, f)) }
        var made = try make()
        for d in decs.reversed() { made = try call(d, [made], []) }
        try assign(target, made, f)
    }

    @inline(never)
    private func execAssert(_ test: CExpr, _ message: CExpr?, _ f: Frame) throws {
        if try !truthy(consuming: try eval(test, f)) {
            let args = try message.map { [try eval($0, f)] } ?? []
            throw try makeExceptionValue("AssertionError", args: args)
        }
    }

    @inline(never)
    private func execImport(_ name: String, _ target: CTarget, _ f: Frame) throws {
        let top = String(name.split(separator: ".").first ?? Substring(name))
        if top == "weakref" { try loadWeakrefPrelude() }
        guard let module = modules[top], !name.contains(".") else {
            throw try moduleNotFound(top)
        }
        incref(module)
        try assign(target, module, f)
    }

    @inline(never)
    private func execImportFrom(_ moduleName: String, _ names: [(String, CTarget)], _ f: Frame) throws {
        if moduleName == "weakref" { try loadWeakrefPrelude() }
        guard let module = modules[moduleName], let m = object(module.handle ?? 0) as? PyModule else {
            throw try moduleNotFound(String(moduleName.split(separator: ".").first ?? ""))
        }
        for (name, target) in names {
            guard let v = m.dict.flatMap({ dictGetString($0, name) }) else {
                throw error("ImportError", "cannot import name '\(name)' from '\(moduleName)' (unknown location)")
            }
            incref(v)
            try assign(target, v, f)
        }
    }

    func moduleNotFound(_ name: String) throws -> Unwind {
        let e = error("ModuleNotFoundError", "No module named '\(name)'")
        if case .exception(let h) = e, let exc = object(h) as? PyException {
            let d = instanceDict(exc)
            try dictSetString(d, "name", newString(name))
        }
        return e
    }

    // MARK: try

    func execTry(_ body: [CStmt], _ handlers: [CHandler], _ orElse: [CStmt], _ finally: [CStmt], _ f: Frame) throws -> Flow {
        var flow: Flow = .normal
        var pending: Error? = nil
        do {
            flow = try exec(body, f)
            if case .normal = flow { flow = try exec(orElse, f) }
        } catch Unwind.exception(let exc) where !handlers.isEmpty {
            addTracebackEntry(exc, f)
            do {
                if let handler = try matchingHandler(handlers, exc, f) {
                    flow = try runHandler(handler, exc, f)
                } else {
                    pending = Unwind.exception(exc)
                }
            } catch {
                pending = error
            }
        } catch {
            pending = error
        }
        if !finally.isEmpty {
            let savedHandling: UInt32? = {
                if case .exception(let e) = pending as? Unwind { return e }
                return nil
            }()
            if let savedHandling { handling.append(savedHandling) }
            let finallyFlow: Flow
            do {
                finallyFlow = try exec(finally, f)
            } catch {
                if savedHandling != nil { handling.removeLast() }
                if let u = pending as? Unwind { attachContextOrRelease(u, error) }
                if case .returned(let v) = flow { decref(v) }
                throw error
            }
            if savedHandling != nil { handling.removeLast() }
            if case .normal = finallyFlow {} else {
                // `return`/`break` in finally discards the pending exception or value.
                if case .exception(let e) = pending as? Unwind { decref(.object(e)) }
                if case .returned(let v) = flow { decref(v) }
                return finallyFlow
            }
        }
        if let pending { throw pending }
        return flow
    }

    private func attachContextOrRelease(_ old: Unwind, _ new: Error) {
        if case .exception(let o) = old {
            if case .exception(let n) = new as? Unwind, let ne = object(n) as? PyException, case .none = ne.context, o != n {
                ne.context = .object(o)
            } else {
                decref(.object(o))
            }
        }
    }

    private func matchingHandler(_ handlers: [CHandler], _ exc: UInt32, _ f: Frame) throws -> CHandler? {
        let excClass = classOf(.object(exc))
        for h in handlers {
            guard let typeExpr = h.type else { return h }
            f.line = h.line
            let t = try eval(typeExpr, f)
            defer { decref(t) }
            if try exceptionMatches(excClass, t) { return h }
        }
        return nil
    }

    func exceptionMatches(_ cls: PyClass, _ spec: Value) throws -> Bool {
        if let c = object(spec.handle ?? 0) as? PyClass, case .object = spec {
            guard c.isSubclass(of: types.baseException) else {
                throw error("TypeError", "catching classes that do not inherit from BaseException is not allowed")
            }
            return cls.isSubclass(of: c)
        }
        if case .object(let h) = spec, let t = object(h) as? PyTuple {
            for item in t.items where try exceptionMatches(cls, item) { return true }
            return false
        }
        throw error("TypeError", "catching classes that do not inherit from BaseException is not allowed")
    }

    private func runHandler(_ h: CHandler, _ exc: UInt32, _ f: Frame) throws -> Flow {
        handling.append(exc)
        defer {
            handling.removeLast()
            decref(.object(exc))
        }
        if let name = h.name {
            incref(.object(exc))
            try assign(name, .object(exc), f)
        }
        do {
            let flow = try exec(h.body, f)
            if let name = h.name { try? deleteQuietly(name, f) }
            return flow
        } catch {
            if let name = h.name { try? deleteQuietly(name, f) }
            setContext(of: error, to: exc)
            throw error
        }
    }

    /// An exception raised while handling `handled` gets it as `__context__` (CPython does
    /// this in `_PyErr_SetObject`), unless that would make a cycle of contexts.
    func setContext(of error: Error, to handled: UInt32) {
        guard case .exception(let n) = error as? Unwind, n != handled, let ne = object(n) as? PyException,
              case .none = ne.context else { return }
        var cursor: UInt32? = handled
        while let c = cursor, let ce = object(c) as? PyException {
            if c == n { return }
            cursor = ce.context.handle
        }
        incref(.object(handled))
        ne.context = .object(handled)
    }

    // MARK: raise

    func execRaise(_ e: CExpr?, _ causeExpr: CExpr?, _ f: Frame) throws {
        guard let e else {
            guard let current = handling.last else {
                throw error("RuntimeError", "No active exception to reraise")
            }
            incref(.object(current))
            throw Unwind.exception(current)
        }
        let raised = try eval(e, f)
        let exc = try instantiateException(raised)
        if let causeExpr {
            let cause = try eval(causeExpr, f)
            let causeExc: Value
            if case .none = cause { causeExc = .none } else {
                do { causeExc = .object(try instantiateException(cause)) } catch { decref(.object(exc)); throw error }
            }
            if let x = object(exc) as? PyException {
                decref(x.cause)
                x.cause = causeExc
                x.suppressContext = true
            }
        }
        throw Unwind.exception(exc)
    }

    /// `raise X` with a class instantiates it; with an instance uses it. Consumes `raised`.
    func instantiateException(_ raised: Value) throws -> UInt32 {
        if case .object(let h) = raised {
            if object(h) is PyException { return h }
            if let c = object(h) as? PyClass, c.isSubclass(of: types.baseException) {
                let inst = try call(raised, [], [])
                decref(raised)
                guard case .object(let ih) = inst, object(ih) is PyException else {
                    decref(inst)
                    throw error("TypeError", "calling \(c.name) should have returned an instance of BaseException, not \(typeName(inst))")
                }
                return ih
            }
        }
        decref(raised)
        throw error("TypeError", "exceptions must derive from BaseException")
    }

    // MARK: with

    private func execWith(_ items: ArraySlice<(CExpr, CTarget?)>, _ body: [CStmt], _ f: Frame) throws -> Flow {
        guard let (ctxExpr, target) = items.first else { return try exec(body, f) }
        let manager = try eval(ctxExpr, f)
        defer { decref(manager) }
        guard let exit = try getAttributeOrNil(manager, "__exit__") else {
            throw error("TypeError", "'\(typeName(manager))' object does not support the context manager protocol")
        }
        defer { decref(exit) }
        let entered = try callMethod(manager, "__enter__", [])
        if let target { try assign(target, entered, f) } else { decref(entered) }
        var flow: Flow
        do {
            flow = try execWith(items.dropFirst(), body, f)
        } catch Unwind.exception(let exc) {
            let cls = classOf(.object(exc))
            incref(.object(cls.handle)); incref(.object(exc))
            handling.append(exc)
            let r: Value
            do { r = try call(exit, [.object(cls.handle), .object(exc), .none], []) } catch {
                handling.removeLast()
                decref(.object(exc))
                throw error
            }
            handling.removeLast()
            if try truthy(consuming: r) { decref(.object(exc)); return .normal }
            throw Unwind.exception(exc)
        }
        decref(try call(exit, [.none, .none, .none], []))
        return flow
    }

    // MARK: comprehension

    private func comprehensionAppend(_ elements: [CExpr], _ f: Frame) throws {
        guard case .object(let h) = f.comprehensionResult else { return }
        let target = object(h)
        if let list = target as? PyList {
            let v = try eval(elements[0], f)
            list.items.append(v)
            memoryBytes += 8
        } else if let set = target as? PySet {
            let v = try eval(elements[0], f)
            try setAdd(set, consuming: v)
        } else if let dict = target as? PyDict, elements.count == 2 {
            let k = try eval(elements[0], f)
            let v: Value
            do { v = try eval(elements[1], f) } catch { decref(k); throw error }
            try dictSet(dict, consumingKey: k, consumingValue: v)
        }
    }
}
