import PySyntax

extension Runtime {
    /// `obj.name` (CPython: `PyObject_GenericGetAttr`, `type_getattro`); new reference.
    func getAttribute(_ v: Value, _ name: String) throws -> Value {
        if let target = try unwrapProxy(v) {
            defer { decref(target) }
            return try getAttribute(target, name)
        }
        if let r = try getAttributeOrNil(v, name) { return r }
        throw attributeError(v, name)
    }

    func attributeError(_ v: Value, _ name: String) -> Unwind {
        let message: String
        var candidates: [String] = []
        if case .object(let h) = v, let c = object(h) as? PyClass {
            message = "type object '\(c.name)' has no attribute '\(name)'"
            candidates = directory(v)
        } else if case .object(let h) = v, let m = object(h) as? PyModule {
            message = "module '\(m.name)' has no attribute '\(name)'"
            candidates = directory(v)
        } else {
            message = "'\(typeName(v))' object has no attribute '\(name)'"
            candidates = directory(v)
        }
        let e = error("AttributeError", message)
        if case .exception(let h) = e, let exc = object(h) as? PyException {
            exc.suggestion = suggestion(for: name, among: candidates)
        }
        return e
    }

    /// The sorted attribute names `dir()` would list, for suggestions.
    func directory(_ v: Value) -> [String] {
        var names = Set<String>()
        if case .object(let h) = v {
            let o = object(h)
            if let d = o.dict { for e in d.liveEntries { if let s = stringValue(e.key) { names.insert(s) } } }
            if let c = o as? PyClass { for k in c.mro { for e in k.namespace.liveEntries { if let s = stringValue(e.key) { names.insert(s) } } } }
        }
        for k in classOf(v).mro { for e in k.namespace.liveEntries { if let s = stringValue(e.key) { names.insert(s) } } }
        names.formUnion(classOf(v).slotNames)
        return names.sorted()
    }

    /// `obj.name`, or nil when absent (no AttributeError object is made, as `hasattr` and
    /// `getattr` with a default need).
    func getAttributeOrNil(_ v: Value, _ name: String) throws -> Value? {
        let cls = classOf(v)
        if case .object(let h) = v {
            let o = object(h)
            if let c = o as? PyClass { return try classAttribute(c, name) }
            if let m = o as? PyModule {
                if name == "__name__" { return newString(m.name) }
                if let d = m.dict, let r = dictGetString(d, name) { incref(r); return r }
                return nil
            }
            if let s = o as? PySuper { return try superAttribute(s, name) }
            if let w = o as? PyWeakref, w.kind != .ref {
                let target = try proxyReferent(w)
                defer { decref(target) }
                return try getAttributeOrNil(target, name)
            }
        }
        if name == "__class__" { incref(.object(cls.handle)); return .object(cls.handle) }
        let descr = lookup(cls, name)
        // Data descriptors win over the instance dict.
        if let descr, case .object(let dh) = descr {
            let d = object(dh)
            if let p = d as? PyProperty {
                if case .none = p.getter { throw error("AttributeError", "property '\(name)' of '\(cls.name)' object has no getter") }
                incref(v)
                return try call(p.getter, [v], [])
            }
        }
        if let slotIndex = cls.slotNames.firstIndex(of: name), case .object(let h) = v {
            let o = object(h)
            if slotIndex < o.slotValues.count, let sv = o.slotValues[slotIndex] { incref(sv); return sv }
            return nil
        }
        if case .object(let h) = v {
            let o = object(h)
            if name == "__dict__", o.cls?.instancesHaveDict == true || o is PyFunction {
                let d = instanceDict(o)
                d.isHiddenInstanceDict = false
                incref(.object(d.handle))
                return .object(d.handle)
            }
            if let d = o.dict, let r = dictGetString(d, name) { incref(r); return r }
            if let r = try nativeAttribute(o, name) { return r }
            if name == "__weakref__", let c = o.cls, c.weakrefable, !c.isBuiltin || o is PySet || o is PyFunction {
                guard let first = o.weakrefs.first else { return Value.none }
                incref(.object(first))
                return .object(first)
            }
        }
        if let descr {
            return try bindDescriptor(descr, instance: v, owner: cls)
        }
        if let getattr = lookup(cls, "__getattr__") {
            incref(v)
            do {
                return try call(getattr, [v, newString(name)], [])
            } catch Unwind.exception(let e) where classOf(.object(e)).isSubclass(of: types.exception("AttributeError")) {
                decref(.object(e))
                return nil
            }
        }
        return nil
    }

    /// What a class attribute becomes when read through an instance (`tp_descr_get`).
    func bindDescriptor(_ descr: Value, instance: Value, owner: PyClass) throws -> Value {
        if case .object(let dh) = descr {
            let d = object(dh)
            if d is PyFunction || d is PyBuiltin {
                incref(descr); incref(instance)
                return .object(register(PyBoundMethod(function: descr, receiver: instance, cls: types.method)).handle)
            }
            if let w = d as? PyMethodWrapper {
                incref(w.function)
                if w.kind == .staticMethod { return w.function }
                incref(.object(owner.handle))
                return .object(register(PyBoundMethod(function: w.function, receiver: .object(owner.handle), cls: types.method)).handle)
            }
        }
        incref(descr)
        return descr
    }

