extension Runtime {
    func installWeakrefModule() {
        let wr = makeModule("weakref")
        moduleValue(wr, "ref", .object(types.weakref.handle))
        moduleValue(wr, "ReferenceType", .object(types.weakref.handle))
        moduleValue(wr, "ProxyType", .object(types.weakProxy.handle))
        moduleValue(wr, "CallableProxyType", .object(types.weakCallableProxy.handle))
        types.weakref.name = "weakref"
        types.weakref.qualname = "ReferenceType"
        types.weakProxy.name = "weakproxy"
        types.weakCallableProxy.name = "weakcallableproxy"
        defineConstructor(types.weakref) { rt, args, kwargs in
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
        defineMethod(types.weakref, "__call__") { rt, args, _ in
            guard case .object(let h)? = args.first, let w = rt.object(h) as? PyWeakref, let r = w.referent else { return .none }
            rt.incref(.object(r))
            return .object(r)
        }
    }

    /// Whether CPython gives objects of this class a weak-reference list.
    func acceptsWeakReferences(_ v: Value) -> Bool {
        guard case .object(let h) = v else { return false }
        let o = object(h)
        if o is PyWeakref { return false }
        if o is PyFunction || o is PyClass || o is PyBuiltin || o is PyBoundMethod || o is PyModule { return true }
        guard let cls = o.cls else { return false }
        return cls.weakrefable
    }

    /// `weakref.ref(obj, callback)` / `weakref.proxy(obj, callback)`, sharing the callback-less
    /// reference and ordering the list as CPython does (`get_basic_refs`, `insert_head`,
    /// `insert_after` in `Objects/weakrefobject.c`).
    func newWeakref(_ target: Value, callback: Value, proxy: Bool) throws -> Value {
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
        if noCallback {
            if !proxy, let i = basicRef { incref(.object(list[i])); return .object(list[i]) }
            if proxy, let i = basicProxy { incref(.object(list[i])); return .object(list[i]) }
        }
        let isCallable: Bool = o is PyFunction || o is PyBuiltin || o is PyBoundMethod || o is PyClass || (o.cls.flatMap { lookup($0, "__call__") } != nil)
        let kind: PyWeakref.Kind = proxy ? (isCallable ? .callableProxy : .proxy) : .ref
        let cls = proxy ? (isCallable ? types.weakCallableProxy : types.weakProxy) : types.weakref
        incref(callback)
        let w = register(PyWeakref(kind: kind, referent: h, callback: callback, cls: cls))
        var position: Int
        if noCallback && !proxy {
            position = 0
        } else if noCallback && proxy {
            position = basicRef == nil ? 0 : 1
        } else {
            position = (basicProxy ?? basicRef).map { $0 + 1 } ?? 0
        }
        o.weakrefs.insert(w.handle, at: min(position, o.weakrefs.count))
        return .object(w.handle)
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
