import PySyntax

extension Runtime {
    func installWeakrefModule() {
        let wr = makeModule("weakref")
        moduleValue(wr, "ref", .object(types.weakref.handle))
        moduleValue(wr, "ReferenceType", .object(types.weakref.handle))
        moduleValue(wr, "ProxyType", .object(types.weakProxy.handle))
        moduleValue(wr, "CallableProxyType", .object(types.weakCallableProxy.handle))
        defineConstructor(types.weakref) { rt, args, kwargs in
            if !kwargs.isEmpty { throw rt.error("TypeError", "ref() takes no keyword arguments") }
            try rt.expectArguments("__new__", args, min: 1, max: 2)
            return try rt.newWeakref(args[0], callback: args.count > 1 ? args[1] : .none, proxy: false)
        }
        moduleFunction(wr, "proxy") { rt, args, kwargs in
            try rt.expectArguments("proxy", args, min: 1, max: 2)
            return try rt.newWeakref(args[0], callback: args.count > 1 ? args[1] : .none, proxy: true)
        }
        moduleFunction(wr, "getweakrefcount") { rt, args, kwargs in
            try rt.expectArguments("getweakrefcount", args, kwargs, exactly: 1)
            guard case .object(let h) = args[0] else { return .int(0) }
            return .int(rt.object(h).weakrefs.count)
        }
        moduleFunction(wr, "getweakrefs") { rt, args, kwargs in
            try rt.expectArguments("getweakrefs", args, kwargs, exactly: 1)
            guard case .object(let h) = args[0] else { return rt.newList([]) }
            let refs: [Value] = rt.object(h).weakrefs.map { .object($0) }
            refs.forEach(rt.incref)
            return rt.newList(refs)
        }
        defineMethod(types.weakref, "__init__") { _, _, _ in .none }
        defineMethod(types.weakref, "__eq__") { rt, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "expected 1 argument") }
            return .bool(try rt.weakrefEquals(args[0], args[1]))
        }
        defineMethod(types.weakref, "__ne__") { rt, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "expected 1 argument") }
            return .bool(!(try rt.weakrefEquals(args[0], args[1])))
        }
        defineMethod(types.weakref, "__hash__") { rt, args, _ in
            guard let v = args.first, case .object(let h) = v, let w = rt.object(h) as? PyWeakref else { return .int(0) }
            if let c = w.cachedHash { return .int(c) }
            guard let r = w.referent else { throw rt.error("TypeError", "weak object has gone away") }
            let hv = try rt.hash(.object(r))
            w.cachedHash = hv
            return .int(hv)
        }
        defineConstructor(types.method) { rt, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "method expected 2 arguments, got \(args.count)") }
            args.forEach(rt.incref)
            return .object(rt.register(PyBoundMethod(function: args[0], receiver: args[1], cls: rt.types.method)).handle)
        }
        defineMethod(types.weakref, "__call__") { rt, args, _ in
            guard case .object(let h)? = args.first, let w = rt.object(h) as? PyWeakref, let r = w.referent else { return .none }
            rt.incref(.object(r))
            return .object(r)
        }
    }

    /// Runs the Python half of `weakref` once, on the first `import weakref`.
    func loadWeakrefPrelude() throws {
        guard weakrefPrelude == nil else { return }
        let m = ModuleGlobals(name: "weakref")
        weakrefPrelude = m
        let code: CodeObject
        do {
            let module = try Parser.parse(WeakrefPrelude.source, filename: "weakref.py")
            code = try Compiler.compile(module, into: m) { [unowned self] c in self.constantValue(c) } attributeName: { [unowned self] n in self.attributeName(n) }
                constantTuple: { [unowned self] items in self.constantTuple(items) }
        } catch {
            throw self.error("RuntimeError", "course could not load weakref: \(error)")
        }
        m.values.reset(count: m.names.names.count)
        storeGlobal(m.names.slot("ref"), .object(types.weakref.handle), in: m)
        storeGlobal(m.names.slot("ProxyType"), .object(types.weakProxy.handle), in: m)
        storeGlobal(m.names.slot("CallableProxyType"), .object(types.weakCallableProxy.handle), in: m)
        storeGlobal(m.names.slot("__name__"), newString("weakref"), in: m)
        installPreludeHooks(m)
        decref(try runFrame(Frame(code: code, function: nil), closure: []))
        guard case .object(let h)? = modules["weakref"], let wr = object(h) as? PyModule, let d = wr.dict else { return }
        let exported = ["KeyedRef", "WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "WeakMethod", "finalize",
                        "ProxyTypes", "_remove_dead_weakref"]
        for name in exported {
            if let i = m.names.lookup(name), i < m.values.count, let v = m.values[i] {
                incref(v)
                try dictSetString(d, name, v)
            }
        }
    }

    /// At exit, the `finalize` objects still alive with `atexit` set run, newest first.
    func runAtExitFinalizers() {
        guard let m = weakrefPrelude, let i = m.names.lookup("finalize"), i < m.values.count, let cls = m.values[i] else { return }
        if lifetime != nil { traceAtExitFinalizers() }
        do { decref(try callMethod(cls, "_run_at_exit", [])) } catch let u as Unwind { reportIgnored(u, context: cls) } catch {}
    }

    /// `weakref_richcompare`: referents compared while both live, identity otherwise.
    func weakrefEquals(_ a: Value, _ b: Value) throws -> Bool {
        guard case .object(let x) = a, case .object(let y) = b, let w = object(x) as? PyWeakref, let v = object(y) as? PyWeakref else {
            return a.isIdentical(to: b)
        }
        if let r1 = w.referent, let r2 = v.referent {
            return try truthy(consuming: try richCompare(.equal, .object(r1), .object(r2)))
        }
        return w === v
    }

    /// Whether CPython gives objects of this class a weak-reference list.
    func acceptsWeakReferences(_ v: Value) -> Bool {
        guard case .object(let h) = v else { return false }
        let o = object(h)
        if type(of: o) == PyObject.self { return o.cls?.weakrefable ?? false }
        if o is PyWeakref { return o.cls.map { !$0.isBuiltin && $0.weakrefable } ?? false }
        if o is PyFunction || o is PyClass || o is PyBuiltin || o is PyBoundMethod || o is PyModule { return true }
        guard let cls = o.cls else { return false }
        return cls.weakrefable
    }

    /// `weakref.ref(obj, callback)` / `weakref.proxy(obj, callback)`, sharing the callback-less
    /// reference and ordering the list as CPython does (`get_basic_refs`, `insert_head`,
    /// `insert_after` in `Objects/weakrefobject.c`).
    func newWeakref(_ target: Value, callback: Value, proxy: Bool, cls refClass: PyClass? = nil) throws -> Value {
        guard acceptsWeakReferences(target), case .object(let h) = target else {
            throw error("TypeError", "cannot create weak reference to '\(typeName(target))' object")
        }
        let o = object(h)
        let list = o.weakrefs
        var basicRef: Int? = nil, basicProxy: Int? = nil
        if let first = list.first, let w = object(first) as? PyWeakref, w.kind == .ref, case .none = w.callback, w.cls === types.weakref {
            basicRef = 0
        }
        let proxyIndex = basicRef == nil ? 0 : 1
        if proxyIndex < list.count, let w = object(list[proxyIndex]) as? PyWeakref, w.kind != .ref, case .none = w.callback {
            basicProxy = proxyIndex
        }
        let noCallback: Bool = { if case .none = callback { return true }; return false }()
        let exactType = refClass == nil || refClass === types.weakref
        if noCallback && exactType {
            if !proxy, let i = basicRef { incref(.object(list[i])); return .object(list[i]) }
            if proxy, let i = basicProxy { incref(.object(list[i])); return .object(list[i]) }
        }
        // Only a proxy's type depends on whether the referent is callable.
        let isCallable = proxy && (o is PyFunction || o is PyBuiltin || o is PyBoundMethod || o is PyClass
            || o.cls.flatMap { lookup($0, "__call__") } != nil)
        let kind: PyWeakref.Kind = proxy ? (isCallable ? .callableProxy : .proxy) : .ref
        let cls = proxy ? (isCallable ? types.weakCallableProxy : types.weakProxy) : (refClass ?? types.weakref)
        incref(callback)
        let w = register(PyWeakref(kind: kind, referent: h, callback: callback, cls: cls))
        if lifetime != nil { traceWeakref(to: o, callback: callback) }
        var position: Int
        if noCallback && !proxy && exactType {
            position = 0
        } else if noCallback && proxy {
            position = basicRef == nil ? 0 : 1
        } else {
            position = (basicProxy ?? basicRef).map { $0 + 1 } ?? 0
        }
        o.weakrefs.insert(w.handle, at: min(position, o.weakrefs.count))
        return .object(w.handle)
    }

    /// If `v` is a proxy, its live referent (new reference); nil for anything else.
    func unwrapProxy(_ v: Value) throws -> Value? {
        guard case .object(let h) = v, let w = object(h) as? PyWeakref, w.kind != .ref else { return nil }
        return try proxyReferent(w)
    }

    /// The live referent of a proxy (new reference), or `ReferenceError`.
    func proxyReferent(_ w: PyWeakref) throws -> Value {
        guard let r = w.referent else {
            throw error("ReferenceError", "weakly-referenced object no longer exists")
        }
        incref(.object(r))
        return .object(r)
    }
}

