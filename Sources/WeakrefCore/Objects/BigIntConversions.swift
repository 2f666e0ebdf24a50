/// Conversions between big ints and text or floats, done exactly as CPython does them.
extension BigInt {
    /// Digits of the magnitude in a radix that is a power of two (2, 8, 16), no prefix.
    func powerOfTwoDigits(radix: Int) -> String {
        if magnitude.isEmpty { return "0" }
        let bitsPerDigit = radix.trailingZeroBitCount
        let digitCount = (bitLength + bitsPerDigit - 1) / bitsPerDigit
        let alphabet = Array("0123456789abcdef".unicodeScalars)
        var out = String.UnicodeScalarView()
        for d in stride(from: digitCount - 1, through: 0, by: -1) {
            var value = 0
            for k in 0..<bitsPerDigit {
                let bit = d * bitsPerDigit + k
                let limb = bit / 32
                if limb < magnitude.count && (magnitude[limb] >> UInt32(bit % 32)) & 1 == 1 { value |= 1 << k }
            }
            out.append(alphabet[value])
        }
        return String(out)
    }

    /// Digits of the magnitude in `radix` (2...36), no sign.
    func digits(radix: Int) -> String {
        if radix == 10 {
            let d = description
            return negative ? String(d.dropFirst()) : d
        }
        if radix & (radix - 1) == 0 { return powerOfTwoDigits(radix: radix) }
        if magnitude.isEmpty { return "0" }
        var chunks: [UInt32] = []
        var m = magnitude
        while !m.isEmpty {
            let (q, r) = BigInt.divideMagnitude(m, by: UInt32(radix))
            chunks.append(r)
            m = q
        }
        return String(chunks.reversed().map { Character(Unicode.Scalar(UInt8($0 < 10 ? 48 + $0 : 87 + $0))) })
    }

    /// A lower bound on the count of decimal digits, from the bit length alone.
    var decimalDigitsLowerBound: Int {
        let bits = bitLength
        return bits <= 1 ? 1 : Int(Double(bits - 1) * 0.30102999566398114) + 1
    }

    /// Three-way comparison with a double, exact as CPython's `float_richcompare` (no rounding of
    /// the int); nil when the double is NaN (unordered).
    static func compare(_ a: BigInt, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        let floor = d.rounded(.down)
        guard let f = BigInt(exactly: floor) else { return nil }
        let c = compare(a, f)
        if floor == d { return c }
        // d lies strictly between floor and floor + 1.
        return c <= 0 ? -1 : 1
    }

    /// `a / b` correctly rounded (ties to even), as CPython's `long_true_divide`; nil when the
    /// quotient is past the range of a double. `b` is not zero.
    static func trueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
        if a.isZero { return (a.negative != b.negative) ? -0.0 : 0.0 }
        let negative = a.negative != b.negative
        // Scale so the integer quotient has 55 or 56 bits: enough for one correct rounding.
        let shift = 55 - (a.bitLength - b.bitLength)
        var x = a.magnitude, y = b.magnitude
        if shift > 0 { x = shiftLeft(x, shift) } else if shift < 0 { y = shiftLeft(y, -shift) }
        let (q, r) = divmodMagnitudes(x, y)
        var top: UInt64 = 0
        for (i, limb) in q.enumerated() where i < 2 { top |= UInt64(limb) << (32 * UInt64(i)) }
        if !r.isEmpty { top |= 1 }
        if -shift > 1100 { return nil }
        let d = Double(sign: .plus, exponent: -shift, significand: Double(top))
        if d.isInfinite { return nil }
        return negative ? -d : d
    }

    /// `base ** exponent % modulus` for a non-negative exponent and non-zero modulus, with
    /// Python's sign rule for the result.
    static func powerModulo(_ base: BigInt, _ exponent: BigInt, _ modulus: BigInt) -> BigInt {
        var result = floorDivmod(BigInt(1), modulus).1
        var b = floorDivmod(base, modulus).1
        let bits = exponent.bitLength
        for i in 0..<bits {
            if (exponent.magnitude[i / 32] >> UInt32(i % 32)) & 1 == 1 { result = floorDivmod(result * b, modulus).1 }
            if i + 1 < bits { b = floorDivmod(b * b, modulus).1 }
        }
        return result
    }

    /// `round(a, -n)`: to a multiple of `10**n`, halves to even.
    static func roundToPowerOfTen(_ a: BigInt, _ n: Int) -> BigInt {
        var p = BigInt(1)
        for _ in 0..<n { p = p * BigInt(10) }
        let (q, r) = floorDivmod(a, p)
        let twice = r + r
        let c = compare(twice, p)
        let odd = (q.magnitude.first ?? 0) & 1 == 1
        if c > 0 || (c == 0 && odd) { return (q + BigInt(1)) * p }
        return q * p
    }

    /// `x` with `a * x % m == 1 % m`, by the extended Euclidean algorithm; nil when `a` and `m`
    /// share a factor.
    static func modularInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        let n = BigInt(negative: false, magnitude: m.magnitude)
        var (oldR, r) = (floorDivmod(a, n).1, n)
        var (oldS, s) = (BigInt(1), BigInt(0))
        while !r.isZero {
            let q = floorDivmod(oldR, r).0
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        guard oldR.magnitude == [1] || (n.magnitude == [1]) else { return nil }
        return floorDivmod(oldS, n).1
    }
}
