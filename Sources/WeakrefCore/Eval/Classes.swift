import PySyntax

extension Runtime {
    // MARK: lookup

    /// Finds `name` along the MRO (CPython: `_PyType_Lookup`); borrowed result.
    func lookup(_ cls: PyClass, _ name: String) -> Value? {
        if cls.lookupEpoch != classEpoch {
            cls.lookupCache = [:]
            cls.lookupEpoch = classEpoch
        }
        // Comparing lengths first keeps most mismatches out of the out-of-line string compare.
        let length = name.utf8.count
        for entry in cls.recentLookups where entry.name.utf8.count == length && entry.name == name { return entry.value }
        if let cached = cls.lookupCache[name] { return cached }
        var found: Value? = nil
        for c in cls.mro {
            if let v = dictGetString(c.namespace, name) { found = v; break }
        }
        cls.lookupCache[name] = .some(found)
        if cls.recentLookups.count < 8 { cls.recentLookups.append((name, found)) }
        return found
    }

    /// `cls`'s `__new__`, `__init__` and `__del__`, from the class's cache when current.
    @inline(__always)
    func specialMethods(_ cls: PyClass) -> SpecialMethods {
        if cls.specialMethods.epoch == classEpoch { return cls.specialMethods }
        var found = SpecialMethods(epoch: classEpoch, new: lookup(cls, "__new__"), initializer: lookup(cls, "__init__"),
                                   finalizer: lookup(cls, "__del__"))
        if case .object(let h)? = found.new { found.newIsPython = !(object(h) is PyBuiltin) }
        if case .object(let h)? = found.initializer, let b = object(h) as? PyBuiltin {
            found.initIsObjectInit = b.qualname == "object.__init__"
        }
        cls.specialMethods = found
        return found
    }

    /// A dunder defined by a user class (not a built-in type's own method).
    func userDunder(_ v: Value, _ name: String) -> Value? {
        guard case .object(let h) = v, let cls = object(h).cls, !cls.isBuiltin else { return nil }
        guard let m = lookup(cls, name) else { return nil }
        if case .object(let mh) = m, object(mh) is PyBuiltin { return nil }
        return m
    }

    // MARK: class statement

    func buildClass(_ t: ClassTemplate, _ f: Frame) throws -> Value {
        var bases: [Value] = []
        defer { decref(bases) }
        for b in t.bases { if case .positional(let e) = b { bases.append(try eval(e, f)) } }
        let ns = register(PyDict(cls: types.dict))
        let nsValue = Value.object(ns.handle)
        defer { decref(nsValue) }
        try dictSetString(ns, "__module__", newString(t.body.code.module.name))
        try dictSetString(ns, "__qualname__", newString(t.qualname))
        // A class body's docstring is its `__doc__`, stored first as CPython's compiler
        // does; without one, `type.__new__` adds `__doc__ = None` after the body's names.
        if case .object = t.body.code.docstring {
            incref(t.body.code.docstring)
            try dictSetString(ns, "__doc__", t.body.code.docstring)
        }
        let frame = Frame(code: t.body.code, function: nil)
        frame.namespace = ns
        let closure = t.body.closure.map { f.cells[$0] }
        setUpCells(frame, closure: closure)
        let classCell = t.body.code.cellNames.firstIndex(of: "__class__").map { frame.cells[$0] }
        if let classCell { classCell.refcount += 1 }
        defer { if let classCell { decref(.object(classCell.handle)) } }
        decref(try runFrame(frame, closure: closure))
        let cls = try makeClass(name: t.name, qualname: t.qualname, bases: bases, namespace: ns)
        if let classCell {
            incref(cls)
            decref(classCell.value)
            classCell.value = cls
        }
        return cls
    }

