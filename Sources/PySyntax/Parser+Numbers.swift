/// Number tokens to constants. Integers past `Int` become decimal digit strings.
extension Parser.State {
    func numberConstant(_ token: Token) throws(SyntaxError) -> Constant {
        let text = token.text.filter { $0 != "_" }
        if let last = text.last, last == "j" || last == "J" {
            return .imaginary(Double(String(text.dropLast())) ?? 0)
        }
        let lowered = text.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lowered.hasPrefix(prefix) {
            let digits = String(lowered.dropFirst(2))
            if let value = Int(digits, radix: radix) { return .int(value) }
            return .bigInt(Self.decimalDigits(of: digits, radix: radix))
        }
        if lowered.contains(".") || lowered.contains("e") {
            return .float(Double(text) ?? 0)
        }
        if let value = Int(text) { return .int(value) }
        let trimmed = text.drop { $0 == "0" }
        return .bigInt(trimmed.isEmpty ? "0" : String(trimmed))
    }

    /// Converts digits in `radix` to decimal by schoolbook multiplication in base 10^9.
    static func decimalDigits(of digits: String, radix: Int) -> String {
        var limbs: [UInt64] = [0]  // little-endian, base 1_000_000_000
        let base: UInt64 = 1_000_000_000
        for character in digits {
            guard let digit = character.hexDigitValue else { continue }
            var carry = UInt64(digit)
            for i in limbs.indices {
                let value = limbs[i] * UInt64(radix) + carry
                limbs[i] = value % base
                carry = value / base
            }
            while carry > 0 {
                limbs.append(carry % base)
                carry /= base
            }
        }
        var result = String(limbs[limbs.count - 1])
        for limb in limbs.dropLast().reversed() {
            let part = String(limb)
            result += String(repeating: "0", count: 9 - part.count) + part
        }
        return result
    }
}
