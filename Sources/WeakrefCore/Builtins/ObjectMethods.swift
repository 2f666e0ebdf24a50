extension Runtime {
    func installObjectMethods() {
        let object = types.object
        defineMethod(object, "__init__") { _, _, _ in .none }
        defineMethod(object, "__new__") { rt, args, kwargs in
            guard let first = args.first, case .object(let h) = first, let cls = rt.object(h) as? PyClass else {
                throw rt.error("TypeError", "object.__new__(X): X is not a type object")
            }
            if cls.isBuiltin, let ctor = cls.builtinConstructor { return try ctor(rt, [], []) }
            return try rt.newInstance(cls, Array(args.dropFirst()))
        }
        defineMethod(object, "__repr__") { rt, args, _ in
            guard let v = args.first else { throw rt.error("TypeError", "descriptor '__repr__' of 'object' object needs an argument") }
            let cls = rt.classOf(v)
            let mod = cls.module == "builtins" ? "" : "\(cls.module)."
            return rt.newString("<\(mod)\(cls.qualname) object at \(rt.hex(v.handle ?? 0))>")
        }
        defineMethod(object, "__str__") { rt, args, _ in
            guard let v = args.first else { throw rt.error("TypeError", "descriptor '__str__' of 'object' object needs an argument") }
            return rt.newString(try rt.reprString(v))
        }
        defineMethod(object, "__eq__") { rt, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "expected 1 argument") }
            if args[0].isIdentical(to: args[1]) { return .bool(true) }
            rt.incref(rt.notImplemented)
            return rt.notImplemented
        }
        defineMethod(object, "__ne__") { rt, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "expected 1 argument") }
            return try rt.richCompare(.notEqual, args[0], args[1])
        }
        defineMethod(object, "__hash__") { rt, args, _ in
            guard let v = args.first, case .object(let h) = v else { return .int(0) }
            return .int(rt.identityHash(h))
        }
        defineMethod(object, "__setattr__") { rt, args, _ in
            guard args.count == 3, let name = rt.stringValue(args[1]), case .object(let h) = args[0] else {
                throw rt.error("TypeError", "expected 2 arguments")
            }
            let o = rt.object(h)
            rt.incref(args[2])
            if let cls = o.cls, let i = cls.slotNames.firstIndex(of: name), i < o.slotValues.count {
                let old = o.slotValues[i]
                o.slotValues[i] = args[2]
                rt.decref(old)
                return .none
            }
            try rt.dictSetString(rt.instanceDict(o), name, args[2])
            return .none
        }
        defineMethod(object, "__getattribute__") { rt, args, _ in
            guard args.count == 2, let name = rt.stringValue(args[1]) else { throw rt.error("TypeError", "expected 1 argument") }
            return try rt.getAttribute(args[0], name)
        }
        defineMethod(object, "__delattr__") { rt, args, _ in
            guard args.count == 2, let name = rt.stringValue(args[1]), case .object(let h) = args[0] else {
                throw rt.error("TypeError", "expected 1 argument")
            }
            guard let d = rt.object(h).dict, try rt.dictDelString(d, name) else { throw rt.attributeError(args[0], name) }
            return .none
        }
        defineMethod(object, "__format__") { rt, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "expected 1 argument") }
            if let spec = rt.stringValue(args[1]), !spec.isEmpty {
                throw rt.error("TypeError", "unsupported format string passed to \(rt.typeName(args[0])).__format__")
            }
            return rt.newString(try rt.strString(args[0]))
        }
        defineMethod(types.type, "mro") { rt, args, _ in
            guard let v = args.first, case .object(let h) = v, let c = rt.object(h) as? PyClass else { return rt.newList([]) }
            let items: [Value] = c.mro.map { .object($0.handle) }
            items.forEach(rt.incref)
            return rt.newList(items)
        }
        let exc = types.baseException
        defineMethod(exc, "__init__") { rt, args, _ in
            guard let v = args.first, case .object(let h) = v, let e = rt.object(h) as? PyException else { return .none }
            let rest = Array(args.dropFirst())
            rest.forEach(rt.incref)
            let old = e.args
            e.args = .object(rt.newTuple(rest).handle)
            rt.decref(old)
            return .none
        }
        defineMethod(exc, "__str__") { rt, args, _ in
            guard let v = args.first, case .object(let h) = v, let e = rt.object(h) as? PyException else { return rt.newString("") }
            guard let t = rt.object(e.args.handle ?? 0) as? PyTuple else { return rt.newString("") }
            switch t.items.count {
            case 0: return rt.newString("")
            case 1: return rt.newString(try rt.strString(t.items[0]))
            default: return rt.newString(try rt.reprString(e.args))
            }
        }
        defineMethod(exc, "__repr__") { rt, args, _ in
            guard let v = args.first, case .object(let h) = v, let e = rt.object(h) as? PyException else { return rt.newString("") }
            let name = e.cls?.name ?? "Exception"
            guard let t = rt.object(e.args.handle ?? 0) as? PyTuple else { return rt.newString("\(name)()") }
            if t.items.count == 1 { return rt.newString("\(name)(\(try rt.reprString(t.items[0])))") }
            return rt.newString(name + (try rt.reprString(e.args)))
        }
        defineMethod(exc, "with_traceback") { rt, args, _ in
            guard let v = args.first else { return .none }
            rt.incref(v)
            return v
        }
        defineMethod(types.int, "bit_length") { rt, args, _ in
            guard let v = args.first else { return .int(0) }
            if case .object(let h) = v, let b = rt.object(h) as? PyBigInt { return .int(b.value.bitLength) }
            let i = try rt.intArgument(v, "bit_length")
            return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
        }
        defineMethod(types.int, "__index__") { rt, args, _ in args.first ?? .int(0) }
        defineMethod(types.float, "is_integer") { rt, args, _ in
            guard case .float(let d)? = args.first else { return .bool(true) }
            return .bool(d.isFinite && d == d.rounded())
        }
        defineMethod(types.tuple, "count") { rt, args, _ in
            let t = try rt.receiver(args, PyTuple.self, rt.types.tuple, "count")
            try rt.expectArguments("count", Array(args.dropFirst()), [], exactly: 1)
            var n = 0
            for x in t.items where try rt.equals(x, args[1]) { n += 1 }
            return .int(n)
        }
        defineMethod(types.tuple, "index") { rt, args, _ in
            let t = try rt.receiver(args, PyTuple.self, rt.types.tuple, "index")
            guard args.count >= 2 else { throw rt.error("TypeError", "index expected at least 1 argument, got 0") }
            for (i, x) in t.items.enumerated() where try rt.equals(x, args[1]) { return .int(i) }
            throw rt.error("ValueError", "tuple.index(x): x not in tuple")
        }
    }
}
