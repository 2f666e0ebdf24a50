import PySyntax

/// Where big ints meet text and floats: `str()`/`repr()` under CPython 3.11's digit limit,
/// format specs, parsing, exact comparisons with floats and float-to-int conversion.
extension Runtime {
    /// CPython 3.11's default `sys.get_int_max_str_digits()`.
    static let defaultIntMaxStrDigits = 4300

    /// The decimal text of a big int, refused past `sys.get_int_max_str_digits()` digits
    /// (4300 unless changed) as CPython 3.11 does.
    func bigDecimalString(_ b: BigInt) throws -> String {
        let limit = intMaxStrDigits
        func limitError() -> Unwind {
            error("ValueError", "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        // Decided from the size alone when it is certain, so huge ints fail fast.
        if limit > 0 && b.decimalDigitsLowerBound > limit { throw limitError() }
        try chargeBigWork(b, b)
        let text = b.description
        if limit > 0 && text.utf8.count - (b.negative ? 1 : 0) > limit { throw limitError() }
        return text
    }

    /// `sys.set_int_max_str_digits()` and `sys.get_int_max_str_digits()`.
    func installIntDigitLimit(_ sys: PyModule) {
        moduleFunction(sys, "get_int_max_str_digits") { rt, args, kwargs in
            try rt.expectArguments("get_int_max_str_digits", args, kwargs, exactly: 0)
            return .int(rt.intMaxStrDigits)
        }
        moduleFunction(sys, "set_int_max_str_digits") { rt, args, kwargs in
            var args = args
            if let v = rt.keyword(kwargs, "maxdigits") { args.append(v) }
            guard args.count == 1 else {
                throw rt.error("TypeError", "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
            }
            let n = try rt.intArgument(args[0], "set_int_max_str_digits")
            guard n == 0 || n >= 640 else { throw rt.error("ValueError", "maxdigits must be 0 or larger than 640") }
            rt.intMaxStrDigits = n
            return .none
        }
    }

    /// `int(text, base)` for digits past 64 bits; `nil` when the text is not a valid literal.
    func parseBigInt(_ digits: String, radix: Int, negative: Bool) throws -> Value? {
        let limit = intMaxStrDigits
        if radix & (radix - 1) != 0 && limit > 0 && digits.utf8.count > limit {
            throw error("ValueError", "Exceeds the limit (\(limit) digits) for integer string conversion: value has \(digits.utf8.count) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        if radix & (radix - 1) != 0 {
            // Quadratic in the length once the limit is lifted (`sys.set_int_max_str_digits(0)`).
            let limbs = digits.utf8.count / 9 + 1
            try chargeBigWork(limbs: limbs, by: limbs)
        }
        guard let b = BigInt(digits: Substring(digits), radix: radix, negative: negative) else { return nil }
        return makeInt(b)
    }

    /// `int(d)` of a finite float of any size (truncating toward zero).
    func floatToInt(_ d: Double) throws -> Value {
        guard d.isFinite else {
            throw error(d.isNaN ? "ValueError" : "OverflowError", d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
        }
        if abs(d) < 9.2e18 { return .int(Int(d)) }
        return makeInt(BigInt(exactly: d) ?? BigInt(0))
    }

    /// An int compared with a float exactly, as CPython's `float_richcompare` (no rounding).
    func compareIntWithFloat(_ op: ComparisonOperator, _ i: BigInt, _ d: Double, intFirst: Bool) -> Bool? {
        guard let c = BigInt.compare(i, d) else {
            // NaN: unordered.
            switch op {
            case .notEqual: return true
            case .equal, .less, .lessOrEqual, .greater, .greaterOrEqual: return false
            default: return nil
            }
        }
        return compareOrdered(op, intFirst ? c : -c, 0)
    }

    /// `format(big, spec)`: the int presentation types, or the float ones after conversion.
    func formatBigInt(_ b: BigInt, _ f: FormatSpec, _ spec: String) throws -> String {
        var body: String
        switch f.type {
        case nil, "d", "n":
            let text = try bigDecimalString(b)
            body = group(b.negative ? String(text.dropFirst()) : text, f.grouping)
        case "x": body = (f.alternate ? "0x" : "") + group(b.digits(radix: 16), f.grouping == "_" ? "_" : nil, every: 4)
        case "X": body = (f.alternate ? "0X" : "") + group(b.digits(radix: 16).uppercased(), f.grouping == "_" ? "_" : nil, every: 4)
        case "o": body = (f.alternate ? "0o" : "") + group(b.digits(radix: 8), f.grouping == "_" ? "_" : nil, every: 4)
        case "b": body = (f.alternate ? "0b" : "") + group(b.digits(radix: 2), f.grouping == "_" ? "_" : nil, every: 4)
        case "c": throw error("OverflowError", "%c arg not in range(0x110000)")
        case let t? where "eEfFgG%".contains(t):
            return try formatFloat(try bigToDouble(b), f, spec)
        default:
            throw error("ValueError", "Unknown format code '\(f.type ?? " ")' for object of type 'int'")
        }
        let s = signed(body, negative: b.negative, f)
        return pad(s, zeroPadded(s, f), defaultAlign: ">")
    }

    /// `bin()`, `oct()`, `hex()` of a big int.
    func bigRadixString(_ b: BigInt, radix: Int, prefix: String) -> String {
        (b.negative ? "-" : "") + prefix + b.digits(radix: radix)
    }

    /// `round(i, ndigits)` for an int and a negative `ndigits`, exact at any size.
    func roundInt(_ i: BigInt, _ digits: Int) throws -> Value {
        if digits >= 0 { return makeInt(i) }
        let n = digits == Int.min ? Int.max : -digits
        // 10**n past the value rounds to zero; no need to build it.
        if n > i.decimalDigitsLowerBound + 2 && n > 20 { return .int(0) }
        try chargeBigWork(i, i)
        return makeInt(BigInt.roundToPowerOfTen(i, n))
    }
}
