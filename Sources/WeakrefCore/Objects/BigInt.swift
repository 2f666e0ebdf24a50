/// A small arbitrary-precision integer (sign and base-2^32 magnitude, little-endian), used
/// when an int leaves the 64-bit fast path. Results that fit go back to `Value.int`.
struct BigInt: Equatable {
    var negative: Bool
    /// No trailing zero limbs; zero is `[]` and never negative.
    var magnitude: [UInt32]

    init(negative: Bool, magnitude: [UInt32]) {
        var m = magnitude
        while let last = m.last, last == 0 { m.removeLast() }
        self.magnitude = m
        self.negative = m.isEmpty ? false : negative
    }

    init(_ i: Int) {
        var m = i.magnitude
        var limbs: [UInt32] = []
        while m != 0 { limbs.append(UInt32(truncatingIfNeeded: m)); m >>= 32 }
        self.init(negative: i < 0, magnitude: limbs)
    }

    /// From a finite double, truncating toward zero (exact: a double is an integer times a power of two).
    init?(exactly d: Double) {
        guard d.isFinite else { return nil }
        let t = d.rounded(.towardZero)
        if abs(t) < 9.0e18 { self.init(Int(t)); return }
        let mantissa = UInt64(1) << 52 | t.significandBitPattern
        let shift = Int(t.exponent) - 52
        let base = BigInt(Int(mantissa))
        self.init(negative: t < 0, magnitude: BigInt.shiftLeft(base.magnitude, shift))
    }

    var isZero: Bool { magnitude.isEmpty }

    var asInt: Int? {
        if magnitude.count > 2 { return nil }
        var u: UInt64 = 0
        for (i, limb) in magnitude.enumerated() { u |= UInt64(limb) << (32 * UInt64(i)) }
        if negative {
            if u <= UInt64(Int.max) { return -Int(u) }
            if u == UInt64(Int.max) + 1 { return Int.min }
            return nil
        }
        return u <= UInt64(Int.max) ? Int(u) : nil
    }

    /// The nearest double (ties to even), or an infinity when the value is past `Double`'s range.
    var toDouble: Double {
        let bits = bitLength
        if bits <= 64 {
            var u: UInt64 = 0
            for (i, limb) in magnitude.enumerated() { u |= UInt64(limb) << (32 * UInt64(i)) }
            let d = Double(u)
            return negative ? -d : d
        }
        // The top 64 bits, with every lower bit folded into a sticky bit 0: one correct rounding.
        let drop = bits - 64
        var top: UInt64 = 0
        let shifted = BigInt.shiftRight(magnitude, drop)
        for (i, limb) in shifted.enumerated() where i < 2 { top |= UInt64(limb) << (32 * UInt64(i)) }
        if BigInt.lowBitsNonZero(magnitude, drop) { top |= 1 }
        if drop > 1100 { return negative ? -.infinity : .infinity }
        let d = Double(sign: .plus, exponent: drop, significand: Double(top))
        return negative ? -d : d
    }

    /// Whether any of the lowest `count` bits of a magnitude is set.
    static func lowBitsNonZero(_ a: [UInt32], _ count: Int) -> Bool {
        let whole = min(count / 32, a.count)
        for i in 0..<whole where a[i] != 0 { return true }
        let rest = count % 32
        if rest > 0 && whole < a.count && a[whole] & ((1 << UInt32(rest)) - 1) != 0 { return true }
        return false
    }

    // MARK: magnitudes