    /// `type(name, bases, namespace)`: validates bases, computes the C3 MRO and the layout.
    func makeClass(name: String, qualname: String, bases baseValues: [Value], namespace ns: PyDict) throws -> Value {
        var bases: [PyClass] = []
        for b in baseValues {
            guard case .object(let h) = b, let c = object(h) as? PyClass else {
                throw error("TypeError", "bases must be types")
            }
            if c === types.bool || c === types.noneType || c === types.range || c === types.slice || c === types.function {
                throw error("TypeError", "type '\(c.name)' is not an acceptable base type")
            }
            bases.append(c)
        }
        if bases.isEmpty { bases = [types.object] }
        var layoutBase: PyClass? = nil
        for b in bases where b.builtinBase !== types.object {
            let lb = b.builtinBase
            if let l = layoutBase, l !== lb, !l.isSubclass(of: lb), !lb.isSubclass(of: l) {
                throw error("TypeError", "multiple bases have instance lay-out conflict")
            }
            if layoutBase == nil || lb.isSubclass(of: layoutBase ?? lb) { layoutBase = lb }
        }
        // `type.__new__` takes `__qualname__` out of the namespace (the class keeps it), and
        // gives a class without a docstring `__doc__ = None`, after its names.
        var qualname = qualname
        if let q = dictGetString(ns, "__qualname__") {
            guard let text = stringValue(q) else {
                throw error("TypeError", "type __qualname__ must be a str, not \(typeName(q))")
            }
            qualname = text
            _ = try dictDelString(ns, "__qualname__")
        }
        if dictGetString(ns, "__doc__") == nil { try dictSetString(ns, "__doc__", .none) }
        incref(.object(ns.handle))
        let moduleName = dictGetString(ns, "__module__").flatMap { stringValue($0) } ?? "__main__"
        let cls = register(PyClass(name: name, qualname: qualname, module: moduleName, bases: bases, namespace: ns,
                                   layout: layoutBase?.layout ?? .object, isBuiltin: false, cls: types.type))
        for b in bases { incref(.object(b.handle)) }
        cls.holdsSelf = true
        cls.refcount += 1
        do {
            cls.mro = try c3(cls, bases)
        } catch {
            decref(.object(cls.handle))
            throw error
        }
        // __slots__
        var slotNames: [String] = bases.flatMap { $0.slotNames }
        var hasDict = bases.contains { $0.instancesHaveDict && !$0.isBuiltin } || (layoutBase?.instancesHaveDict ?? false)
        var weakrefable = bases.contains { $0.weakrefable } 
        if let slots = dictGetString(ns, "__slots__") {
            var names: [String] = []
            if let s = stringValue(slots) { names = [s] } else {
                for item in try collect(slots) {
                    defer { decref(item) }
                    guard let s = stringValue(item) else { throw error("TypeError", "__slots__ items must be strings, not '\(typeName(item))'") }
                    names.append(s)
                }
            }
            for n in names {
                if n == "__dict__" { hasDict = true } else if n == "__weakref__" { weakrefable = true } else { slotNames.append(n) }
            }
            if bases.allSatisfy({ $0 === types.object }) {
                // Only the declared capabilities.
            }
        } else {
            hasDict = true
            let lb = layoutBase
            weakrefable = lb == nil || lb === types.list || lb === types.dict || lb === types.set || lb === types.frozenset || lb === types.str
                || lb?.layout == .exception || weakrefable
            if let lb, lb === types.int || lb === types.tuple { weakrefable = bases.contains { $0.weakrefable && !$0.isBuiltin } }
        }
        cls.slotNames = slotNames
        cls.instancesHaveDict = hasDict
        cls.weakrefable = weakrefable
        var extra: [Value] = cls.mro.dropFirst().filter { !$0.isBuiltin }.map { .object($0.handle) }
        if let first = bases.first, !first.isBuiltin { extra.append(.object(first.handle)) }
        let baseHasDict = bases.contains { $0.instancesHaveDict }
        let baseWeakrefable = bases.contains { $0.weakrefable }
        if hasDict && !baseHasDict { extra.append(.object(cls.handle)) }
        if weakrefable && !baseWeakrefable { extra.append(.object(cls.handle)) }
        let inheritedSlots = bases.reduce(0) { $0 + $1.slotNames.count }
        for _ in 0..<max(0, slotNames.count - inheritedSlots) { extra.append(.object(cls.handle)) }
        extra.forEach(incref)
        cls.extraReferences = extra
        if dictGetString(ns, "__eq__") != nil && dictGetString(ns, "__hash__") == nil {
            try dictSetString(ns, "__hash__", .none)
        }
        // Functions defined in the body learn their class for `super()` and reprs.
        for e in ns.liveEntries {
            if case .object(let h) = e.value {
                let o = object(h)
                if let fn = o as? PyFunction { fn.definingClass = cls }
                if let w = o as? PyMethodWrapper, case .object(let fh) = w.function, let fn = object(fh) as? PyFunction { fn.definingClass = cls }
            }
        }
        // The new class may reuse a dead class's handle that attribute sites remember.
        invalidateLookupCaches()
        return .object(cls.handle)
    }

