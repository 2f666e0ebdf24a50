#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Runtime {
    func installBuiltins() {
        notImplemented = .object(immortal(PySingleton(name: "NotImplemented", cls: types.notImplementedType)).handle)
        ellipsis = .object(immortal(PySingleton(name: "Ellipsis", cls: types.ellipsisType)).handle)
        for (name, cls) in [("object", types.object), ("type", types.type), ("int", types.int), ("float", types.float),
                            ("bool", types.bool), ("str", types.str), ("list", types.list), ("tuple", types.tuple),
                            ("dict", types.dict), ("set", types.set), ("frozenset", types.frozenset), ("range", types.range),
                            ("enumerate", types.enumerate), ("zip", types.zip), ("map", types.map), ("filter", types.filter),
                            ("reversed", types.reversedIterator), ("property", types.property),
                            ("staticmethod", types.staticMethod), ("classmethod", types.classMethod), ("super", types.superType),
                            ("slice", types.slice)] {
            defineBuiltinValue(name, .object(cls.handle))
        }
        types.reversedIterator.name = "reversed"
        types.reversedIterator.qualname = "reversed"
        for (name, cls) in types.exceptions.sorted(by: { $0.key < $1.key }) { defineBuiltinValue(name, .object(cls.handle)) }
        defineBuiltinValue("NotImplemented", notImplemented)
        defineBuiltinValue("Ellipsis", ellipsis)
        installFunctions()
        installConstructors()
        installObjectMethods()
        installStrMethods()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installModules()
    }

    private func installFunctions() {
        defineBuiltin("print") { rt, args, kwargs in
            try rt.rejectUnknownKeywords("print", kwargs, allowed: ["sep", "end", "file", "flush"])
            var sep = " ", end = "\n"
            if let s = rt.keyword(kwargs, "sep"), !(s == .none) {
                guard let str = rt.stringValue(s) else { throw rt.error("TypeError", "sep must be None or a string, not \(rt.typeName(s))") }
                sep = str
            }
            if let e = rt.keyword(kwargs, "end"), !(e == .none) {
                guard let str = rt.stringValue(e) else { throw rt.error("TypeError", "end must be None or a string, not \(rt.typeName(e))") }
                end = str
            }
            var toStderr = false
            if let file = rt.keyword(kwargs, "file"), case .object(let fh) = file, let m = rt.object(fh) as? PyModule, m.name == "sys.stderr" {
                toStderr = true
            }
            let text = try args.map { try rt.strString($0) }.joined(separator: sep) + end
            if toStderr { rt.writeErr(text) } else { try rt.write(text) }
            return .none
        }
        defineBuiltin("len") { rt, args, kwargs in
            try rt.expectArguments("len", args, kwargs, exactly: 1)
            return .int(try rt.length(args[0]))
        }
        defineBuiltin("repr") { rt, args, kwargs in
            try rt.expectArguments("repr", args, kwargs, exactly: 1)
            return rt.newString(try rt.reprString(args[0]))
        }
        defineBuiltin("ascii") { rt, args, kwargs in
            try rt.expectArguments("ascii", args, kwargs, exactly: 1)
            return rt.newString(try rt.reprString(args[0]))
        }
        defineBuiltin("abs") { rt, args, kwargs in
            try rt.expectArguments("abs", args, kwargs, exactly: 1)
            switch args[0] {
            case .int(let i):
                if i == Int.min { return rt.makeInt(-BigInt(i)) }
                return .int(abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(abs(d))
            default:
                if case .object(let h) = args[0], let b = rt.object(h) as? PyBigInt {
                    return rt.makeInt(BigInt(negative: false, magnitude: b.value.magnitude))
                }
                if let m = rt.userDunder(args[0], "__abs__") { rt.incref(args[0]); return try rt.call(m, [args[0]], []) }
                throw rt.error("TypeError", "bad operand type for abs(): '\(rt.typeName(args[0]))'")
            }
        }
        defineBuiltin("round") { rt, args, kwargs in
            var args = args
            if let n = rt.keyword(kwargs, "ndigits") { args.append(n) }
            try rt.expectArguments("round", args, min: 1, max: 2)
            let digits: Int? = args.count > 1 && !(args[1] == .none) ? try rt.intArgument(args[1], "round") : nil
            switch args[0] {
            case .int(let i):
                guard let digits, digits < 0 else { return .int(i) }
                return try rt.roundInt(BigInt(i), digits)
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d):
                guard let digits else {
                    if !d.isFinite { throw rt.error(d.isNaN ? "ValueError" : "OverflowError", d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer") }
                    return try rt.floatToInt(d.rounded(.toNearestOrEven))
                }
                return .float(rt.roundFloat(d, digits))
            default:
                if let b = rt.bigValue(args[0]) {
                    guard let digits else { rt.incref(args[0]); return args[0] }
                    return try rt.roundInt(b, digits)
                }
                if let m = rt.userDunder(args[0], "__round__") {
                    rt.incref(args[0])
                    let extra: [Value] = args.count > 1 ? [args[1]] : []
                    extra.forEach(rt.incref)
                    return try rt.call(m, [args[0]] + extra, [])
                }
                throw rt.error("TypeError", "type \(rt.typeName(args[0])) doesn't define __round__ method")
            }
        }
        defineBuiltin("min") { rt, args, kwargs in try rt.minMax("min", args, kwargs, wantLess: true) }
        defineBuiltin("max") { rt, args, kwargs in try rt.minMax("max", args, kwargs, wantLess: false) }
        defineBuiltin("sum") { rt, args, kwargs in
            var args = args
            if let s = rt.keyword(kwargs, "start") { args.append(s) }
            try rt.expectArguments("sum", args, min: 1, max: 2)
            var total: Value = args.count > 1 ? args[1] : .int(0)
            if rt.stringValue(total) != nil { throw rt.error("TypeError", "sum() can't sum strings [use ''.join(seq) instead]") }
            rt.incref(total)
            let it = try rt.getIterator(args[0])
            defer { rt.decref(it) }
            while let x = try rt.next(it) {
                defer { rt.decref(x) }
                try rt.step()
                let next: Value
                do { next = try rt.binaryOp(.add, total, x) } catch { rt.decref(total); throw error }
                rt.decref(total)
                total = next
            }
            return total
        }
        defineBuiltin("any") { rt, args, kwargs in
            try rt.expectArguments("any", args, kwargs, exactly: 1)
            let it = try rt.getIterator(args[0])
            defer { rt.decref(it) }
            while let x = try rt.next(it) {
                if try rt.truthy(consuming: x) { return .bool(true) }
                try rt.step()
            }
            return .bool(false)
        }
        defineBuiltin("all") { rt, args, kwargs in
            try rt.expectArguments("all", args, kwargs, exactly: 1)
            let it = try rt.getIterator(args[0])
            defer { rt.decref(it) }
            while let x = try rt.next(it) {
                if try !rt.truthy(consuming: x) { return .bool(false) }
                try rt.step()
            }
            return .bool(true)
        }
        defineBuiltin("sorted") { rt, args, kwargs in
            try rt.rejectUnknownKeywords("sorted", kwargs, allowed: ["key", "reverse"])
            guard args.count == 1 else { throw rt.error("TypeError", "sorted expected 1 argument, got \(args.count)") }
            let list = rt.register(PyList(try rt.collect(args[0]), cls: rt.types.list))
            let lv = Value.object(list.handle)
            do { try rt.sortList(list, key: rt.keyword(kwargs, "key") ?? .none, reverse: rt.keyword(kwargs, "reverse") ?? .bool(false)) } catch {
                rt.decref(lv); throw error
            }
            return lv
        }
        defineBuiltin("chr") { rt, args, kwargs in
            try rt.expectArguments("chr", args, kwargs, exactly: 1)
            let i = try rt.intArgument(args[0], "chr")
            guard i >= 0, i < 0x110000, let u = Unicode.Scalar(UInt32(i)) else {
                throw rt.error("ValueError", "chr() arg not in range(0x110000)")
            }
            return rt.newString(String(Character(u)))
        }
        defineBuiltin("ord") { rt, args, kwargs in
            try rt.expectArguments("ord", args, kwargs, exactly: 1)
            guard let s = rt.stringValue(args[0]) else {
                throw rt.error("TypeError", "ord() expected string of length 1, but \(rt.typeName(args[0])) found")
            }
            let scalars = Array(s.unicodeScalars)
            guard scalars.count == 1 else {
                throw rt.error("TypeError", "ord() expected a character, but string of length \(scalars.count) found")
            }
            return .int(Int(scalars[0].value))
        }
        defineBuiltin("isinstance") { rt, args, kwargs in
            try rt.expectArguments("isinstance", args, kwargs, exactly: 2)
            return .bool(try rt.isInstance(args[0], args[1]))
        }
        defineBuiltin("issubclass") { rt, args, kwargs in
            try rt.expectArguments("issubclass", args, kwargs, exactly: 2)
            guard case .object(let h) = args[0], let c = rt.object(h) as? PyClass else {
                throw rt.error("TypeError", "issubclass() arg 1 must be a class")
            }
            return .bool(try rt.classMatches(c, args[1], "issubclass"))
        }
        defineBuiltin("id") { rt, args, kwargs in
            try rt.expectArguments("id", args, kwargs, exactly: 1)
            switch args[0] {
            case .object(let h): return .int(rt.address(of: h))
            case .int(let i): return .int(0x7f3a_0000_0000 + (i & 0xffff) * 32)
            case .none: return .int(0x7f3a_0001_0000)
            case .bool(let b): return .int(b ? 0x7f3a_0001_0020 : 0x7f3a_0001_0040)
            case .float(let d): return .int(0x7f3a_0002_0000 + Int(truncatingIfNeeded: d.bitPattern & 0xffff) * 32)
            }
        }
        defineBuiltin("hash") { rt, args, kwargs in
            try rt.expectArguments("hash", args, kwargs, exactly: 1)
            return .int(try rt.hash(args[0]))
        }
        defineBuiltin("getattr") { rt, args, kwargs in
            try rt.expectArguments("getattr", args, min: 2, max: 3)
            guard let name = rt.stringValue(args[1]) else {
                throw rt.error("TypeError", "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            if args.count == 3 {
                if let v = try rt.getAttributeOrNil(args[0], name) { return v }
                rt.incref(args[2])
                return args[2]
            }
            return try rt.getAttribute(args[0], name)
        }
        defineBuiltin("setattr") { rt, args, kwargs in
            try rt.expectArguments("setattr", args, min: 3, max: 3)
            guard let name = rt.stringValue(args[1]) else {
                throw rt.error("TypeError", "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            rt.incref(args[2])
            try rt.setAttribute(args[0], name, args[2])
            return .none
        }
        defineBuiltin("hasattr") { rt, args, kwargs in
            try rt.expectArguments("hasattr", args, min: 2, max: 2)
            guard let name = rt.stringValue(args[1]) else {
                throw rt.error("TypeError", "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            guard let v = try rt.getAttributeOrNil(args[0], name) else { return .bool(false) }
            rt.decref(v)
            return .bool(true)
        }
        defineBuiltin("delattr") { rt, args, kwargs in
            try rt.expectArguments("delattr", args, min: 2, max: 2)
            guard let name = rt.stringValue(args[1]) else {
                throw rt.error("TypeError", "attribute name must be string, not '\(rt.typeName(args[1]))'")
            }
            try rt.deleteAttribute(args[0], name)
            return .none
        }
        defineBuiltin("callable") { rt, args, kwargs in
            try rt.expectArguments("callable", args, kwargs, exactly: 1)
            guard case .object(let h) = args[0] else { return .bool(false) }
            let o = rt.object(h)
            if o is PyFunction || o is PyBuiltin || o is PyBoundMethod || o is PyClass { return .bool(true) }
            if let w = o as? PyWeakref { return .bool(w.kind != .proxy) }
            if let c = o.cls, rt.lookup(c, "__call__") != nil { return .bool(true) }
            return .bool(false)
        }
        defineBuiltin("iter") { rt, args, kwargs in
            try rt.expectArguments("iter", args, min: 1, max: 2)
            if args.count == 2 {
                args.forEach(rt.incref)
                return .object(rt.register(PyIterator(.callable(args[0], sentinel: args[1]), cls: rt.types.callableIterator)).handle)
            }
            return try rt.getIterator(args[0])
        }
        defineBuiltin("next") { rt, args, kwargs in
            try rt.expectArguments("next", args, min: 1, max: 2)
            let it = args[0]
            let isIterator: Bool = {
                guard case .object(let h) = it else { return false }
                let o = rt.object(h)
                if o is PyIterator || o is PyGenerator { return true }
                if let w = o as? PyWeakref, w.kind != .ref, let r = w.referent {
                    let t = rt.object(r)
                    return t is PyIterator || (t.cls.map { rt.lookup($0, "__next__") != nil } ?? false)
                }
                if let c = o.cls { return rt.lookup(c, "__next__") != nil }
                return false
            }()
            guard isIterator else { throw rt.error("TypeError", "'\(rt.typeName(it))' object is not an iterator") }
            if case .object(let h) = it, !(rt.object(h) is PyIterator), !(rt.object(h) is PyWeakref), !(rt.object(h) is PyGenerator) {
                do { return try rt.callMethod(it, "__next__", []) } catch Unwind.exception(let e)
                    where args.count == 2 && rt.classOf(.object(e)).isSubclass(of: rt.types.exception("StopIteration")) {
                    rt.decref(.object(e))
                    rt.incref(args[1])
                    return args[1]
                }
            }
            if let v = try rt.next(it) { return v }
            if args.count == 2 { rt.incref(args[1]); return args[1] }
            throw try rt.makeExceptionValue("StopIteration", args: [])
        }
        defineBuiltin("divmod") { rt, args, kwargs in
            try rt.expectArguments("divmod", args, min: 2, max: 2)
            if case .int(let a) = args[0], case .int(let b) = args[1], b == 0 {
                _ = a
                throw rt.error("ZeroDivisionError", "integer division or modulo by zero")
            }
            let q = try rt.binaryOp(.floorDivide, args[0], args[1])
            let r: Value
            do { r = try rt.binaryOp(.modulo, args[0], args[1]) } catch { rt.decref(q); throw error }
            return .object(rt.newTuple([q, r]).handle)
        }
        defineBuiltin("pow") { rt, args, kwargs in
            try rt.expectArguments("pow", args, min: 2, max: 3)
            if args.count == 3, let base = rt.bigValue(args[0]), let e = rt.bigValue(args[1]), let m = rt.bigValue(args[2]),
               rt.isBig(args[0]) || rt.isBig(args[1]) || rt.isBig(args[2]) || m.negative || e.negative {
                return try rt.bigPowerModulo(base, e, m)
            }
            if args.count == 3, case .int(var base) = args[0], case .int(var e) = args[1], case .int(let m) = args[2] {
                if m == 0 { throw rt.error("ValueError", "pow() 3rd argument cannot be 0") }
                guard m > 0, e >= 0 else {
                    throw rt.error("ValueError", "course supports pow() with three arguments only for a positive modulus and exponent")
                }
                func mulmod(_ a: Int, _ b: Int) -> Int {
                    let product = a.multipliedFullWidth(by: b)
                    return m.dividingFullWidth((high: product.high, low: product.low)).remainder
                }
                var result = 1 % m
                base = ((base % m) + m) % m
                while e > 0 {
                    if e & 1 == 1 { result = mulmod(result, base) }
                    base = mulmod(base, base)
                    e >>= 1
                }
                return .int(result)
            }
            return try rt.binaryOp(.power, args[0], args[1])
        }
        for (name, radix, prefix) in [("bin", 2, "0b"), ("oct", 8, "0o"), ("hex", 16, "0x")] {
            defineBuiltin(name) { rt, args, kwargs in
                try rt.expectArguments(name, args, kwargs, exactly: 1)
                if case .object(let h) = args[0], let b = rt.object(h) as? PyBigInt {
                    return rt.newString(rt.bigRadixString(b.value, radix: radix, prefix: prefix))
                }
                let i = try rt.intArgument(args[0], name)
                return rt.newString((i < 0 ? "-" : "") + prefix + String(i.magnitude, radix: radix))
            }
        }
        defineBuiltin("format") { rt, args, kwargs in
            try rt.expectArguments("format", args, min: 1, max: 2)
            let spec = args.count > 1 ? (rt.stringValue(args[1]) ?? "") : ""
            return rt.newString(try rt.formatValue(args[0], spec))
        }
        defineBuiltin("vars") { rt, args, kwargs in
            try rt.expectArguments("vars", args, min: 1, max: 1)
            guard let d = try rt.getAttributeOrNil(args[0], "__dict__") else {
                throw rt.error("TypeError", "vars() argument must have __dict__ attribute")
            }
            return d
        }
        defineBuiltin("dir") { rt, args, kwargs in
            try rt.expectArguments("dir", args, min: 1, max: 1)
            return rt.newList(rt.directory(args[0]).map { rt.newString($0) })
        }
        defineBuiltin("globals") { rt, args, kwargs in
            let d = rt.register(PyDict(cls: rt.types.dict))
            for i in rt.main.order {
                if let v = rt.main.values[i] {
                    rt.incref(v)
                    try rt.dictSetString(d, rt.main.names.names[i], v)
                }
            }
            return .object(d.handle)
        }
        defineBuiltin("input") { rt, _, _ in
            throw rt.error("EOFError", "EOF when reading a line")
        }
    }

    func roundFloat(_ d: Double, _ digits: Int) -> Double {
        if !d.isFinite { return d }
        if digits > 300 { return d }
        if digits < -308 { return 0.0 * d }
        // CPython rounds the exact decimal value of the double: glibc prints it exactly.
        if digits >= 0 && digits <= 60 {
            let exact = cFormat("%.\(digits + 80)f", abs(d))
            if let dot = exact.firstIndex(of: ".") {
                let intPart = Array(exact[..<dot])
                let frac = Array(exact[exact.index(after: dot)...])
                var kept = intPart + Array(frac.prefix(digits))
                let rest = frac.dropFirst(digits)
                var roundUp = false
                if let first = rest.first {
                    if first > "5" { roundUp = true }
                    else if first == "5" {
                        if rest.dropFirst().contains(where: { $0 != "0" }) { roundUp = true }
                        else { roundUp = (kept.last.flatMap { $0.wholeNumberValue } ?? 0) % 2 == 1 }
                    }
                }
                if roundUp {
                    var i = kept.count - 1
                    while i >= 0 {
                        if kept[i] == "9" { kept[i] = "0"; i -= 1 } else {
                            kept[i] = Character(String((kept[i].wholeNumberValue ?? 0) + 1)); break
                        }
                    }
                    if i < 0 { kept.insert("1", at: 0) }
                }
                let intDigits = kept.count - digits
                let text = String(kept[..<intDigits]) + "." + String(kept[intDigits...]) + (digits == 0 ? "0" : "")
                if let r = Double(text) { return d < 0 ? -r : r }
            }
        }
        let m = pow(10.0, Double(digits))
        let scaled = d * m
        var r = scaled.rounded(.toNearestOrEven)
        if abs(scaled - r) == 0.5 {
            // A tie in binary; check the exact decimal expansion instead.
            let exact = cFormat("%.\(max(0, digits) + 30)f", d)
            if let dot = exact.firstIndex(of: ".") {
                let after = exact[exact.index(after: dot)...]
                let tail = after.dropFirst(max(0, digits))
                if let first = tail.first, first == "5", tail.dropFirst().contains(where: { $0 != "0" }) {
                    r = scaled.rounded(.awayFromZero)
                }
            }
        }
        let result = r / m
        return result.isFinite ? result : d
    }

    func minMax(_ name: String, _ args: [Value], _ kwargs: [(String, Value)], wantLess: Bool) throws -> Value {
        try rejectUnknownKeywords(name, kwargs, allowed: ["key", "default"])
        let key = keyword(kwargs, "key") ?? .none
        let defaultValue = keyword(kwargs, "default")
        var items: [Value]
        if args.count == 1 {
            items = try collect(args[0])
        } else if args.isEmpty {
            throw error("TypeError", "\(name) expected at least 1 argument, got 0")
        } else {
            if defaultValue != nil {
                throw error("TypeError", "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args
            items.forEach(incref)
        }
        defer { decref(items) }
        guard !items.isEmpty else {
            if let defaultValue { incref(defaultValue); return defaultValue }
            throw error("ValueError", "\(name)() arg is an empty sequence")
        }
        var best = items[0]
        var bestKey: Value
        if case .none = key { bestKey = best; incref(bestKey) } else { incref(best); bestKey = try call(key, [best], []) }
        defer { decref(bestKey) }
        for item in items.dropFirst() {
            let k: Value
            if case .none = key { k = item; incref(k) } else { incref(item); k = try call(key, [item], []) }
            let better = wantLess ? try lessThan(k, bestKey) : try lessThan(bestKey, k)
            if better {
                best = item
                decref(bestKey)
                bestKey = k
            } else {
                decref(k)
            }
        }
        incref(best)
        return best
    }

    func isInstance(_ v: Value, _ spec: Value) throws -> Bool {
        if try classMatches(classOf(v), spec, "isinstance") { return true }
        if case .object(let h) = v, let w = object(h) as? PyWeakref, w.kind != .ref, let r = w.referent {
            return try classMatches(classOf(.object(r)), spec, "isinstance")
        }
        return false
    }

    func classMatches(_ c: PyClass, _ spec: Value, _ fname: String) throws -> Bool {
        if case .object(let h) = spec {
            if let k = object(h) as? PyClass { return c.isSubclass(of: k) }
            if let t = object(h) as? PyTuple {
                for item in t.items where try classMatches(c, item, fname) { return true }
                return false
            }
        }
        throw error("TypeError", "\(fname)() arg 2 must be a type, a tuple of types, or a union")
    }

    /// `list.sort`: stable, `<` only, `reverse` keeps stability as CPython's does.
    func sortList(_ list: PyList, key: Value, reverse: Value) throws {
        let reversed = try truthy(reverse)
        var items = list.items
        var keys: [Value]
        if case .none = key { keys = items } else {
            keys = []
            do {
                for item in items { incref(item); keys.append(try call(key, [item], [])) }
            } catch { decref(keys); throw error }
        }
        defer { if case .none = key {} else { decref(keys) } }
        var order = Array(items.indices)
        if reversed { order.reverse() }
        order = try mergeSort(order) { a, b in try lessThan(keys[a], keys[b]) }
        if reversed { order.reverse() }
        items = order.map { items[$0] }
        list.items = items
    }

    func mergeSort(_ xs: [Int], _ less: (Int, Int) throws -> Bool) throws -> [Int] {
        if xs.count <= 1 { return xs }
        var src = xs
        var dst = xs
        var width = 1
        let n = xs.count
        while width < n {
            var i = 0
            while i < n {
                let mid = min(i + width, n), hi = min(i + 2 * width, n)
                var a = i, b = mid, k = i
                while a < mid && b < hi {
                    if try less(src[b], src[a]) { dst[k] = src[b]; b += 1 } else { dst[k] = src[a]; a += 1 }
                    k += 1
                }
                while a < mid { dst[k] = src[a]; a += 1; k += 1 }
                while b < hi { dst[k] = src[b]; b += 1; k += 1 }
                i += 2 * width
            }
            swap(&src, &dst)
            width *= 2
        }
        return src
    }
}