// MARK: natives the prelude calls

extension Runtime {
    /// Installs the prelude's native helpers in its globals. `_report_error` prints what a
    /// finalizer raised at exit; the others do, in one call each, the steps CPython's
    /// `Lib/weakref.py` spends a dozen bytecodes on (and its C `_remove_dead_weakref`).
    func installPreludeHooks(_ m: ModuleGlobals) {
        preludeFields = PreludeFieldNames(walkers: attributeName("_walkers"), backlog: attributeName("_backlog"),
                                          data: attributeName("data"), remove: attributeName("_remove"))
        func hook(_ name: String, arity: Int, _ body: @escaping NativeFunction) {
            let b = immortal(PyBuiltin(name: name, qualname: name, ownerName: nil, body: { rt, args, kwargs in
                try rt.expectArguments(name, args, kwargs, exactly: arity)
                return try body(rt, args, kwargs)
            }, cls: types.builtinFunction))
            storeGlobal(m.names.slot(name), .object(b.handle), in: m)
        }
        hook("_report_error", arity: 1) { rt, args, _ in
            if case .object(let e) = args[0] {
                rt.incref(.object(e))
                rt.writeErr(rt.formatTraceback(e))
                rt.decref(.object(e))
            }
            return .none
        }
        hook("_remove_dead_weakref", arity: 2) { rt, args, _ in
            try rt.removeDeadWeakref(args[0], args[1])
            return .none
        }
        hook("_new_keyed_ref", arity: 4) { rt, args, _ in
            try rt.newKeyedRef(args[0], args[1], args[2], key: args[3])
        }
        hook("_value_died", arity: 2) { rt, args, _ in
            try rt.weakValueDied(owner: args[0], args[1])
            return .none
        }
        hook("_fetch_value", arity: 3) { rt, args, _ in
            try rt.fetchWeakValue(args[0], args[1], default: args[2])
        }
        hook("_walk_step", arity: 2) { rt, args, _ in
            guard case .int(let code) = args[1], let kind = WeakWalkKind(rawValue: code) else {
                throw rt.error("TypeError", "_walk_step(): unknown walk kind")
            }
            return try rt.weakWalkStep(args[0], kind)
        }
        hook("_store_value", arity: 4) { rt, args, _ in
            try rt.storeWeakValue(args[0], args[1], args[2], keyedRef: args[3])
            return .none
        }
    }

