/// Python's bitwise operators on ints of any size: negative values behave as an infinite
/// two's complement (`-1` is all ones), so `&`, `|`, `^` work limb by limb on a sign-extended copy.
extension BigInt {
    enum BitwiseOperation { case and, or, xor }

    /// The low `count` limbs of the two's complement of `self` (sign-extended).
    private func twosComplementLimbs(_ count: Int) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: count)
        for i in 0..<min(count, magnitude.count) { out[i] = magnitude[i] }
        guard negative else { return out }
        var carry: UInt64 = 1
        for i in 0..<count {
            let s = UInt64(~out[i]) + carry
            out[i] = UInt32(truncatingIfNeeded: s)
            carry = s >> 32
        }
        return out
    }

    /// From two's complement limbs whose top bit is the sign.
    private init(twosComplement limbs: [UInt32]) {
        guard let top = limbs.last, top & 0x8000_0000 != 0 else {
            self.init(negative: false, magnitude: limbs)
            return
        }
        var m = limbs
        var carry: UInt64 = 1
        for i in 0..<m.count {
            let s = UInt64(~m[i]) + carry
            m[i] = UInt32(truncatingIfNeeded: s)
            carry = s >> 32
        }
        self.init(negative: true, magnitude: m)
    }

    static func bitwise(_ op: BitwiseOperation, _ a: BigInt, _ b: BigInt) -> BigInt {
        // One spare limb so the sign bit is never a magnitude bit.
        let count = max(a.magnitude.count, b.magnitude.count) + 1
        let x = a.twosComplementLimbs(count), y = b.twosComplementLimbs(count)
        var out = [UInt32](repeating: 0, count: count)
        for i in 0..<count {
            switch op {
            case .and: out[i] = x[i] & y[i]
            case .or: out[i] = x[i] | y[i]
            case .xor: out[i] = x[i] ^ y[i]
            }
        }
        return BigInt(twosComplement: out)
    }

    /// `a >> n` rounding toward negative infinity, as Python does.
    static func arithmeticShiftRight(_ a: BigInt, _ n: Int) -> BigInt {
        let q = BigInt(negative: a.negative, magnitude: shiftRight(a.magnitude, n))
        if a.negative && lowBitsNonZero(a.magnitude, n) { return q - BigInt(1) }
        return q
    }
}
