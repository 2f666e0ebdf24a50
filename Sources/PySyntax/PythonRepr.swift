/// CPython's `repr()` for the constants a literal can produce: `str` (quote choice and
/// escapes as `unicode_repr`), `bytes`, `float` (shortest round-trip digits, `1e+16`,
/// `1e-05`), `complex` imaginary parts and big integers.
public enum PythonRepr {
    public static func constant(_ value: Constant) -> String {
        switch value {
        case .none: "None"
        case .bool(let flag): flag ? "True" : "False"
        case .int(let number): String(number)
        case .bigInt(let digits): digits
        case .float(let number): float(number)
        case .imaginary(let number): imaginary(number)
        case .string(let text): string(text)
        case .bytes(let bytes): self.bytes(bytes)
        case .ellipsis: "Ellipsis"
        }
    }

    /// `repr(str)`: single quotes unless the text has `'` and no `"`.
    public static func string(_ text: String) -> String {
        let hasSingle = text.unicodeScalars.contains("'")
        let hasDouble = text.unicodeScalars.contains("\"")
        let quote: Unicode.Scalar = hasSingle && !hasDouble ? "\"" : "'"
        var out = String.UnicodeScalarView()
        out.append(quote)
        for scalar in text.unicodeScalars {
            switch scalar {
            case quote, "\\":
                out.append("\\")
                out.append(scalar)
            case "\t": out.append(contentsOf: "\\t".unicodeScalars)
            case "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\r": out.append(contentsOf: "\\r".unicodeScalars)
            default:
                if isPrintable(scalar) {
                    out.append(scalar)
                } else {
                    out.append(contentsOf: hexEscape(scalar.value).unicodeScalars)
                }
            }
        }
        out.append(quote)
        return String(out)
    }

    static func hexEscape(_ value: UInt32) -> String {
        let (prefix, width) = value < 0x100 ? ("\\x", 2) : value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
        let hex = String(value, radix: 16)
        return prefix + String(repeating: "0", count: max(0, width - hex.count)) + hex
    }

    /// Python's `str.isprintable` for one code point.
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x7F { return scalar.value >= 0x20 }
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// `repr(bytes)`.
    public static func bytes(_ bytes: [UInt8]) -> String {
        let hasSingle = bytes.contains(39)
        let hasDouble = bytes.contains(34)
        let quote: UInt8 = hasSingle && !hasDouble ? 34 : 39
        var out = "b" + String(UnicodeScalar(quote))
        for byte in bytes {
            switch byte {
            case quote, 92: out += "\\" + String(UnicodeScalar(byte))
            case 9: out += "\\t"
            case 10: out += "\\n"
            case 13: out += "\\r"
            case 0x20..<0x7F: out += String(UnicodeScalar(byte))
            default: out += hexEscape(UInt32(byte))
            }
        }
        return out + String(UnicodeScalar(quote))
    }

    /// `repr(float)`.
    public static func float(_ value: Double) -> String {
        format(value, addDotZero: true)
    }

    /// `repr(complex(0, value))`: the imaginary part without a forced `.0`, then `j`.
    public static func imaginary(_ value: Double) -> String {
        format(value, addDotZero: false) + "j"
    }

    /// Python's `float_repr_style = 'short'`: shortest digits that round-trip, in
    /// scientific notation when the decimal exponent is below -4 or at least 16.
    static func format(_ value: Double, addDotZero: Bool) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        let negative = value.sign == .minus
        var (digits, point) = shortestDigits(abs(value))
        var result = negative ? "-" : ""
        if digits == "0" {
            return result + (addDotZero ? "0.0" : "0")
        }
        if point < -3 || point > 16 {
            let exponent = point - 1
            result += digits.prefix(1)
            if digits.count > 1 { result += "." + digits.dropFirst() }
            let magnitude = String(abs(exponent))
            result += "e" + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
            return result
        }
        if point <= 0 {
            return result + "0." + String(repeating: "0", count: -point) + digits
        }
        if point >= digits.count {
            digits += String(repeating: "0", count: point - digits.count)
            return result + digits + (addDotZero ? ".0" : "")
        }
        let split = digits.index(digits.startIndex, offsetBy: point)
        return result + digits[..<split] + "." + digits[split...]
    }

    /// The shortest round-trip digits of a finite non-negative value, without leading or
    /// trailing zeros, and the decimal point position: value = 0.DIGITS × 10^point.
    static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = value.description  // Swift prints shortest round-trip digits too
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var integerPart = mantissa
        var fraction: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fraction = mantissa[mantissa.index(after: dot)...]
        }
        var digits = String(integerPart) + fraction
        var point = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        if digits.isEmpty { return ("0", 1) }
        return (digits, point)
    }
}