    /// `_weakref._remove_dead_weakref(d, key)`: deletes `d[key]` only while it is a dead weak
    /// reference (one hash of the key); a missing key is no error.
    /// CPython: `Modules/_weakref.c`, `_PyDict_DelItemIf`.
    func removeDeadWeakref(_ dict: Value, _ key: Value) throws {
        guard case .object(let dh) = dict, let d = object(dh) as? PyDict else {
            throw error("TypeError", "_remove_dead_weakref() argument 1 must be dict, not \(typeName(dict))")
        }
        let (found, slot) = try d.find(hash: try hash(key)) { try keyEquals($0, key) }
        guard let found, let entry = d.entries[found] else { return }
        guard case .object(let vh) = entry.value, let w = object(vh) as? PyWeakref else {
            throw error("TypeError", "not a weakref")
        }
        guard w.referent == nil, let removed = d.remove(entryIndex: found, slot: slot) else { return }
        decref(removed.key)
        decref(removed.value)
    }

    /// `KeyedRef.__new__`: a weak reference of class `cls` whose `key` slot holds `key`.
    func newKeyedRef(_ cls: Value, _ target: Value, _ callback: Value, key: Value) throws -> Value {
        guard case .object(let ch) = cls, let c = object(ch) as? PyClass else {
            throw error("TypeError", "KeyedRef.__new__(X): X is not a type object (\(typeName(cls)))")
        }
        let r = try newInstance(c, [target, callback])
        incref(key)
        // KeyedRef's own layout (`key` the first slot, no __setattr__ of its own): store directly.
        if c.slotNames.first == "key", lookup(c, "__setattr__").map({ object($0.handle ?? 0) is PyBuiltin }) ?? true,
           case .object(let h) = r, !object(h).slotValues.isEmpty {
            object(h).slotValues[0] = key
            return r
        }
        do { try setAttribute(r, "key", key) } catch { decref(r); throw error }
        return r
    }

