extension Runtime {
    private func strArg(_ args: [Value], _ i: Int, _ method: String) throws -> String {
        guard i < args.count else { throw error("TypeError", "\(method)() takes at least \(i) argument (\(i - 1) given)") }
        guard let s = stringValue(args[i]) else {
            throw error("TypeError", "must be str, not \(typeName(args[i]))")
        }
        return s
    }

    private func defineStr(_ name: String, _ body: @escaping (Runtime, String, [Value], [(String, Value)]) throws -> Value) {
        defineMethod(types.str, name) { rt, args, kwargs in
            let s = try rt.receiver(args, PyStr.self, rt.types.str, name)
            return try body(rt, s.value, Array(args.dropFirst()), kwargs)
        }
    }

    private func whitespaceSplit(_ s: String, maxSplit: Int) -> [String] {
        var out: [String] = []
        var current = ""
        var inWord = false
        var splits = 0
        var scalars = Substring(s).unicodeScalars[...]
        while let u = scalars.first {
            scalars = scalars.dropFirst()
            let isSpace = u.properties.isWhitespace
            if isSpace {
                if inWord {
                    out.append(current); current = ""; inWord = false; splits += 1
                    if maxSplit >= 0 && splits >= maxSplit {
                        var rest = String(String.UnicodeScalarView(scalars))
                        rest = String(rest.drop { $0.isWhitespace })
                        if !rest.isEmpty { out.append(rest) }
                        return out
                    }
                }
            } else {
                current.unicodeScalars.append(u); inWord = true
            }
        }
        if inWord { out.append(current) }
        return out
    }

    private func split(_ s: String, _ sep: String, maxSplit: Int) -> [String] {
        var out: [String] = []
        var rest = Substring(s)
        while maxSplit < 0 || out.count < maxSplit, let r = rest.range(of: sep) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }

    private func stripSet(_ args: [Value]) throws -> ((Unicode.Scalar) -> Bool) {
        if let a = args.first, let chars = stringValue(a) {
            let set = Set(chars.unicodeScalars)
            return { set.contains($0) }
        }
        return { $0.properties.isWhitespace }
    }

    func count(_ s: String, _ sub: String) -> Int {
        if sub.isEmpty { return s.unicodeScalars.count + 1 }
        var n = 0
        var rest = Substring(s)
        while let r = rest.range(of: sub) { n += 1; rest = rest[r.upperBound...] }
        return n
    }

    /// Index in code points of the first occurrence, or -1.
    private func find(_ s: String, _ sub: String, start: Int, end: Int?) -> Int {
        let scalars = Array(s.unicodeScalars)
        let t = Array(sub.unicodeScalars)
        var lo = start < 0 ? max(0, start + scalars.count) : start
        var hi = end.map { $0 < 0 ? max(0, $0 + scalars.count) : min($0, scalars.count) } ?? scalars.count
        lo = min(lo, scalars.count + 1)
        hi = max(hi, 0)
        if t.count > hi - lo { return -1 }
        var i = lo
        while i + t.count <= hi {
            if Array(scalars[i..<(i + t.count)]) == t { return i }
            i += 1
        }
        return -1
    }

    private func rfind(_ s: String, _ sub: String) -> Int {
        let scalars = Array(s.unicodeScalars)
        let t = Array(sub.unicodeScalars)
        var i = scalars.count - t.count
        while i >= 0 {
            if Array(scalars[i..<(i + t.count)]) == t { return i }
            i -= 1
        }
        return -1
    }

