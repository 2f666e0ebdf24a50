#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Runtime {
    func hex(_ h: UInt32) -> String {
        let s = String(address(of: h), radix: 16)
        return "0x" + String(repeating: "0", count: max(0, 12 - s.count)) + s
    }

    /// `repr(v)` as a Swift string.
    func reprString(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return floatRepr(d)
        case .object(let h):
            let o = object(h)
            if let cls = o.cls, !cls.isBuiltin, let m = lookup(cls, "__repr__"), !(object(m.handle ?? 0) is PyBuiltin) {
                incref(v)
                let r = try call(m, [v], [])
                defer { decref(r) }
                guard let s = stringValue(r) else {
                    throw error("TypeError", "__repr__ returned non-string (type \(typeName(r)))")
                }
                return s
            }
            if reprActive.contains(h) {
                if o is PyList { return "[...]" }
                if o is PyDict { return "{...}" }
                return "..."
            }
            reprActive.insert(h)
            try enterNative(" while getting the repr of an object")
            defer { reprActive.remove(h); nativeDepth -= 1 }
            return try builtinRepr(o, v)
        }
    }

    private func builtinRepr(_ o: PyObject, _ v: Value) throws -> String {
        let h = o.handle
        switch o {
        case let s as PyStr: return stringRepr(s.value)
        case let b as PyBigInt: return try bigDecimalString(b.value)
        case let b as PyBytes:
            let useDouble = b.bytes.contains(39) && !b.bytes.contains(34)
            var out = useDouble ? "b\"" : "b'"
            for c in b.bytes {
                switch c {
                case 92: out += "\\\\"
                case 10: out += "\\n"
                case 13: out += "\\r"
                case 9: out += "\\t"
                case 39 where !useDouble: out += "\\'"
                case 32..<127: out.append(Character(Unicode.Scalar(c)))
                default: out += "\\x" + (c < 16 ? "0" : "") + String(c, radix: 16)
                }
            }
            return out + (useDouble ? "\"" : "'")
        case let l as PyList:
            let body = "[" + (try l.items.map { try reprString($0) }).joined(separator: ", ") + "]"
            return o.cls === types.list || o.cls?.isBuiltin == true ? body : body
        case let t as PyTuple:
            if t.items.count == 1 { return "(" + (try reprString(t.items[0])) + ",)" }
            return "(" + (try t.items.map { try reprString($0) }).joined(separator: ", ") + ")"
        case let d as PyDict:
            var parts: [String] = []
            for e in d.liveEntries { parts.append("\(try reprString(e.key)): \(try reprString(e.value))") }
            return "{" + parts.joined(separator: ", ") + "}"
        case let s as PySet:
            let name = s.cls?.name ?? "set"
            if s.used == 0 { return "\(name)()" }
            let body = "{" + (try s.keys.map { try reprString($0) }).joined(separator: ", ") + "}"
            if s.frozen || (s.cls !== types.set) { return "\(name)(\(body))" }
            return body
        case let c as PyClass:
            if c.module == "builtins" { return "<class '\(c.qualname)'>" }
            return "<class '\(c.module).\(c.qualname)'>"
        case let f as PyFunction: return "<function \(f.qualname) at \(hex(h))>"
        case let b as PyBuiltin:
            if b.ownerName != nil { return "<method '\(b.name)' of '\(b.ownerName ?? "")' objects>" }
            return "<built-in function \(b.name)>"
        case let m as PyBoundMethod:
            if case .object(let fh) = m.function, let b = object(fh) as? PyBuiltin {
                return "<built-in method \(b.name) of \(typeName(m.receiver)) object at \(hex(m.receiver.handle ?? 0))>"
            }
            let fname: String
            if case .object(let fh) = m.function, let f = object(fh) as? PyFunction { fname = f.qualname } else { fname = "?" }
            return "<bound method \(fname) of \(try reprString(m.receiver))>"
        case let e as PyException:
            let name = e.cls?.name ?? "BaseException"
            guard let args = object(e.args.handle ?? 0) as? PyTuple else { return "\(name)()" }
            if args.items.count == 1 { return "\(name)(\(try reprString(args.items[0])))" }
            return name + (try reprString(e.args))
        case let r as PyRange:
            return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
        case let s as PySlice:
            return "slice(\(try reprString(s.lower)), \(try reprString(s.upper)), \(try reprString(s.step)))"
        case let s as PySingleton: return s.name
        case let g as PyGenerator: return "<generator object \(g.frame.code.qualname) at \(hex(h))>"
        case let m as PyModule:
            if m.name == "weakref" { return "<module 'weakref' from '/usr/lib/python3.11/weakref.py'>" }
            return "<module '\(m.name)' (built-in)>"
        case let w as PyWeakref: return weakrefRepr(w)
        case let view as PyDictView:
            let items = try collect(v)
            defer { decref(items) }
            let name = ["dict_keys", "dict_values", "dict_items"][view.mode]
            return "\(name)([" + (try items.map { try reprString($0) }).joined(separator: ", ") + "])"
        case let w as PyMethodWrapper:
            return "<\(w.kind == .staticMethod ? "staticmethod" : "classmethod")(\(try reprString(w.function)))>"
        case is PyCell:
            return "<cell at \(hex(h))>"
        default:
            let cls = o.cls ?? types.object
            let mod = cls.module == "builtins" ? "" : "\(cls.module)."
            return "<\(mod)\(cls.qualname) object at \(hex(h))>"
        }
    }

    /// Decimal text of a big int, with CPython 3.11's conversion limit (`sys.set_int_max_str_digits`).
    func bigDecimal(_ b: BigInt) throws -> String {
        try bigDecimalString(b)
    }

    func weakrefRepr(_ w: PyWeakref) -> String {
        guard let r = w.referent else {
            if w.kind == .ref { return "<weakref at \(hex(w.handle)); dead>" }
            return "<weakproxy at \(hex(w.handle)) to NoneType at \(hex(0))>"
        }
        let target = object(r)
        let tname = target.cls?.name ?? "object"
        if w.kind != .ref { return "<weakproxy at \(hex(w.handle)) to \(tname) at \(hex(r))>" }
        var named = ""
        if let f = target as? PyFunction { named = " (\(f.name))" }
        else if let c = target as? PyClass { named = " (\(c.name))" }
        else if let d = target.dict, let n = dictGetString(d, "__name__"), let s = stringValue(n) { named = " (\(s))" }
        return "<weakref at \(hex(w.handle)); to '\(tname)' at \(hex(r))\(named)>"
    }

    /// `str(v)` as a Swift string.
    func strString(_ v: Value) throws -> String {
        if case .object(let h) = v {
            let o = object(h)
            if let cls = o.cls, !cls.isBuiltin, let m = lookup(cls, "__str__"), !(object(m.handle ?? 0) is PyBuiltin) {
                incref(v)
                let r = try call(m, [v], [])
                defer { decref(r) }
                guard let s = stringValue(r) else {
                    throw error("TypeError", "__str__ returned non-string (type \(typeName(r)))")
                }
                return s
            }
            if let s = o as? PyStr { return s.value }
            if let w = o as? PyWeakref, w.kind != .ref {
                let t = try proxyReferent(w)
                defer { decref(t) }
                return try strString(t)
            }
            if let e = o as? PyException { return try exceptionMessage(e) }
        }
        return try reprString(v)
    }

    func stringRepr(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        let quote: Character = useDouble ? "\"" : "'"
        var out = String(quote)
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(u) == quote { out += "\\" + String(quote); continue }
                if u.value < 0x20 || u.value == 0x7f {
                    out += "\\x" + (u.value < 16 ? "0" : "") + String(u.value, radix: 16)
                } else if u.value >= 0x80 && u.value < 0xa0 {
                    out += "\\x" + String(u.value, radix: 16)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out.append(quote)
        return out
    }

    /// Python's `float.__repr__`: shortest round-trip digits, exponent form outside 1e-4..1e16.
    func floatRepr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
        // Swift's description gives the shortest round-trip digits; re-lay them out as Python does.
        let desc = "\(d)"
        var mantissa = desc
        var exp = 0
        if let eIndex = desc.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(desc[..<eIndex])
            exp = Int(desc[desc.index(after: eIndex)...]) ?? 0
        }
        var negative = false
        if mantissa.hasPrefix("-") { negative = true; mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        var intPart = String(parts[0])
        var fracPart = parts.count > 1 ? String(parts[1]) : ""
        if fracPart == "0" { fracPart = "" }
        // digits and decimal exponent: value = 0.DIGITS * 10^point
        var digits = intPart + fracPart
        var point = intPart.count + exp
        while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); point -= 1 }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        intPart = ""
        let sci = point - 1
        var out: String
        if sci >= 16 || sci < -4 {
            let first = digits.prefix(1)
            let rest = digits.dropFirst()
            out = String(first) + (rest.isEmpty ? "" : "." + rest) + "e" + (sci < 0 ? "-" : "+") + (abs(sci) < 10 ? "0" : "") + String(abs(sci))
        } else if point <= 0 {
            out = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            out = digits + String(repeating: "0", count: point - digits.count) + ".0"
        } else {
            let i = digits.index(digits.startIndex, offsetBy: point)
            out = String(digits[..<i]) + "." + String(digits[i...])
        }
        return negative ? "-" + out : out
    }

    /// C's printf for one number.
    func cFormat(_ format: String, _ value: CVarArg) -> String {
        var buffer = [CChar](repeating: 0, count: 512)
        let n = withVaList([value]) { vsnprintf(&buffer, 512, format, $0) }
        if n >= 512 {
            buffer = [CChar](repeating: 0, count: Int(n) + 1)
            _ = withVaList([value]) { vsnprintf(&buffer, Int(n) + 1, format, $0) }
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