    /// The body of a WeakValueDictionary's death callback: with the dictionary still alive,
    /// file the key for later while a walk is in progress, else drop the dead entry now.
    func weakValueDied(owner: Value, _ deadRef: Value) throws {
        guard case .object(let oh) = owner, let w = object(oh) as? PyWeakref, let mh = w.referent else { return }
        let map = Value.object(mh)
        incref(map)
        defer { decref(map) }
        let walking = try truthy(consuming: try containerField(map, .walkers))
        let key = try keyOfKeyedRef(deadRef)
        defer { decref(key) }
        if walking {
            let backlog = try containerField(map, .backlog)
            defer { decref(backlog) }
            incref(key)
            decref(try callMethod(backlog, "append", [key]))
        } else {
            let data = try containerField(map, .data)
            defer { decref(data) }
            try removeDeadWeakref(data, key)
        }
    }

    /// `map.get(key, default)` of a WeakValueDictionary (new reference).
    func fetchWeakValue(_ map: Value, _ key: Value, default fallback: Value) throws -> Value {
        try settleWeakBacklog(map)
        let data = try containerField(map, .data)
        defer { decref(data) }
        guard case .object(let dh) = data, let d = object(dh) as? PyDict else {
            throw error("TypeError", "WeakValueDictionary.data must be a dict, not \(typeName(data))")
        }
        guard let wr = try dictGet(d, key) else {
            incref(fallback)
            return fallback
        }
        incref(wr)
        defer { decref(wr) }
        let value = try call(wr, [], [])
        if case .none = value {
            incref(fallback)
            return fallback
        }
        return value
    }

    /// `map[key] = value` of a WeakValueDictionary: the value goes in as a KeyedRef whose
    /// callback is the dictionary's `_remove`.
    func storeWeakValue(_ map: Value, _ key: Value, _ value: Value, keyedRef: Value) throws {
        try settleWeakBacklog(map)
        let callback = try containerField(map, .remove)
        defer { decref(callback) }
        let wr = try newKeyedRef(keyedRef, value, callback, key: key)
        defer { decref(wr) }
        let data = try containerField(map, .data)
        defer { decref(data) }
        try setItem(data, key, wr)
    }

    /// Applies the deaths a weak container filed while it was being walked, if any.
    private func settleWeakBacklog(_ container: Value) throws {
        if try truthy(consuming: try containerField(container, .backlog)) {
            decref(try callMethod(container, "_settle", []))
        }
    }

    /// `container.name` for the prelude's own instance attributes (new reference): read
    /// straight from the instance dict, where `__init__` put them, without the descriptor
    /// search a general attribute read starts with; anything else takes the general path.
    private func containerField(_ container: Value, _ field: PreludeFieldNames.Field) throws -> Value {
        guard let fields = preludeFields else { preconditionFailure("prelude hooks run after installPreludeHooks") }
        // Only the interned key and its hash are read: copying a whole name would retain its string.
        let key: UInt32, hash: Int
        switch field {
        case .walkers: (key, hash) = (fields.walkers.key, fields.walkers.hash)
        case .backlog: (key, hash) = (fields.backlog.key, fields.backlog.hash)
        case .data: (key, hash) = (fields.data.key, fields.data.hash)
        case .remove: (key, hash) = (fields.remove.key, fields.remove.hash)
        }
        // Lent unretained: the caller holds the container, and the lookup runs no Python code.
        if case .object(let h) = container,
           let v = objects.withUnretained(Int(h), { o in o.dict.flatMap { dictGetInterned($0, key: key, hash: hash) } }) {
            incref(v)
            return v
        }
        guard let name = object(key) as? PyStr else { preconditionFailure("prelude field names are interned str objects") }
        return try getAttribute(container, name.value)
    }

    /// The `key` slot of a KeyedRef (new reference), read directly when the class keeps it
    /// first among its slots, as KeyedRef itself does.
    private func keyOfKeyedRef(_ r: Value) throws -> Value {
        if case .object(let h) = r, let o = object(h) as? PyWeakref, o.cls?.slotNames.first == "key",
           let first = o.slotValues.first, let key = first {
            incref(key)
            return key
        }
        return try getAttribute(r, "key")
    }
}

// MARK: one step of a walk over a weak container