    func installStrMethods() {
        defineStr("upper") { rt, s, _, _ in rt.newString(s.uppercased()) }
        defineStr("lower") { rt, s, _, _ in rt.newString(s.lowercased()) }
        defineStr("casefold") { rt, s, _, _ in rt.newString(s.lowercased()) }
        defineStr("swapcase") { rt, s, _, _ in
            rt.newString(String(s.map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
        }
        defineStr("capitalize") { rt, s, _, _ in
            guard let f = s.first else { return rt.newString("") }
            return rt.newString(f.uppercased() + s.dropFirst().lowercased())
        }
        defineStr("title") { rt, s, _, _ in
            var out = ""
            var prevCased = false
            for c in s {
                if c.isLetter { out += prevCased ? c.lowercased() : c.uppercased(); prevCased = true }
                else { out.append(c); prevCased = false }
            }
            return rt.newString(out)
        }
        defineStr("join") { rt, s, args, _ in
            guard args.count == 1 else { throw rt.error("TypeError", "str.join() takes exactly one argument (\(args.count) given)") }
            let items = try rt.collect(args[0])
            defer { rt.decref(items) }
            var parts: [String] = []
            for (i, item) in items.enumerated() {
                guard let p = rt.stringValue(item) else {
                    throw rt.error("TypeError", "sequence item \(i): expected str instance, \(rt.typeName(item)) found")
                }
                parts.append(p)
            }
            let total = parts.reduce(0) { $0 + $1.utf8.count } + s.utf8.count * max(0, parts.count - 1)
            try rt.checkSize(total, itemBytes: 1)
            return rt.newString(parts.joined(separator: s))
        }
        defineStr("split") { rt, s, args, kwargs in
            var sep: String? = nil
            var maxSplit = -1
            if let a = args.first ?? rt.keyword(kwargs, "sep"), !(a == .none) {
                guard let v = rt.stringValue(a) else { throw rt.error("TypeError", "must be str or None, not \(rt.typeName(a))") }
                if v.isEmpty { throw rt.error("ValueError", "empty separator") }
                sep = v
            }
            if args.count > 1 { maxSplit = try rt.intArgument(args[1], "split") }
            if let m = rt.keyword(kwargs, "maxsplit") { maxSplit = try rt.intArgument(m, "split") }
            let parts = sep.map { rt.split(s, $0, maxSplit: maxSplit) } ?? rt.whitespaceSplit(s, maxSplit: maxSplit)
            return rt.newList(parts.map { rt.newString($0) })
        }
        defineStr("rsplit") { rt, s, args, kwargs in
            var sep: String? = nil
            var maxSplit = -1
            if let a = args.first ?? rt.keyword(kwargs, "sep"), let v = rt.stringValue(a) { sep = v }
            if args.count > 1 { maxSplit = try rt.intArgument(args[1], "rsplit") }
            if let m = rt.keyword(kwargs, "maxsplit") { maxSplit = try rt.intArgument(m, "rsplit") }
            if maxSplit < 0 {
                let parts = sep.map { rt.split(s, $0, maxSplit: -1) } ?? rt.whitespaceSplit(s, maxSplit: -1)
                return rt.newList(parts.map { rt.newString($0) })
            }
            let reversedText = String(s.reversed())
            let revSep = sep.map { String($0.reversed()) }
            let parts = revSep.map { rt.split(reversedText, $0, maxSplit: maxSplit) } ?? rt.whitespaceSplit(reversedText, maxSplit: maxSplit)
            return rt.newList(parts.reversed().map { rt.newString(String($0.reversed())) })
        }
        defineStr("splitlines") { rt, s, args, _ in
            var lines: [String] = []
            var current = ""
            for c in s {
                if c == "\n" || c == "\r\n" || c == "\r" { lines.append(current); current = "" } else { current.append(c) }
            }
            if !current.isEmpty { lines.append(current) }
            return rt.newList(lines.map { rt.newString($0) })
        }
        defineStr("strip") { rt, s, args, _ in
            let p = try rt.stripSet(args)
            var u = Substring(s).unicodeScalars[...]
            while let f = u.first, p(f) { u = u.dropFirst() }
            while let l = u.last, p(l) { u = u.dropLast() }
            return rt.newString(String(String.UnicodeScalarView(u)))
        }
        defineStr("lstrip") { rt, s, args, _ in
            let p = try rt.stripSet(args)
            var u = Substring(s).unicodeScalars[...]
            while let f = u.first, p(f) { u = u.dropFirst() }
            return rt.newString(String(String.UnicodeScalarView(u)))
        }
        defineStr("rstrip") { rt, s, args, _ in
            let p = try rt.stripSet(args)
            var u = Substring(s).unicodeScalars[...]
            while let l = u.last, p(l) { u = u.dropLast() }
            return rt.newString(String(String.UnicodeScalarView(u)))
        }
        for (name, isPrefix) in [("startswith", true), ("endswith", false)] {
            defineStr(name) { rt, s, args, _ in
                guard let a = args.first else { throw rt.error("TypeError", "\(name)() takes at least 1 argument (0 given)") }
                var candidates: [String] = []
                if let v = rt.stringValue(a) { candidates = [v] }
                else if case .object(let h) = a, let t = rt.object(h) as? PyTuple {
                    candidates = t.items.compactMap { rt.stringValue($0) }
                } else {
                    throw rt.error("TypeError", "\(name) first arg must be str or a tuple of str, not \(rt.typeName(a))")
                }
                var text = s
                if args.count > 1 {
                    let scalars = Array(s.unicodeScalars)
                    var lo = try rt.intArgument(args[1], name)
                    if lo < 0 { lo = max(0, lo + scalars.count) }
                    var hi = scalars.count
                    if args.count > 2 { hi = try rt.intArgument(args[2], name); if hi < 0 { hi = max(0, hi + scalars.count) } }
                    hi = min(hi, scalars.count)
                    text = lo <= hi ? String(String.UnicodeScalarView(scalars[lo..<hi])) : ""
                    if lo > scalars.count { return .bool(false) }
                }
                return .bool(candidates.contains { isPrefix ? text.unicodeScalars.starts(with: $0.unicodeScalars) : Array(text.unicodeScalars).reversed().starts(with: Array($0.unicodeScalars).reversed()) })
            }
        }
        defineStr("replace") { rt, s, args, _ in
            guard args.count >= 2, let old = rt.stringValue(args[0]), let new = rt.stringValue(args[1]) else {
                throw rt.error("TypeError", "replace expected at least 2 arguments, got \(args.count)")
            }
            var limit = args.count > 2 ? try rt.intArgument(args[2], "replace") : -1
            if old.isEmpty {
                var out = ""
                for c in s.unicodeScalars {
                    if limit != 0 { out += new; limit -= 1 }
                    out.unicodeScalars.append(c)
                }
                if limit != 0 { out += new }
                return rt.newString(out)
            }
            let occurrences = rt.count(s, old)
            _ = try rt.checkedProduct(occurrences, new.utf8.count, itemBytes: 1)
            var out = ""
            var rest = Substring(s)
            while limit != 0, let r = rest.range(of: old) {
                out += rest[..<r.lowerBound]
                out += new
                rest = rest[r.upperBound...]
                limit -= 1
            }
            out += rest
            try rt.checkSize(out.utf8.count, itemBytes: 1)
            return rt.newString(out)
        }
        defineStr("format") { rt, s, args, kwargs in rt.newString(try rt.strFormat(s, args, kwargs)) }
        defineStr("count") { rt, s, args, _ in
            .int(rt.count(s, try rt.strArg([.none] + args, 1, "count")))
        }
        defineStr("find") { rt, s, args, _ in
            let sub = try rt.strArg([.none] + args, 1, "find")
            let start = args.count > 1 ? try rt.intArgument(args[1], "find") : 0
            let end = args.count > 2 ? try rt.intArgument(args[2], "find") : nil
            return .int(rt.find(s, sub, start: start, end: end))
        }
        defineStr("rfind") { rt, s, args, _ in .int(rt.rfind(s, try rt.strArg([.none] + args, 1, "rfind"))) }
        defineStr("index") { rt, s, args, _ in
            let sub = try rt.strArg([.none] + args, 1, "index")
            let start = args.count > 1 ? try rt.intArgument(args[1], "index") : 0
            let r = rt.find(s, sub, start: start, end: nil)
            if r < 0 { throw rt.error("ValueError", "substring not found") }
            return .int(r)
        }
        defineStr("rindex") { rt, s, args, _ in
            let r = rt.rfind(s, try rt.strArg([.none] + args, 1, "rindex"))
            if r < 0 { throw rt.error("ValueError", "substring not found") }
            return .int(r)
        }
        let predicates: [(String, (String) -> Bool)] = [
            ("isdigit", { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil && $0.properties.numericType != .numeric } }),
            ("isdecimal", { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } }),
            ("isnumeric", { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.numericType != nil } }),
            ("isalpha", { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }),
            ("isalnum", { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil } }),
            ("isspace", { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.properties.isWhitespace } }),
            ("isupper", { s in s.contains { $0.isCased } && !s.contains { $0.isLowercase } }),
            ("islower", { s in s.contains { $0.isCased } && !s.contains { $0.isUppercase } }),
            ("isidentifier", { s in
                guard let f = s.unicodeScalars.first, f == "_" || f.properties.isXIDStart else { return false }
                return s.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isXIDContinue }
            }),
            ("isascii", { $0.unicodeScalars.allSatisfy { $0.isASCII } }),
        ]
        for (name, test) in predicates {
            defineStr(name) { _, s, _, _ in .bool(test(s)) }
        }
        for (name, mode) in [("center", 0), ("ljust", 1), ("rjust", 2)] {
            defineStr(name) { rt, s, args, _ in
                guard let w = args.first else { throw rt.error("TypeError", "\(name)() takes at least 1 argument (0 given)") }
                let width = try rt.intArgument(w, name)
                try rt.checkSize(width, itemBytes: 4)
                let fill = args.count > 1 ? (rt.stringValue(args[1]) ?? " ") : " "
                let n = s.unicodeScalars.count
                guard width > n else { return rt.newString(s) }
                let pad = width - n
                switch mode {
                case 1: return rt.newString(s + String(repeating: fill, count: pad))
                case 2: return rt.newString(String(repeating: fill, count: pad) + s)
                default:
                    let left = pad / 2 + (pad & width & 1)
                    return rt.newString(String(repeating: fill, count: left) + s + String(repeating: fill, count: pad - left))
                }
            }
        }
        defineStr("zfill") { rt, s, args, _ in
            let width = try rt.intArgument(args.first ?? .int(0), "zfill")
            try rt.checkSize(width, itemBytes: 4)
            let n = s.unicodeScalars.count
            guard width > n else { return rt.newString(s) }
            if let f = s.first, f == "-" || f == "+" {
                return rt.newString(String(f) + String(repeating: "0", count: width - n) + s.dropFirst())
            }
            return rt.newString(String(repeating: "0", count: width - n) + s)
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            defineStr(name) { rt, s, args, _ in
                let sep = try rt.strArg([.none] + args, 1, name)
                if sep.isEmpty { throw rt.error("ValueError", "empty separator") }
                let idx = fromRight ? rt.rfind(s, sep) : rt.find(s, sep, start: 0, end: nil)
                let scalars = Array(s.unicodeScalars)
                let parts: [String]
                if idx < 0 {
                    parts = fromRight ? ["", "", s] : [s, "", ""]
                } else {
                    let sepCount = sep.unicodeScalars.count
                    parts = [String(String.UnicodeScalarView(scalars[..<idx])), sep,
                             String(String.UnicodeScalarView(scalars[(idx + sepCount)...]))]
                }
                return .object(rt.newTuple(parts.map { rt.newString($0) }).handle)
            }
        }
        defineStr("removeprefix") { rt, s, args, _ in
            let p = try rt.strArg([.none] + args, 1, "removeprefix")
            return rt.newString(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
        }
        defineStr("removesuffix") { rt, s, args, _ in
            let p = try rt.strArg([.none] + args, 1, "removesuffix")
            return rt.newString(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s)
        }
        defineStr("encode") { rt, _, _, _ in throw rt.error("NotImplementedError", "'bytes' is not supported by course") }
    }
}