    func classAttribute(_ c: PyClass, _ name: String) throws -> Value? {
        switch name {
        case "__name__": return newString(c.name)
        case "__qualname__": return newString(c.qualname)
        case "__module__" where c.isBuiltin: return newString(c.module)
        case "__mro__":
            let items: [Value] = c.mro.map { .object($0.handle) }
            items.forEach(incref)
            return .object(newTuple(items).handle)
        case "__bases__":
            let items: [Value] = c.bases.map { .object($0.handle) }
            items.forEach(incref)
            return .object(newTuple(items).handle)
        case "__base__":
            guard let b = c.bases.first else { return Value.none }
            incref(.object(b.handle)); return .object(b.handle)
        case "__dict__":
            incref(.object(c.namespace.handle)); return .object(c.namespace.handle)
        case "__class__":
            let t = c.cls ?? types.type
            incref(.object(t.handle)); return .object(t.handle)
        default: break
        }
        if let v = lookup(c, name) {
            if case .object(let h) = v {
                let d = object(h)
                if let w = d as? PyMethodWrapper {
                    incref(w.function)
                    if w.kind == .staticMethod { return w.function }
                    incref(.object(c.handle))
                    return .object(register(PyBoundMethod(function: w.function, receiver: .object(c.handle), cls: types.method)).handle)
                }
            }
            incref(v)
            return v
        }
        if let v = lookup(c.cls ?? types.type, name) {
            return try bindDescriptor(v, instance: .object(c.handle), owner: c.cls ?? types.type)
        }
        return nil
    }

    func superAttribute(_ s: PySuper, _ name: String) throws -> Value? {
        let mro = s.objectType.mro
        guard let start = mro.firstIndex(where: { $0 === s.startAfter }) else { return nil }
        for c in mro[(start + 1)...] {
            if let v = dictGetString(c.namespace, name) {
                if case .object(let h) = s.object, object(h) is PyClass, s.objectType === (object(h) as? PyClass) {
                    if case .object(let dh) = v, let w = object(dh) as? PyMethodWrapper {
                        incref(w.function)
                        if w.kind == .staticMethod { return w.function }
                        incref(s.object)
                        return .object(register(PyBoundMethod(function: w.function, receiver: s.object, cls: types.method)).handle)
                    }
                    incref(v)
                    return v
                }
                if case .object(let dh) = v, let p = object(dh) as? PyProperty {
                    incref(s.object)
                    return try call(p.getter, [s.object], [])
                }
                return try bindDescriptor(v, instance: s.object, owner: s.objectType)
            }
        }
        return nil
    }

    /// `obj.name = value` (consumes `value`).
    func setAttribute(_ v: Value, _ name: String, _ value: Value) throws {
        guard case .object(let h) = v else {
            decref(value)
            throw error("AttributeError", "'\(typeName(v))' object has no attribute '\(name)'")
        }
        let o = object(h)
        if let c = o as? PyClass {
            if c.isBuiltin {
                decref(value)
                throw error("TypeError", "cannot set '\(name)' attribute of immutable type '\(c.name)'")
            }
            try dictSetString(c.namespace, name, value)
            invalidateLookupCaches()
            return
        }
        if let w = o as? PyWeakref, name == "__callback__" {
            _ = w
            decref(value)
            throw error("AttributeError", "readonly attribute")
        }
        if let w = o as? PyWeakref, w.kind != .ref {
            let target: Value
            do { target = try proxyReferent(w) } catch { decref(value); throw error }
            defer { decref(target) }
            return try setAttribute(target, name, value)
        }
        let cls = classOf(v)
        if let descr = lookup(cls, name), case .object(let dh) = descr, let p = object(dh) as? PyProperty {
            if case .none = p.setter {
                decref(value)
                throw error("AttributeError", "property '\(name)' of '\(cls.name)' object has no setter")
            }
            incref(v)
            decref(try call(p.setter, [v, value], []))
            return
        }
        if !cls.isBuiltin, let setattr = lookup(cls, "__setattr__"), case .object(let sh) = setattr, !(object(sh) is PyBuiltin) {
            incref(v)
            decref(try call(setattr, [v, newString(name), value], []))
            return
        }
        if let i = cls.slotNames.firstIndex(of: name), i < o.slotValues.count {
            let old = o.slotValues[i]
            o.slotValues[i] = value
            decref(old)
            return
        }
        if o.dict != nil || (!cls.isBuiltin && cls.instancesHaveDict) || o is PyFunction || o is PyException {
            try dictSetString(instanceDict(o), name, value)
            return
        }
        decref(value)
        if !cls.isBuiltin {
            throw error("AttributeError", "'\(cls.name)' object has no attribute '\(name)'")
        }
        throw error("AttributeError", "'\(cls.name)' object has no attribute '\(name)'")
    }

    func deleteAttribute(_ v: Value, _ name: String) throws {
        if let target = try unwrapProxy(v) {
            defer { decref(target) }
            return try deleteAttribute(target, name)
        }
        guard case .object(let h) = v else { throw attributeError(v, name) }
        let o = object(h)
        if let c = o as? PyClass {
            guard try dictDelString(c.namespace, name) else { throw attributeError(v, name) }
            invalidateLookupCaches()
            return
        }
        let cls = classOf(v)
        if let descr = lookup(cls, name), case .object(let dh) = descr, let p = object(dh) as? PyProperty {
            if case .none = p.deleter { throw error("AttributeError", "property '\(name)' of '\(cls.name)' object has no deleter") }
            incref(v)
            decref(try call(p.deleter, [v], []))
            return
        }
        if !cls.isBuiltin, let delattr = lookup(cls, "__delattr__"), case .object(let sh) = delattr, !(object(sh) is PyBuiltin) {
            incref(v)
            decref(try call(delattr, [v, newString(name)], []))
            return
        }
        if let i = cls.slotNames.firstIndex(of: name), i < o.slotValues.count {
            guard let old = o.slotValues[i] else { throw error("AttributeError", "'\(cls.name)' object has no attribute '\(name)'") }
            o.slotValues[i] = nil
            decref(old)
            return
        }
        if let d = o.dict, try dictDelString(d, name) { return }
        throw error("AttributeError", "'\(cls.name)' object has no attribute '\(name)'")
    }
}
