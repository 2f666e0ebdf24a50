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

    /// From a finite double, truncating toward zero.
    init?(exactly d: Double) {
        guard d.isFinite else { return nil }
        let t = d.rounded(.towardZero)
        if abs(t) < 9.0e18 { self.init(Int(t)); return }
        var m = abs(t)
        let base = 4294967296.0
        var powers: [Double] = [1]
        var top = 1.0
        while top * base <= m { top *= base; powers.append(top) }
        var limbs = [UInt32](repeating: 0, count: powers.count)
        for i in stride(from: powers.count - 1, through: 0, by: -1) {
            let digit = (m / powers[i]).rounded(.towardZero)
            limbs[i] = UInt32(min(digit, 4294967295.0))
            m -= digit * powers[i]
        }
        self.init(negative: d < 0, magnitude: limbs)
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

    var toDouble: Double {
        var d = 0.0
        for limb in magnitude.reversed() { d = d * 4294967296.0 + Double(limb) }
        return negative ? -d : d
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

    /// Magnitude long division (shift and subtract).
    static func divmodMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> ([UInt32], [UInt32]) {
        if compareMagnitudes(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            let (q, r) = divideMagnitude(a, by: b[0])
            return (q, r == 0 ? [] : [r])
        }
        let n = BigInt(negative: false, magnitude: a).bitLength
        var q = [UInt32](repeating: 0, count: a.count)
        var r: [UInt32] = []
        for bit in stride(from: n - 1, through: 0, by: -1) {
            r = shiftLeft(r, 1)
            if (a[bit / 32] >> UInt32(bit % 32)) & 1 == 1 {
                if r.isEmpty { r = [1] } else { r[0] |= 1 }
            }
            if compareMagnitudes(r, b) >= 0 {
                r = subtractMagnitudes(r, b)
                q[bit / 32] |= 1 << UInt32(bit % 32)
            }
        }
        while let last = q.last, last == 0 { q.removeLast() }
        return (q, r)
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
        var m: [UInt32] = []
        for ch in text {
            guard let d = ch.wholeNumberValue, d < 10 else { return nil }
            m = BigInt.multiplyMagnitudes(m, [10])
            m = BigInt.addMagnitudes(m, d == 0 ? [] : [UInt32(d)])
            while let last = m.last, last == 0 { m.removeLast() }
        }
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
