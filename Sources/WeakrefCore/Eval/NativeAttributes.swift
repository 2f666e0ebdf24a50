extension Runtime {
    /// Attributes built-in objects expose (`f.__name__`, `e.args`, `r.__callback__`, ...).
    func nativeAttribute(_ o: PyObject, _ name: String) throws -> Value? {
        func owned(_ v: Value) -> Value { incref(v); return v }
        switch o {
        case let f as PyFunction:
            switch name {
            case "__name__": return newString(f.name)
            case "__qualname__": return newString(f.qualname)
            case "__doc__":
                incref(f.code.docstring)
                return f.code.docstring
            case "__module__": return newString("__main__")
            case "__defaults__":
                if f.defaults.isEmpty { return Value.none }
                f.defaults.forEach(incref)
                return .object(newTuple(f.defaults).handle)
            case "__closure__":
                if f.closure.isEmpty { return Value.none }
                let cells: [Value] = f.closure.map { .object($0.handle) }
                cells.forEach(incref)
                return .object(newTuple(cells).handle)
            default: return nil
            }
        case let b as PyBuiltin:
            switch name {
            case "__name__": return newString(b.name)
            case "__qualname__": return newString(b.qualname)
            default: return nil
            }
        case let m as PyBoundMethod:
            switch name {
            case "__self__": return owned(m.receiver)
            case "__func__": return owned(m.function)
            case "__name__", "__qualname__", "__doc__": return try getAttributeOrNil(m.function, name)
            default: return nil
            }
        case let e as PyException:
            switch name {
            case "args": return owned(e.args)
            case "__cause__": return owned(e.cause)
            case "__context__": return owned(e.context)
            case "__suppress_context__": return .bool(e.suppressContext)
            case "__traceback__": return Value.none
            case "name" where e.cls?.isSubclass(of: types.exception("NameError")) == true: return Value.none
            case "value" where e.cls?.isSubclass(of: types.exception("StopIteration")) == true:
                if let t = object(e.args.handle ?? 0) as? PyTuple, let first = t.items.first { return owned(first) }
                return Value.none
            default: return nil
            }
        case let w as PyWeakref:
            if name == "__callback__" { return owned(w.callback) }
            return nil
        case let r as PyRange:
            switch name {
            case "start": return .int(r.start)
            case "stop": return .int(r.stop)
            case "step": return .int(r.step)
            default: return nil
            }
        case let s as PySlice:
            switch name {
            case "start": return owned(s.lower)
            case "stop": return owned(s.upper)
            case "step": return owned(s.step)
            default: return nil
            }
        case let p as PyProperty:
            switch name {
            case "fget": return owned(p.getter)
            case "fset": return owned(p.setter)
            case "fdel": return owned(p.deleter)
            case "setter", "getter", "deleter":
                let which = name
                let b = register(PyBuiltin(name: which, qualname: "property.\(which)", ownerName: nil, body: { rt, args, _ in
                    guard let fn = args.first else { throw rt.error("TypeError", "\(which)() takes exactly one argument (0 given)") }
                    var parts = [p.getter, p.setter, p.deleter]
                    parts[which == "getter" ? 0 : (which == "setter" ? 1 : 2)] = fn
                    parts.forEach(rt.incref)
                    return .object(rt.register(PyProperty(getter: parts[0], setter: parts[1], deleter: parts[2], cls: rt.types.property)).handle)
                }, cls: types.builtinFunction))
                incref(.object(p.handle))
                // The builtin closes over `p`; keep it alive as long as the method object.
                b.slotValues = [.object(p.handle)]
                return .object(b.handle)
            default: return nil
            }
        case let w as PyMethodWrapper:
            if name == "__func__" { return owned(w.function) }
            return nil
        case let c as PyCell:
            if name == "cell_contents" {
                guard let v = c.value else { throw error("ValueError", "Cell is empty") }
                return owned(v)
            }
            return nil
        default:
            return nil
        }
    }
}