    static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
            return a[i] < b[i] ? -1 : 1
        }
        return 0
    }

    static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(max(a.count, b.count) + 1)
        var carry: UInt64 = 0
        for i in 0..<max(a.count, b.count) {
            let s = UInt64(i < a.count ? a[i] : 0) + UInt64(i < b.count ? b[i] : 0) + carry
            out.append(UInt32(truncatingIfNeeded: s))
            carry = s >> 32
        }
        if carry != 0 { out.append(UInt32(carry)) }
        return out
    }

    /// `a - b` for `a >= b`.
    static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(a.count)
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var d = Int64(a[i]) - Int64(i < b.count ? b[i] : 0) - borrow
            if d < 0 { d += 1 << 32; borrow = 1 } else { borrow = 0 }
            out.append(UInt32(d))
        }
        while let last = out.last, last == 0 { out.removeLast() }
        return out
    }

    static func multiplyMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        if a.isEmpty || b.isEmpty { return [] }
        var out = [UInt32](repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            let ai = UInt64(a[i])
            for j in 0..<b.count {
                let t = ai * UInt64(b[j]) + UInt64(out[i + j]) + carry
                out[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            var k = i + b.count
            while carry != 0 {
                let t = UInt64(out[k]) + carry
                out[k] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
                k += 1
            }
        }
        while let last = out.last, last == 0 { out.removeLast() }
        return out
    }

    /// Divides by a small divisor, returning quotient and remainder.
    static func divideMagnitude(_ a: [UInt32], by d: UInt32) -> ([UInt32], UInt32) {
        var out = [UInt32](repeating: 0, count: a.count)
        var rem: UInt64 = 0
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            let cur = (rem << 32) | UInt64(a[i])
            out[i] = UInt32(cur / UInt64(d))
            rem = cur % UInt64(d)
        }
        while let last = out.last, last == 0 { out.removeLast() }
        return (out, UInt32(rem))
    }

    static func shiftLeft(_ a: [UInt32], _ bits: Int) -> [UInt32] {
        if a.isEmpty { return [] }
        let limbs = bits / 32, rest = bits % 32
        var out = [UInt32](repeating: 0, count: limbs)
        var carry: UInt32 = 0
        for x in a {
            out.append(rest == 0 ? x : (x << UInt32(rest)) | carry)
            carry = rest == 0 ? 0 : x >> UInt32(32 - rest)
        }
        if carry != 0 { out.append(carry) }
        return out
    }

    static func shiftRight(_ a: [UInt32], _ bits: Int) -> [UInt32] {
        let limbs = bits / 32, rest = bits % 32
        if limbs >= a.count { return [] }
        var out: [UInt32] = []
        for i in limbs..<a.count {
            let lo = a[i] >> UInt32(rest)
            let hi: UInt32 = (rest != 0 && i + 1 < a.count) ? a[i + 1] << UInt32(32 - rest) : 0
            out.append(lo | hi)
        }
        while let last = out.last, last == 0 { out.removeLast() }
        return out
    }

    var bitLength: Int {
        guard let last = magnitude.last else { return 0 }
        return (magnitude.count - 1) * 32 + (32 - last.leadingZeroBitCount)
    }

    /// Magnitude division, Knuth's algorithm D (TAOCP 4.3.1) on 32-bit limbs.
    static func divmodMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> ([UInt32], [UInt32]) {
        if compareMagnitudes(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            let (q, r) = divideMagnitude(a, by: b[0])
            return (q, r == 0 ? [] : [r])
        }
        let shift = b[b.count - 1].leadingZeroBitCount
        let v = shiftLeft(b, shift)
        var u = shiftLeft(a, shift)
        if u.count == a.count { u.append(0) }
        let n = v.count, m = u.count - n
        var q = [UInt32](repeating: 0, count: m)
        let vTop = UInt64(v[n - 1]), vNext = UInt64(v[n - 2])
        let base: UInt64 = 1 << 32
        for j in stride(from: m - 1, through: 0, by: -1) {
            let numerator = UInt64(u[j + n]) << 32 | UInt64(u[j + n - 1])
            var qhat = numerator / vTop
            var rhat = numerator % vTop
            while qhat >= base || qhat * vNext > (rhat << 32 | UInt64(u[j + n - 2])) {
                qhat -= 1
                rhat += vTop
                if rhat >= base { break }
            }
            // u[j...j+n] -= qhat * v
            var borrow: Int64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                let p = qhat * UInt64(v[i]) + carry
                carry = p >> 32
                let t = Int64(u[i + j]) - borrow - Int64(p & 0xFFFF_FFFF)
                u[i + j] = UInt32(truncatingIfNeeded: t)
                borrow = t < 0 ? 1 : 0
            }
            let t = Int64(u[j + n]) - borrow - Int64(carry)
            u[j + n] = UInt32(truncatingIfNeeded: t)
            if t < 0 {
                // qhat was one too large: add v back.
                qhat -= 1
                var c: UInt64 = 0
                for i in 0..<n {
                    let s = UInt64(u[i + j]) + UInt64(v[i]) + c
                    u[i + j] = UInt32(truncatingIfNeeded: s)
                    c = s >> 32
                }
                u[j + n] = UInt32(truncatingIfNeeded: UInt64(u[j + n]) + c)
            }
            q[j] = UInt32(truncatingIfNeeded: qhat)
        }
        while let last = q.last, last == 0 { q.removeLast() }
        u.removeLast(u.count - n)
        while let last = u.last, last == 0 { u.removeLast() }
        return (q, shiftRight(u, shift))
    }

    // MARK: signed arithmetic

    static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.negative == b.negative { return BigInt(negative: a.negative, magnitude: addMagnitudes(a.magnitude, b.magnitude)) }
        let c = compareMagnitudes(a.magnitude, b.magnitude)
        if c == 0 { return BigInt(0) }
        if c > 0 { return BigInt(negative: a.negative, magnitude: subtractMagnitudes(a.magnitude, b.magnitude)) }
        return BigInt(negative: b.negative, magnitude: subtractMagnitudes(b.magnitude, a.magnitude))
    }

    static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, magnitude: a.magnitude) }
    static func - (a: BigInt, b: BigInt) -> BigInt { a + (-b) }
    static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(negative: a.negative != b.negative, magnitude: multiplyMagnitudes(a.magnitude, b.magnitude))
    }

    /// Python's floor division and modulo (the remainder takes the divisor's sign).
    static func floorDivmod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
        let (q0, r0) = divmodMagnitudes(a.magnitude, b.magnitude)
        var q = BigInt(negative: a.negative != b.negative, magnitude: q0)
        var r = BigInt(negative: a.negative, magnitude: r0)
        if !r.isZero && a.negative != b.negative {
            q = q - BigInt(1)
            r = r + b
        }
        return (q, r)
    }

    static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let c = compareMagnitudes(a.magnitude, b.magnitude)
        return a.negative ? -c : c
    }

    var description: String {
        if magnitude.isEmpty { return "0" }
        var chunks: [UInt32] = []
        var m = magnitude
        while !m.isEmpty {
            let (q, r) = BigInt.divideMagnitude(m, by: 1_000_000_000)
            chunks.append(r)
            m = q
        }
        var s = negative ? "-" : ""
        s += String(chunks.last ?? 0)
        for c in chunks.dropLast().reversed() {
            let part = String(c)
            s += String(repeating: "0", count: 9 - part.count) + part
        }
        return s
    }

    init?(decimal text: Substring, negative: Bool) {
        self.init(digits: text, radix: 10, negative: negative)
    }

    /// From ASCII digits of a radix in 2...36 (no sign, no underscores), nine-ish digits at a time.
    init?(digits text: Substring, radix: Int, negative: Bool) {
        if radix & (radix - 1) == 0 {
            self.init(powerOfTwoDigits: text, radix: radix, negative: negative)
            return
        }
        var m: [UInt32] = []
        var chunk: UInt64 = 0, scale: UInt64 = 1
        func flush(_ m: inout [UInt32]) {
            var carry = chunk
            for i in 0..<m.count {
                let t = UInt64(m[i]) * scale + carry
                m[i] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            if carry != 0 { m.append(UInt32(carry)) }
            chunk = 0; scale = 1
        }
        for ch in text.unicodeScalars {
            let d: Int
            switch ch.value {
            case 48...57: d = Int(ch.value) - 48
            case 97...122: d = Int(ch.value) - 87
            case 65...90: d = Int(ch.value) - 55
            default: return nil
            }
            guard d < radix else { return nil }
            chunk = chunk * UInt64(radix) + UInt64(d)
            scale *= UInt64(radix)
            if scale > (1 << 26) { flush(&m) }
        }
        if scale > 1 { flush(&m) }
        self.init(negative: negative, magnitude: m)
    }

    /// From digits of a radix 2, 4, 8, 16 or 32: each digit is a few bits, so linear time.
    init?(powerOfTwoDigits text: Substring, radix: Int, negative: Bool) {
        let bitsPerDigit = radix.trailingZeroBitCount
        var m: [UInt32] = []
        var accumulator: UInt64 = 0, filled = 0
        for ch in text.unicodeScalars.reversed() {
            let d: Int
            switch ch.value {
            case 48...57: d = Int(ch.value) - 48
            case 97...122: d = Int(ch.value) - 87
            case 65...90: d = Int(ch.value) - 55
            default: return nil
            }
            guard d < radix else { return nil }
            accumulator |= UInt64(d) << UInt64(filled)
            filled += bitsPerDigit
            if filled >= 32 {
                m.append(UInt32(truncatingIfNeeded: accumulator))
                accumulator >>= 32
                filled -= 32
            }
        }
        if filled > 0 { m.append(UInt32(truncatingIfNeeded: accumulator)) }
        self.init(negative: negative, magnitude: m)
    }

    /// `hash()` of a Python int: the value modulo 2**61 - 1.
    var pythonHash: Int {
        let modulus: UInt64 = (1 << 61) - 1
        var h: UInt64 = 0
        for limb in magnitude.reversed() {
            // h = (h * 2^32 + limb) mod modulus, with 2^61 ≡ 1.
            let hi = h >> 29
            let lo = (h & ((1 << 29) - 1)) << 32
            h = (lo | UInt64(limb)) + hi
            while h >= modulus { h -= modulus }
        }
        var r = Int(h)
        if negative { r = -r }
        return r == -1 ? -2 : r
    }
}

/// An int past the 64-bit fast path; its class is `int`.
final class PyBigInt: PyObject {
    let value: BigInt
    init(_ value: BigInt, cls: PyClass?) { self.value = value; super.init(cls: cls) }
    override var chargedBytes: Int { 32 + 4 * value.magnitude.count }
}