    /// C3 linearization (CPython: `Objects/typeobject.c`, `mro_implementation`).
    func c3(_ cls: PyClass, _ bases: [PyClass]) throws -> [PyClass] {
        var sequences: [[PyClass]] = bases.map { $0.mro } + [bases]
        var result: [PyClass] = [cls]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyClass? = nil
            for seq in sequences {
                let head = seq[0]
                if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                throw error("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases " +
                            bases.map { $0.name }.joined(separator: ", "))
            }
            result.append(next)
            sequences = sequences.map { seq in seq.first === next ? Array(seq.dropFirst()) : seq }
        }
    }

    // MARK: instances

    /// `cls(*args, **kwargs)`: CPython's `type_call`: `__new__`, then `__init__` if the result
    /// is an instance of `cls`.
    func construct(_ cls: PyClass, _ args: [Value], _ kwargs: [(String, Value)]) throws -> Value {
        if cls.isBuiltin {
            if let ctor = cls.builtinConstructor {
                defer { decref(args); decref(kwargs.map { $0.1 }) }
                return try ctor(self, args, kwargs)
            }
            if cls.layout == .exception {
                let inst = try newInstance(cls, args)
                decref(args); decref(kwargs.map { $0.1 })
                return inst
            }
            decref(args); decref(kwargs.map { $0.1 })
            throw error("TypeError", "cannot create '\(cls.module == "builtins" ? "" : cls.module + ".")\(cls.name)' instances")
        }
        let instance: Value
        let special = specialMethods(cls)
        if special.newIsPython, let newFn = special.new, case .object(let nh) = newFn {
            args.forEach(incref); kwargs.forEach { incref($0.1) }
            incref(.object(cls.handle))
            let target = (object(nh) as? PyMethodWrapper)?.function ?? newFn
            do { instance = try call(target, [.object(cls.handle)] + args, kwargs) } catch {
                decref(args); decref(kwargs.map { $0.1 }); throw error
            }
            guard case .object(let ih) = instance, let ic = object(ih).cls, ic.isSubclass(of: cls) else {
                decref(args); decref(kwargs.map { $0.1 })
                return instance
            }
        } else {
            do { instance = try newInstance(cls, args) } catch { decref(args); decref(kwargs.map { $0.1 }); throw error }
        }
        // Looked up again: a `__new__` written in Python may have changed the class.
        let initFn: Value?, initIsObjectInit: Bool, hasNew: Bool
        if special.newIsPython {
            let fresh = specialMethods(cls)
            (initFn, initIsObjectInit, hasNew) = (fresh.initializer, fresh.initIsObjectInit, fresh.newIsPython)
        } else {
            (initFn, initIsObjectInit, hasNew) = (special.initializer, special.initIsObjectInit, false)
        }
        guard let initFn else {
            decref(args); decref(kwargs.map { $0.1 })
            return instance
        }
        if initIsObjectInit {
            if !args.isEmpty || !kwargs.isEmpty {
                let hasNew = hasNew || cls.layout != .object
                decref(args); decref(kwargs.map { $0.1 })
                if !hasNew {
                    decref(instance)
                    throw error("TypeError", "\(cls.name)() takes no arguments")
                }
            }
            return instance
        }
        incref(instance)
        let r: Value
        do {
            if kwargs.isEmpty, let fn = plainFunction(initFn, passing: args.count + 1) {
                r = try callPlain(fn, first: instance, args)
            } else {
                r = try call(initFn, [instance] + args, kwargs)
            }
        } catch {
            decref(instance)
            throw error
        }
        return try initialized(instance, initResult: r)
    }

    /// The new instance once `__init__` returned `result` (consumed), which must be None.
    func initialized(_ instance: Value, initResult result: Value) throws -> Value {
        if case .none = result { return instance }
        let message = "__init__() should return None, not '\(typeName(result))'"
        decref(result)
        decref(instance)
        throw error("TypeError", message)
    }

    /// Allocates an instance with the layout of the class's built-in base. Args are borrowed.
    func newInstance(_ cls: PyClass, _ args: [Value]) throws -> Value {
        let o: PyObject
        switch cls.layout {
        case .list: o = PyList([], cls: cls)
        case .dict: o = PyDict(cls: cls)
        case .set: o = PySet(frozen: false, cls: cls)
        case .frozenset: o = PySet(frozen: true, cls: cls)
        case .exception:
            args.forEach(incref)
            o = PyException(args: .object(newTuple(args).handle), cls: cls)
        case .object: o = PyObject(cls: cls)
        case .int, .str, .tuple:
            // Immutable built-in bases: the base constructor makes the value.
            guard let ctor = cls.builtinBase.builtinConstructor else {
                throw error("TypeError", "cannot create '\(cls.name)' instances")
            }
            let v = try ctor(self, args, [])
            defer { decref(v) }
            switch cls.layout {
            case .int: o = PyBigInt(bigValue(v) ?? BigInt(0), cls: cls)
            case .str: o = PyStr(stringValue(v) ?? "", cls: cls)
            default:
                let items = (v.handle.flatMap { object($0) as? PyTuple })?.items ?? []
                items.forEach(incref)
                o = PyTuple(items, cls: cls)
            }
        case .weakref:
            guard let target = args.first else { throw error("TypeError", "__new__ expected at least 1 argument, got 0") }
            let r = try newWeakref(target, callback: args.count > 1 ? args[1] : .none, proxy: false, cls: cls)
            if let h = r.handle {
                if !cls.slotNames.isEmpty { object(h).slotValues = [Value?](repeating: nil, count: cls.slotNames.count) }
            }
            return r
        default:
            throw error("TypeError", "course cannot subclass '\(cls.builtinBase.name)' yet")
        }
        if !cls.slotNames.isEmpty { o.slotValues = [Value?](repeating: nil, count: cls.slotNames.count) }
        register(o)
        if lifetime != nil { traceCreated(o) }
        // The instance dict is made on first need (`instanceDict`), as CPython 3.11 makes
        // it only when asked: an instance without attributes costs one object.
        return .object(o.handle)
    }

    /// The instance dict, created on first need.
    func instanceDict(_ o: PyObject) -> PyDict {
        if let d = o.dict { return d }
        let d = register(PyDict(cls: types.dict))
        // CPython 3.11 keeps the attributes of plain class instances (built-in base
        // `object`) inline, with no dict object; subclasses of other built-ins get one.
        if let cls = o.cls, !cls.isBuiltin {
            if cls.layout == .object { d.isHiddenInstanceDict = true }
            d.entries.reserveCapacity(cls.instanceAttributeCount)
        }
        o.dict = d
        return d
    }
}
