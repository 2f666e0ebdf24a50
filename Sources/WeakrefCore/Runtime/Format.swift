/// The format-spec mini-language (`format(v, spec)`, f-strings, `str.format`).
struct FormatSpec {
    var fill: Character = " "
    var align: Character? = nil
    var sign: Character = "-"
    var alternate = false
    var zero = false
    var width = 0
    var grouping: Character? = nil
    var precision: Int? = nil
    var type: Character? = nil

    init?(_ spec: String) {
        var chars = Array(spec)
        var i = 0
        if chars.count >= 2, "<>=^".contains(chars[1]) {
            fill = chars[0]; align = chars[1]; i = 2
        } else if let c = chars.first, "<>=^".contains(c) {
            align = c; i = 1
        }
        if i < chars.count, "+- ".contains(chars[i]) { sign = chars[i]; i += 1 }
        if i < chars.count, chars[i] == "#" { alternate = true; i += 1 }
        if i < chars.count, chars[i] == "0" { zero = true; i += 1 }
        var w = ""
        while i < chars.count, chars[i].isNumber { w.append(chars[i]); i += 1 }
        width = Int(w) ?? 0
        if w.count > 7 { return nil }
        if i < chars.count, chars[i] == "," || chars[i] == "_" { grouping = chars[i]; i += 1 }
        if i < chars.count, chars[i] == "." {
            i += 1
            var p = ""
            while i < chars.count, chars[i].isNumber { p.append(chars[i]); i += 1 }
            guard let pv = Int(p) else { return nil }
            precision = pv
        }
        if i < chars.count { type = chars[i]; i += 1 }
        if i != chars.count { return nil }
        chars = []
    }
}

extension Runtime {
    /// `format(v, spec)`.
    func formatValue(_ v: Value, _ spec: String) throws -> String {
        if let m = userDunder(v, "__format__") {
            incref(v)
            let r = try call(m, [v, newString(spec)], [])
            defer { decref(r) }
            return stringValue(r) ?? ""
        }
        if spec.isEmpty { return try strString(v) }
        guard let f = FormatSpec(spec) else { throw error("ValueError", "Invalid format specifier '\(spec)' for object of type '\(typeName(v))'") }
        switch v {
        case .bool(let b):
            if f.type == nil || f.type == "s" { return pad(b ? "True" : "False", f, defaultAlign: "<") }
            return try formatInt(b ? 1 : 0, f, spec)
        case .int(let i):
            if let t = f.type, "eEfFgG%".contains(t) { return try formatFloat(Double(i), f, spec) }
            return try formatInt(i, f, spec)
        case .float(let d):
            return try formatFloat(d, f, spec)
        case .object(let h):
            if let b = object(h) as? PyBigInt { return try formatBigInt(b.value, f, spec) }
            if let s = object(h) as? PyStr {
                guard f.type == nil || f.type == "s" else {
                    throw error("ValueError", "Unknown format code '\(f.type ?? " ")' for object of type 'str'")
                }
                var text = s.value
                if let p = f.precision { text = String(text.unicodeScalars.prefix(p).map(Character.init)) }
                return pad(text, f, defaultAlign: "<")
            }
            throw error("TypeError", "unsupported format string passed to \(typeName(v)).__format__")
        case .none:
            throw error("TypeError", "unsupported format string passed to NoneType.__format__")
        }
    }

