/// A small, fast, seedable random number generator (Steele, Lea and Flood's
/// SplitMix64). Ours, not the standard library's, so that a seed stored in the
/// database gives the same sequence with every future Swift: a quiz attempt's
/// choice order and a review's fuzz can be replayed exactly.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in 0..<upperBound (Lemire's multiply-shift; bias below 2^-32 for small bounds).
    public mutating func next(below upperBound: Int) -> Int {
        precondition(upperBound > 0, "upper bound must be positive")
        let product = next().multipliedFullWidth(by: UInt64(upperBound))
        return Int(product.high)
    }

    /// A value in 0..<1 with 53 random bits.
    public mutating func nextUnitDouble() -> Double {
        Double(next() >> 11) / Double(UInt64(1) << 53)
    }

    /// FNV-1a 64 of a string's UTF-8 bytes: a stable way to mix a name into a seed.
    public static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
