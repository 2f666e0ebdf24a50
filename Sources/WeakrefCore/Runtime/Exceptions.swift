extension Runtime {
    func classOf(_ v: Value) -> PyClass {
        switch v {
        case .none: return types.noneType
        case .bool: return types.bool
        case .int: return types.int
        case .float: return types.float
        case .object(let h): return object(h).cls ?? types.type
        }
    }

    func typeName(_ v: Value) -> String {
        let cls = classOf(v)
        if cls.isBuiltin && cls.module != "builtins" { return "\(cls.module).\(cls.name)" }
        return cls.name
    }

    /// A new exception of a built-in class with one message argument, ready to throw.
    func error(_ typeName: String, _ message: String) -> Unwind {
        let cls = types.exception(typeName)
        let args = newTuple([newString(message)])
        let e = register(PyException(args: .object(args.handle), cls: cls))
        return .exception(e.handle)
    }

    /// A new exception with the given arguments (consumed).
    func makeExceptionValue(_ typeName: String, args: [Value]) throws -> Unwind {
        let cls = types.exception(typeName)
        let e = register(PyException(args: .object(newTuple(args).handle), cls: cls))
        return .exception(e.handle)
    }

    /// `str(exception)` (CPython: `BaseException_str`, `KeyError_str`).
    func exceptionMessage(_ e: PyException) throws -> String {
        if let cls = e.cls, !cls.isBuiltin, let m = lookup(cls, "__str__"), !(object(m.handle ?? 0) is PyBuiltin) {
            incref(.object(e.handle))
            let r = try call(m, [.object(e.handle)], [])
            defer { decref(r) }
            return stringValue(r) ?? ""
        }
        guard let args = object(e.args.handle ?? 0) as? PyTuple else { return "" }
        switch args.items.count {
        case 0: return ""
        case 1:
            if e.cls?.isSubclass(of: types.exception("KeyError")) == true { return try reprString(args.items[0]) }
            return try strString(args.items[0])
        default: return try reprString(e.args)
        }
    }

    /// The qualified class name a traceback prints (`ZeroDivisionError`, `MyError`).
    func exceptionTypeLabel(_ cls: PyClass) -> String {
        if cls.module == "builtins" || cls.module == "__main__" { return cls.qualname }
        return "\(cls.module).\(cls.qualname)"
    }

    /// CPython's traceback text for an exception, chained causes and contexts first.
    func formatTraceback(_ h: UInt32, seen: Set<UInt32> = []) -> String {
        guard let e = object(h) as? PyException else { return "" }
        var out = ""
        var seen = seen
        seen.insert(h)
        if case .object(let c) = e.cause, !seen.contains(c) {
            out += formatTraceback(c, seen: seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if !e.suppressContext, case .object(let c) = e.context, !seen.contains(c) {
            out += formatTraceback(c, seen: seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !e.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            var last: (Int, String)? = nil
            var repeats = 0
            func flushRepeats() {
                if repeats > 3 {
                    out += "  [Previous line repeated \(repeats - 3) more time\(repeats - 3 == 1 ? "" : "s")]\n"
                }
            }
            for entry in e.traceback {
                if let l = last, l.0 == entry.line, l.1 == entry.functionName {
                    repeats += 1
                    if repeats > 3 { continue }
                } else {
                    flushRepeats()
                    repeats = 1
                    last = (entry.line, entry.functionName)
                }
                out += "  File \"\(entry.filename ?? filename)\", line \(entry.line), in \(entry.functionName)\n"
                if entry.filename == nil, entry.line >= 1 && entry.line <= sourceLines.count {
                    let text = sourceLines[entry.line - 1].drop { $0 == " " || $0 == "\t" }
                    var trimmed = String(text)
                    while trimmed.last == " " || trimmed.last == "\r" || trimmed.last == "\t" { trimmed.removeLast() }
                    if !trimmed.isEmpty { out += "    \(trimmed)\n" }
                }
            }
            flushRepeats()
        }
        let label = exceptionTypeLabel(e.cls ?? types.baseException)
        let message = (try? exceptionMessage(e)) ?? "<exception str() failed>"
        out += message.isEmpty ? label : "\(label): \(message)"
        if let s = e.suggestion { out += ". Did you mean: '\(s)'?" }
        out += "\n"
        return out
    }

    // MARK: suggestions (CPython: Python/suggestions.c)

    func suggestion(for name: String, among candidates: [String]) -> String? {
        let nameBytes = Array(name.utf8)
        if nameBytes.count > 40 { return nil }
        var best: String? = nil
        var bestDistance = Int.max
        for item in candidates.prefix(750) where item != name {
            let itemBytes = Array(item.utf8)
            var maxDistance = (nameBytes.count + itemBytes.count + 3) * 2 / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = levenshtein(nameBytes, itemBytes, maxCost: maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance {
                best = item
                bestDistance = d
            }
        }
        return best
    }

    private func levenshtein(_ a0: [UInt8], _ b0: [UInt8], maxCost: Int) -> Int {
        var a = a0[...], b = b0[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * 2 }
        if a.count > 40 || b.count > 40 { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * 2 > maxCost { return maxCost + 1 }
        let aa = Array(a), bb = Array(b)
        var buffer = (0..<aa.count).map { ($0 + 1) * 2 }
        var result = 0
        for (bIndex, code) in bb.enumerated() {
            var distance = bIndex * 2
            result = distance
            var minimum = Int.max
            for index in 0..<aa.count {
                let substitute = distance + substitutionCost(code, aa[index])
                distance = buffer[index]
                let insertDelete = min(result, distance) + 2
                result = min(insertDelete, substitute)
                buffer[index] = result
                if result < minimum { minimum = result }
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }

    private func substitutionCost(_ a0: UInt8, _ b0: UInt8) -> Int {
        if a0 & 31 != b0 & 31 { return 2 }
        if a0 == b0 { return 0 }
        var a = a0, b = b0
        if a >= 65 && a <= 90 { a += 32 }
        if b >= 65 && b <= 90 { b += 32 }
        return a == b ? 1 : 2
    }
}
