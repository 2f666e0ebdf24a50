extension Runtime {
    func defineConstructor(_ cls: PyClass, _ body: @escaping NativeFunction) {
        cls.builtinConstructor = body
    }

    func installConstructors() {
        defineConstructor(types.int) { rt, args, kwargs in
            try rt.expectArguments("int", args, min: 0, max: 2)
            guard let v = args.first else { return .int(0) }
            if args.count == 2 {
                guard let s = rt.stringValue(v) else { throw rt.error("TypeError", "int() can't convert non-string with explicit base") }
                let base = try rt.intArgument(args[1], "int")
                return try rt.parseInt(s, base: base)
            }
            switch v {
            case .int: return v
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d):
                return try rt.floatToInt(d)
            case .none:
                throw rt.error("TypeError", "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
            case .object:
                if let s = rt.stringValue(v) { return try rt.parseInt(s, base: 10) }
                if rt.isBig(v) { rt.incref(v); return v }
                for name in ["__int__", "__index__"] {
                    if let m = rt.userDunder(v, name) { rt.incref(v); return try rt.call(m, [v], []) }
                }
                throw rt.error("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '\(rt.typeName(v))'")
            }
        }
        defineConstructor(types.float) { rt, args, kwargs in
            try rt.expectArguments("float", args, min: 0, max: 1)
            guard let v = args.first else { return .float(0) }
            switch v {
            case .float: return v
            case .int(let i): return .float(Double(i))
            case .bool(let b): return .float(b ? 1 : 0)
            case .none: throw rt.error("TypeError", "float() argument must be a string or a real number, not 'NoneType'")
            case .object:
                if let b = rt.bigValue(v) { return .float(try rt.bigToDouble(b)) }
                if let s = rt.stringValue(v) {
                    let t = s.trimmingPythonWhitespace().replacingOccurrences("_", "").lowercased()
                    switch t {
                    case "inf", "+inf", "infinity", "+infinity": return .float(.infinity)
                    case "-inf", "-infinity": return .float(-.infinity)
                    case "nan", "+nan", "-nan": return .float(.nan)
                    default: break
                    }
                    guard !t.isEmpty, t.allSatisfy({ "0123456789.eE+-".contains($0) }), let d = Double(t) else {
                        throw rt.error("ValueError", "could not convert string to float: \(rt.stringRepr(s))")
                    }
                    return .float(d)
                }
                if let m = rt.userDunder(v, "__float__") { rt.incref(v); return try rt.call(m, [v], []) }
                throw rt.error("TypeError", "float() argument must be a string or a real number, not '\(rt.typeName(v))'")
            }
        }
        defineConstructor(types.str) { rt, args, kwargs in
            try rt.expectArguments("str", args, min: 0, max: 1)
            guard let v = args.first else { return rt.newString("") }
            if case .object(let h) = v, rt.object(h).cls === rt.types.str { rt.incref(v); return v }
            return rt.newString(try rt.strString(v))
        }
        defineConstructor(types.bool) { rt, args, kwargs in
            try rt.expectArguments("bool", args, min: 0, max: 1)
            guard let v = args.first else { return .bool(false) }
            return .bool(try rt.truthy(v))
        }
        defineConstructor(types.list) { rt, args, kwargs in
            try rt.expectArguments("list", args, min: 0, max: 1)
            return rt.newList(try args.first.map { try rt.collect($0) } ?? [])
        }
        defineConstructor(types.tuple) { rt, args, kwargs in
            try rt.expectArguments("tuple", args, min: 0, max: 1)
            if let v = args.first, case .object(let h) = v, rt.object(h).cls === rt.types.tuple { rt.incref(v); return v }
            return .object(rt.newTuple(try args.first.map { try rt.collect($0) } ?? []).handle)
        }
        defineConstructor(types.dict) { rt, args, kwargs in
            try rt.expectArguments("dict", args, min: 0, max: 1)
            let d = rt.newUntrackedDict()
            let dv = Value.object(d.handle)
            do {
                if let v = args.first { try rt.dictUpdate(d, from: v) }
                for (k, v) in kwargs { rt.incref(v); try rt.dictSetString(d, k, v) }
            } catch { rt.decref(dv); throw error }
            return dv
        }
        defineConstructor(types.set) { rt, args, kwargs in
            try rt.expectArguments("set", args, min: 0, max: 1)
            guard let v = args.first else { return .object(rt.register(PySet(frozen: false, cls: rt.types.set)).handle) }
            return try rt.setFromIterable(v)
        }
        defineConstructor(types.frozenset) { rt, args, kwargs in
            try rt.expectArguments("frozenset", args, min: 0, max: 1)
            guard let v = args.first else { return .object(rt.register(PySet(frozen: true, cls: rt.types.frozenset)).handle) }
            return try rt.setFromIterable(v, frozen: true)
        }
        defineConstructor(types.range) { rt, args, kwargs in
            try rt.expectArguments("range", args, min: 1, max: 3)
            let ints = try args.map { v -> Int in
                switch v {
                case .int(let i): return i
                case .bool(let b): return b ? 1 : 0
                default:
                    if let m = rt.userDunder(v, "__index__") {
                        rt.incref(v)
                        let r = try rt.call(m, [v], [])
                        if case .int(let i) = r { return i }
                    }
                    throw rt.error("TypeError", "'\(rt.typeName(v))' object cannot be interpreted as an integer")
                }
            }
            let (start, stop, step) = ints.count == 1 ? (0, ints[0], 1) : (ints[0], ints[1], ints.count > 2 ? ints[2] : 1)
            if step == 0 { throw rt.error("ValueError", "range() arg 3 must not be zero") }
            return .object(rt.register(PyRange(start: start, stop: stop, step: step, cls: rt.types.range)).handle)
        }
        defineConstructor(types.slice) { rt, args, kwargs in
            try rt.expectArguments("slice", args, min: 1, max: 3)
            args.forEach(rt.incref)
            let (a, b, c) = args.count == 1 ? (Value.none, args[0], Value.none) : (args[0], args[1], args.count > 2 ? args[2] : .none)
            return .object(rt.register(PySlice(lower: a, upper: b, step: c, cls: rt.types.slice)).handle)
        }
        defineConstructor(types.object) { rt, args, kwargs in
            if !args.isEmpty || !kwargs.isEmpty { throw rt.error("TypeError", "object() takes no arguments") }
            return .object(rt.register(PyObject(cls: rt.types.object)).handle)
        }
        defineConstructor(types.type) { rt, args, kwargs in
            if args.count == 1 {
                let c = rt.classOf(args[0])
                rt.incref(.object(c.handle))
                return .object(c.handle)
            }
            guard args.count == 3, let name = rt.stringValue(args[0]), case .object(let dh) = args[2],
                  let ns = rt.object(dh) as? PyDict else {
                throw rt.error("TypeError", "type() takes 1 or 3 arguments")
            }
            let bases = try rt.collect(args[1])
            defer { rt.decref(bases) }
            let copy = rt.register(PyDict(cls: rt.types.dict))
            defer { rt.decref(.object(copy.handle)) }
            try rt.dictUpdate(copy, from: .object(ns.handle))
            if rt.dictGetString(copy, "__module__") == nil { try rt.dictSetString(copy, "__module__", rt.newString("__main__")) }
            return try rt.makeClass(name: name, qualname: name, bases: bases, namespace: copy)
        }
        defineConstructor(types.property) { rt, args, kwargs in
            var parts: [Value] = [.none, .none, .none]
            for (i, a) in args.prefix(3).enumerated() { parts[i] = a }
            for (k, v) in kwargs {
                switch k {
                case "fget": parts[0] = v
                case "fset": parts[1] = v
                case "fdel": parts[2] = v
                case "doc": break
                default: throw rt.error("TypeError", "'\(k)' is an invalid keyword argument for property()")
                }
            }
            parts.forEach(rt.incref)
            return .object(rt.register(PyProperty(getter: parts[0], setter: parts[1], deleter: parts[2], cls: rt.types.property)).handle)
        }
        defineConstructor(types.staticMethod) { rt, args, kwargs in
            try rt.expectArguments("staticmethod", args, kwargs, exactly: 1)
            rt.incref(args[0])
            return .object(rt.register(PyMethodWrapper(kind: .staticMethod, function: args[0], cls: rt.types.staticMethod)).handle)
        }
        defineConstructor(types.classMethod) { rt, args, kwargs in
            try rt.expectArguments("classmethod", args, kwargs, exactly: 1)
            rt.incref(args[0])
            return .object(rt.register(PyMethodWrapper(kind: .classMethod, function: args[0], cls: rt.types.classMethod)).handle)
        }
        defineConstructor(types.superType) { rt, args, kwargs in try rt.makeSuper(args) }
        defineConstructor(types.enumerate) { rt, args, kwargs in
            var args = args
            if let s = rt.keyword(kwargs, "start") { args.append(s) }
            try rt.expectArguments("enumerate", args, min: 1, max: 2)
            let start = args.count > 1 ? try rt.intArgument(args[1], "enumerate") : 0
            let it = try rt.getIterator(args[0])
            let e = rt.register(PyIterator(.enumerate(it, count: start), cls: rt.types.enumerate))
            e.result = .object(rt.newTuple([.none, .none]).handle)
            return .object(e.handle)
        }
        defineConstructor(types.zip) { rt, args, kwargs in
            var iters: [Value] = []
            do { for a in args { iters.append(try rt.getIterator(a)) } } catch { rt.decref(iters); throw error }
            let z = rt.register(PyIterator(.zip(iters), cls: rt.types.zip))
            if !iters.isEmpty { z.result = .object(rt.newTuple([Value](repeating: .none, count: iters.count)).handle) }
            return .object(z.handle)
        }
        defineConstructor(types.map) { rt, args, kwargs in
            guard args.count >= 2 else { throw rt.error("TypeError", "map() must have at least two arguments.") }
            var iters: [Value] = []
            do { for a in args.dropFirst() { iters.append(try rt.getIterator(a)) } } catch { rt.decref(iters); throw error }
            rt.incref(args[0])
            return .object(rt.register(PyIterator(.map(args[0], iters), cls: rt.types.map)).handle)
        }
        defineConstructor(types.filter) { rt, args, kwargs in
            try rt.expectArguments("filter", args, min: 2, max: 2)
            let it = try rt.getIterator(args[1])
            rt.incref(args[0])
            return .object(rt.register(PyIterator(.filter(args[0], it), cls: rt.types.filter)).handle)
        }
        defineConstructor(types.reversedIterator) { rt, args, kwargs in
            try rt.expectArguments("reversed", args, kwargs, exactly: 1)
            let v = args[0]
            let notReversible = rt.error("TypeError", "'\(rt.typeName(v))' object is not reversible")
            if let m = rt.userDunder(v, "__reversed__") {
                if case .none = m { throw notReversible }
                rt.incref(v)
                return try rt.call(m, [v], [])
            }
            if case .object(let h) = v, let r = rt.object(h) as? PyRange {
                let n = r.count
                let last = r.start + (n - 1) * r.step
                return .object(rt.register(PyIterator(.range(next: last, stop: last - n * r.step, step: -r.step), cls: rt.types.rangeIterator)).handle)
            }
            if case .object(let h) = v, rt.object(h) is PyDict {
                let items = try rt.collect(v)
                let l = rt.newList(items.reversed())
                defer { rt.decref(l) }
                return try rt.getIterator(l)
            }
            // CPython's PySequence_Check: built-in sequences, or a class with `__getitem__`.
            guard case .object(let h) = v else { throw notReversible }
            let o = rt.object(h)
            let isSequence = o is PyList || o is PyTuple || o is PyStr || o is PyBytes
                || (o.cls.map { !$0.isBuiltin && rt.lookup($0, "__getitem__") != nil } ?? false)
            guard isSequence else { throw notReversible }
            let n = try rt.length(v)
            rt.incref(v)
            return .object(rt.register(PyIterator(.reversed(v, index: n - 1), cls: rt.types.reversedIterator)).handle)
        }
    }

    func parseInt(_ text: String, base: Int) throws -> Value {
        guard base == 0 || (2...36).contains(base) else { throw error("ValueError", "int() base must be >= 2 and <= 36, or 0") }
        let s = text.trimmingPythonWhitespace()
        var body = Substring(s)
        var negative = false
        if body.hasPrefix("-") { negative = true; body = body.dropFirst() } else if body.hasPrefix("+") { body = body.dropFirst() }
        var b = base
        let lower = body.lowercased()
        if (b == 16 || b == 0) && lower.hasPrefix("0x") { b = 16; body = body.dropFirst(2) }
        else if (b == 8 || b == 0) && lower.hasPrefix("0o") { b = 8; body = body.dropFirst(2) }
        else if (b == 2 || b == 0) && lower.hasPrefix("0b") { b = 2; body = body.dropFirst(2) }
        if b == 0 { b = 10 }
        let digits = body.replacingOccurrences("_", "")
        guard !digits.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__"), let v = Int(digits, radix: b) else {
            if !digits.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__"), (2...36).contains(b),
               let big = try parseBigInt(digits, radix: b, negative: negative) {
                return big
            }
            throw error("ValueError", "invalid literal for int() with base \(base): \(stringRepr(text))")
        }
        return .int(negative ? -v : v)
    }

    /// `super()` / `super(cls, obj)`.
    func makeSuper(_ args: [Value]) throws -> Value {
        var startAfter: PyClass
        var obj: Value
        if args.count >= 2 {
            guard case .object(let h) = args[0], let c = object(h) as? PyClass else {
                throw error("TypeError", "super() argument 1 must be a type, not \(typeName(args[0]))")
            }
            startAfter = c
            obj = args[1]
        } else {
            guard let frame = frames.last else { throw error("RuntimeError", "super(): no arguments") }
            let code = frame.code
            guard let classIndex = (code.cellNames + code.freeNames).firstIndex(of: "__class__"),
                  classIndex < frame.cells.count, case .object(let ch)? = frame.cells[classIndex].value,
                  let c = object(ch) as? PyClass else {
                throw error("RuntimeError", "super(): __class__ cell not found")
            }
            startAfter = c
            guard code.parameters.slotCount > 0 || !code.parameters.positional.isEmpty else {
                throw error("RuntimeError", "super(): no arguments")
            }
            if let first = frame.locals.first ?? nil {
                obj = first
            } else if let ci = code.cellParameterSlots.firstIndex(of: 0), ci < frame.cells.count, let v = frame.cells[ci].value {
                obj = v
            } else {
                throw error("RuntimeError", "super(): arg[0] deleted")
            }
        }
        let objType: PyClass
        if case .object(let h) = obj, let c = object(h) as? PyClass, c.isSubclass(of: startAfter) {
            objType = c
        } else {
            objType = classOf(obj)
            guard objType.isSubclass(of: startAfter) else {
                throw error("TypeError", "super(type, obj): obj must be an instance or subtype of type")
            }
        }
        incref(obj)
        return .object(register(PySuper(startAfter: startAfter, object: obj, objectType: objType, cls: types.superType)).handle)
    }
}

extension String {
    func trimmingPythonWhitespace() -> String {
        let ws: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
        var s = Substring(self)
        while let f = s.first, ws.contains(f) { s = s.dropFirst() }
        while let l = s.last, ws.contains(l) { s = s.dropLast() }
        return String(s)
    }

    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}

extension Substring {
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        String(self).replacingOccurrences(target, replacement)
    }
}

extension StringProtocol {
    /// First occurrence of `target` (no Foundation).
    func range(of target: String) -> Range<Index>? {
        guard !target.isEmpty else { return nil }
        let t = Array(target.unicodeScalars)
        let scalars = self.unicodeScalars
        var i = scalars.startIndex
        while i != scalars.endIndex {
            var j = i
            var k = 0
            while k < t.count, j != scalars.endIndex, scalars[j] == t[k] {
                j = scalars.index(after: j)
                k += 1
            }
            if k == t.count { return i..<j }
            i = scalars.index(after: i)
        }
        return nil
    }
}