    func pad(_ s: String, _ f: FormatSpec, defaultAlign: Character) -> String {
        let n = s.unicodeScalars.count
        guard f.width > n else { return s }
        let padding = f.width - n
        let fill = String(f.fill)
        switch f.align ?? defaultAlign {
        case "<": return s + String(repeating: fill, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + s + String(repeating: fill, count: padding - left)
        case "=":
            if let first = s.first, first == "-" || first == "+" || first == " " {
                return String(first) + String(repeating: fill, count: padding) + s.dropFirst()
            }
            return String(repeating: fill, count: padding) + s
        default: return String(repeating: fill, count: padding) + s
        }
    }

    func group(_ digits: String, _ sep: Character?, every: Int = 3) -> String {
        guard let sep else { return digits }
        var out: [Character] = []
        for (i, c) in digits.reversed().enumerated() {
            if i > 0 && i % every == 0 { out.append(sep) }
            out.append(c)
        }
        return String(out.reversed())
    }

    func signed(_ body: String, negative: Bool, _ f: FormatSpec) -> String {
        if negative { return "-" + body }
        if f.sign == "+" { return "+" + body }
        if f.sign == " " { return " " + body }
        return body
    }

    func zeroPadded(_ s: String, _ f: FormatSpec) -> FormatSpec {
        var g = f
        if f.zero && f.align == nil { g.fill = "0"; g.align = "=" }
        return g
    }

    func formatInt(_ i: Int, _ f: FormatSpec, _ spec: String) throws -> String {
        let magnitude = i.magnitude
        var body: String
        switch f.type {
        case nil, "d", "n": body = group(String(magnitude), f.grouping)
        case "x": body = (f.alternate ? "0x" : "") + group(String(magnitude, radix: 16), f.grouping == "_" ? "_" : nil, every: 4)
        case "X": body = (f.alternate ? "0X" : "") + String(magnitude, radix: 16).uppercased()
        case "o": body = (f.alternate ? "0o" : "") + String(magnitude, radix: 8)
        case "b": body = (f.alternate ? "0b" : "") + String(magnitude, radix: 2)
        case "c":
            guard let u = Unicode.Scalar(UInt32(truncatingIfNeeded: i)) else { throw error("OverflowError", "%c arg not in range(0x110000)") }
            return pad(String(Character(u)), f, defaultAlign: "<")
        default:
            throw error("ValueError", "Unknown format code '\(f.type ?? " ")' for object of type 'int'")
        }
        let s = signed(body, negative: i < 0, f)
        return pad(s, zeroPadded(s, f), defaultAlign: ">")
    }

    func formatFloat(_ d: Double, _ f: FormatSpec, _ spec: String) throws -> String {
        var body: String
        let negative = d.sign == .minus && !(d.isNaN)
        let m = abs(d)
        switch f.type {
        case "f", "F":
            body = m.isFinite ? cFormat("%.\(f.precision ?? 6)f", m) : (m.isNaN ? "nan" : "inf")
            if f.type == "F" { body = body.uppercased() }
        case "e", "E":
            body = m.isFinite ? cFormat("%.\(f.precision ?? 6)e", m) : (m.isNaN ? "nan" : "inf")
            if f.type == "E" { body = body.uppercased() }
        case "g", "G":
            body = m.isFinite ? cFormat("%.\(f.precision ?? 6)\(f.alternate ? "#" : "")g", m) : (m.isNaN ? "nan" : "inf")
            if f.type == "G" { body = body.uppercased() }
        case "%":
            body = m.isFinite ? cFormat("%.\(f.precision ?? 6)f", m * 100) + "%" : "inf%"
        case nil:
            if let p = f.precision {
                body = m.isFinite ? cFormat("%.\(max(p, 1))g", m) : (m.isNaN ? "nan" : "inf")
                if m.isFinite && !body.contains(".") && !body.contains("e") && !body.contains("n") { body += ".0" }
            } else {
                body = floatRepr(m)
            }
        case "n": body = cFormat("%.\(f.precision ?? 6)g", m)
        default:
            throw error("ValueError", "Unknown format code '\(f.type ?? " ")' for object of type 'float'")
        }
        if let g = f.grouping {
            let intEnd = body.firstIndex { $0 == "." || $0 == "e" || $0 == "%" } ?? body.endIndex
            body = group(String(body[..<intEnd]), g) + body[intEnd...]
        }
        let s = signed(body, negative: negative, f)
        return pad(s, zeroPadded(s, f), defaultAlign: ">")
    }

    // MARK: f-strings

    func formatParts(_ parts: [CFormattedPart], _ frame: Frame) throws -> String {
        var out = ""
        for p in parts {
            switch p {
            case .literal(let s): out += s
            case .field(let e, let conversion, let spec):
                let v = try eval(e, frame)
                defer { decref(v) }
                let specText = try spec.map { try formatParts($0, frame) } ?? ""
                switch conversion {
                case "r":
                    let r = try reprString(v)
                    out += specText.isEmpty ? r : try formatStringValue(r, specText)
                case "s":
                    let r = try strString(v)
                    out += specText.isEmpty ? r : try formatStringValue(r, specText)
                case "a":
                    let r = try reprString(v)
                    out += r
                default:
                    out += try formatValue(v, specText)
                }
            }
        }
        return out
    }

    private func formatStringValue(_ s: String, _ spec: String) throws -> String {
        let v = newString(s)
        defer { decref(v) }
        return try formatValue(v, spec)
    }

    // MARK: str.format

    func strFormat(_ template: String, _ args: [Value], _ kwargs: [(String, Value)]) throws -> String {
        var out = ""
        let chars = Array(template)
        var i = 0
        var autoIndex = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" { out.append("{"); i += 2; continue }
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "{" { depth += 1 }
                    if chars[j] == "}" { depth -= 1 }
                    if depth > 0 { j += 1 }
                }
                guard j < chars.count else { throw error("ValueError", "Single '{' encountered in format string") }
                let field = String(chars[(i + 1)..<j])
                out += try formatField(field, args, kwargs, &autoIndex)
                i = j + 1
            } else if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { out.append("}"); i += 2; continue }
                throw error("ValueError", "Single '}' encountered in format string")
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    private func formatField(_ field: String, _ args: [Value], _ kwargs: [(String, Value)], _ autoIndex: inout Int) throws -> String {
        var name = field
        var spec = ""
        var conversion: Character? = nil
        if let colon = field.firstIndex(of: ":") {
            name = String(field[..<colon])
            spec = String(field[field.index(after: colon)...])
        }
        if let bang = name.firstIndex(of: "!") {
            conversion = name[name.index(after: bang)...].first
            name = String(name[..<bang])
        }
        if spec.contains("{") { spec = try strFormat(spec, args, kwargs) }
        // The first part, then .attr / [key] accessors.
        var head = ""
        var rest = Substring(name)
        while let c = rest.first, c != "." && c != "[" { head.append(c); rest = rest.dropFirst() }
        var value: Value
        if head.isEmpty {
            if autoIndex < 0 {
                throw error("ValueError", "cannot switch from manual field specification to automatic field numbering")
            }
            guard autoIndex < args.count else {
                throw error("IndexError", "Replacement index \(autoIndex) out of range for positional args tuple")
            }
            value = args[autoIndex]
            autoIndex += 1
        } else if let n = Int(head) {
            if autoIndex > 0 {
                throw error("ValueError", "cannot switch from automatic field numbering to manual field specification")
            }
            autoIndex = -1
            guard n < args.count else {
                throw error("IndexError", "Replacement index \(n) out of range for positional args tuple")
            }
            value = args[n]
        } else {
            guard let kv = kwargs.first(where: { $0.0 == head }) else {
                throw try makeExceptionValue("KeyError", args: [newString(head)])
            }
            value = kv.1
        }
        incref(value)
        defer { decref(value) }
        while let c = rest.first {
            rest = rest.dropFirst()
            var key = ""
            if c == "." {
                while let d = rest.first, d != "." && d != "[" { key.append(d); rest = rest.dropFirst() }
                let next = try getAttribute(value, key)
                decref(value)
                value = next
            } else {
                while let d = rest.first, d != "]" { key.append(d); rest = rest.dropFirst() }
                rest = rest.dropFirst()
                let index: Value = Int(key).map { Value.int($0) } ?? newString(key)
                defer { decref(index) }
                let next = try getItem(value, index)
                decref(value)
                value = next
            }
        }
        switch conversion {
        case "r": return try formatStringValue(try reprString(value), spec)
        case "s": return try formatStringValue(try strString(value), spec)
        default: return try formatValue(value, spec)
        }
    }

    // MARK: printf-style

    func percentFormat(_ template: String, _ argValue: Value) throws -> String {
        var args: [Value]
        var mapping: PyDict? = nil
        if case .object(let h) = argValue, let t = object(h) as? PyTuple { args = t.items }
        else if case .object(let h) = argValue, let d = object(h) as? PyDict { mapping = d; args = [argValue] }
        else { args = [argValue] }
        var out = ""
        let chars = Array(template)
        var i = 0
        var argIndex = 0
        func nextArg() throws -> Value {
            guard argIndex < args.count else { throw error("TypeError", "not enough arguments for format string") }
            defer { argIndex += 1 }
            return args[argIndex]
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "%" else { out.append(c); i += 1; continue }
            i += 1
            guard i < chars.count else { throw error("ValueError", "incomplete format") }
            var key: String? = nil
            if chars[i] == "(" {
                var j = i + 1
                var k = ""
                while j < chars.count && chars[j] != ")" { k.append(chars[j]); j += 1 }
                key = k
                i = j + 1
            }
            var flags = ""
            while i < chars.count, "-+ #0".contains(chars[i]) { flags.append(chars[i]); i += 1 }
            var width = ""
            while i < chars.count, chars[i].isNumber { width.append(chars[i]); i += 1 }
            var precision: String? = nil
            if i < chars.count, chars[i] == "." {
                i += 1
                var p = ""
                while i < chars.count, chars[i].isNumber { p.append(chars[i]); i += 1 }
                precision = p.isEmpty ? "0" : p
            }
            guard i < chars.count else { throw error("ValueError", "incomplete format") }
            let type = chars[i]
            i += 1
            if type == "%" { out.append("%"); continue }
            let value: Value
            if let key, let mapping {
                let k = newString(key)
                defer { decref(k) }
                guard let v = try dictGet(mapping, k) else { incref(k); throw try makeExceptionValue("KeyError", args: [k]) }
                value = v
            } else {
                value = try nextArg()
            }
            var spec = ""
            if flags.contains("-") { spec += "<" } else if flags.contains("0") && type != "s" && type != "r" { spec += "0" }
            if flags.contains("+") { spec = (spec.hasPrefix("<") ? "<" : "") + "+" + (spec.hasPrefix("0") ? "0" : "") }
            spec += width
            if let precision { spec += "." + precision }
            switch type {
            case "s": out += try formatStringValue(try strString(value), spec.replacingPercentAlign())
            case "r": out += try formatStringValue(try reprString(value), spec.replacingPercentAlign())
            case "d", "i", "u":
                switch value {
                case .int, .bool: out += try formatValue(value, spec + "d")
                case .float(let d):
                    guard d.isFinite else { throw error("OverflowError", "cannot convert float infinity to integer") }
                    out += try formatValue(try floatToInt(d), spec + "d")
                case _ where isBig(value): out += try formatValue(value, spec + "d")
                default: throw error("TypeError", "%\(type) format: a real number is required, not \(typeName(value))")
                }
            case "f", "F", "e", "E", "g", "G":
                let d: Double
                switch value {
                case .int(let n): d = Double(n)
                case _ where isBig(value): d = try bigToDouble(bigValue(value) ?? BigInt(0))
                case .bool(let b): d = b ? 1 : 0
                case .float(let x): d = x
                default: throw error("TypeError", "must be real number, not \(typeName(value))")
                }
                out += try formatValue(.float(d), spec + String(type))
            case "x", "X", "o":
                out += try formatValue(value, spec + String(type))
            case "c":
                out += try formatValue(value, spec + (stringValue(value) != nil ? "" : "c"))
            default:
                throw error("ValueError", "unsupported format character '\(type)' (0x\(String(type.asciiValue ?? 0, radix: 16)))")
            }
        }
        if mapping == nil && argIndex < args.count {
            throw error("TypeError", "not all arguments converted during string formatting")
        }
        return out
    }
}

private extension String {
    /// printf right-aligns strings by default; the format mini-language left-aligns them.
    func replacingPercentAlign() -> String {
        if hasPrefix("<") { return self }
        if let first = first, first.isNumber { return ">" + self }
        return self
    }
}