extension Runtime {
    /// What a walk hands out, and which of its fields (the loop variables of CPython's
    /// generator method) it keeps between steps. Codes shared with the prelude's `_Walk` classes.
    enum WeakWalkKind: Int {
        case valueKeys = 0, valueItems, values, valueRefs, keys, keyItems, keyValues, members
    }

    /// `walk.__next__()` for the prelude's walks: starts the walk on its first step, then pulls
    /// from the underlying iterator until it finds an entry whose weak reference is alive,
    /// storing each entry in the walk's fields in the order CPython's generator binds its
    /// locals. Exhaustion or an error ends the walk (`_leave`) before it propagates.
    func weakWalkStep(_ walk: Value, _ kind: WeakWalkKind) throws -> Value {
        let phase = try walkField(walk, "_phase")
        decref(phase)
        if case .int(1) = phase {} else {
            decref(try callMethod(walk, "_begin", []))
        }
        let source = try walkField(walk, "_source")
        defer { decref(source) }
        while true {
            let pulled: Value?
            do { pulled = try next(source) } catch {
                decref(try callMethod(walk, "_leave", []))
                throw error
            }
            guard let item = pulled else {
                decref(try callMethod(walk, "_leave", []))
                throw try makeExceptionValue("StopIteration", args: [])
            }
            switch kind {
            case .valueRefs:
                return item
            case .valueKeys, .valueItems, .keyItems, .keyValues:
                let (first, second) = try unpackPair(item)
                defer { decref(first); decref(second) }
                let (firstName, secondName) = kind == .valueKeys || kind == .valueItems ? ("k", "wr") : ("wr", "v")
                try setWalkField(walk, firstName, first)
                try setWalkField(walk, secondName, second)
                let ref = kind == .valueKeys || kind == .valueItems ? second : first
                let target = try call(ref, [], [])
                switch kind {
                case .valueKeys:
                    decref(target)
                    if case .none = target { continue }
                    incref(first)
                    return first
                case .valueItems, .keyItems:
                    try setWalkField(walk, kind == .valueItems ? "v" : "k", target)
                    if case .none = target { decref(target); continue }
                    if kind == .valueItems {
                        incref(first)
                        return .object(newTuple([first, target]).handle)
                    }
                    incref(second)
                    return .object(newTuple([target, second]).handle)
                default:
                    decref(target)
                    if case .none = target { continue }
                    incref(second)
                    return second
                }
            case .values, .keys, .members:
                defer { decref(item) }
                try setWalkField(walk, "wr", item)
                let target = try call(item, [], [])
                let name = kind == .values ? "v" : kind == .keys ? "k" : "item"
                try setWalkField(walk, name, target)
                if case .none = target { decref(target); continue }
                return target
            }
        }
    }

    /// A walk's own field (new reference): straight from its instance dict.
    private func walkField(_ walk: Value, _ name: String) throws -> Value {
        if case .object(let h) = walk, let d = object(h).dict, let v = dictGetString(d, name) {
            incref(v)
            return v
        }
        return try getAttribute(walk, name)
    }

    /// `walk.name = value` (value borrowed), into the walk's instance dict.
    private func setWalkField(_ walk: Value, _ name: String, _ value: Value) throws {
        incref(value)
        if case .object(let h) = walk, let d = object(h).dict {
            try dictSetString(d, name, value)
            return
        }
        try setAttribute(walk, name, value)
    }

    /// The two items of a (key, value) pair from a dict items iterator, as new references;
    /// consumes the pair.
    private func unpackPair(_ pair: Value) throws -> (Value, Value) {
        defer { decref(pair) }
        guard case .object(let h) = pair, let t = object(h) as? PyTuple, t.items.count == 2 else {
            throw error("TypeError", "cannot unpack non-pair \(typeName(pair))")
        }
        incref(t.items[0])
        incref(t.items[1])
        return (t.items[0], t.items[1])
    }
}

/// The prelude's own instance attributes the native hooks read, interned once per run.
/// (Chosen by an enum, not a key path: the Swift runtime shares key path objects between
/// threads, and the core counts references non-atomically.)
/// A class, so that reading one name borrows it from the immutable instance instead of
/// copying (and retaining) the strings of all four.
final class PreludeFieldNames {
    enum Field { case walkers, backlog, data, remove }
    let walkers, backlog, data, remove: AttributeName

    init(walkers: AttributeName, backlog: AttributeName, data: AttributeName, remove: AttributeName) {
        self.walkers = walkers; self.backlog = backlog; self.data = data; self.remove = remove
    }
}
