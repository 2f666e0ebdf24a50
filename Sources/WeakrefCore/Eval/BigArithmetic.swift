#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PySyntax

extension Runtime {
    /// The exact integer value of an int, bool or big int.
    func bigValue(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bool(let b): return BigInt(b ? 1 : 0)
        case .object(let h): return (object(h) as? PyBigInt)?.value
        default: return nil
        }
    }

    func isBig(_ v: Value) -> Bool {
        if case .object(let h) = v { return object(h) is PyBigInt }
        return false
    }

    /// Back to the fast path when the value fits.
    func makeInt(_ b: BigInt) -> Value {
        if let i = b.asInt { return .int(i) }
        return .object(register(PyBigInt(b, cls: types.int)).handle)
    }

    func bigToDouble(_ b: BigInt) throws -> Double {
        let d = b.toDouble
        if d.isInfinite { throw error("OverflowError", "int too large to convert to float") }
        return d
    }

    /// Counts quadratic big-int work (limb products) against the step limit, so `3 ** 10**8`
    /// stops like a long loop would instead of running for hours: one step per 256 products
    /// (about what one step of the tree-walker costs).
    func chargeBigWork(_ a: BigInt, _ b: BigInt) throws {
        try chargeBigWork(limbs: a.magnitude.count, by: b.magnitude.count)
    }

    func chargeBigWork(limbs a: Int, by b: Int) throws {
        let (products, overflow) = max(a, 1).multipliedReportingOverflow(by: max(b, 1))
        steps &+= overflow ? limits.steps : products >> 8
        if steps > limits.steps { try stopForLimit() }
    }

    /// Arithmetic once either int leaves 64 bits.
    func bigBinary(_ op: BinaryOperator, _ a: BigInt, _ b: BigInt) throws -> Value? {
        switch op {
        case .add:
            try checkSize(max(a.magnitude.count, b.magnitude.count) * 4 + 4, itemBytes: 1)
            return makeInt(a + b)
        case .subtract:
            try checkSize(max(a.magnitude.count, b.magnitude.count) * 4 + 4, itemBytes: 1)
            return makeInt(a - b)
        case .multiply:
            try checkSize((a.magnitude.count + b.magnitude.count) * 4, itemBytes: 1)
            try chargeBigWork(a, b)
            return makeInt(a * b)
        case .floorDivide, .modulo:
            if b.isZero {
                throw error("ZeroDivisionError", op == .modulo ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            try chargeBigWork(a, b)
            let (q, r) = BigInt.floorDivmod(a, b)
            return makeInt(op == .modulo ? r : q)
        case .divide:
            if b.isZero { throw error("ZeroDivisionError", "division by zero") }
            guard let q = BigInt.trueDivide(a, b) else {
                throw error("OverflowError", "integer division result too large for a float")
            }
            return .float(q)
        case .power:
            if a.isZero || a.magnitude == [1] {
                // 0, 1 and -1 stay small whatever the exponent.
                if b.negative {
                    if a.isZero { throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
                    return .float(a.negative && b.magnitude.first.map({ $0 & 1 == 1 }) == true ? -1.0 : 1.0)
                }
                if a.isZero { return .int(b.isZero ? 1 : 0) }
                return .int(a.negative && (b.magnitude.first ?? 0) & 1 == 1 ? -1 : 1)
            }
            if b.negative {
                return try floatBinary(.power, try bigToDouble(a), b.toDouble) ?? .none
            }
            guard let e = b.asInt else { try checkSize(Int.max); return nil }
            let (bits, overflow) = a.bitLength.multipliedReportingOverflow(by: e)
            if overflow { try checkSize(Int.max) }
            // The result and the running square are both about this size.
            try checkSize(bits / 4, itemBytes: 1)
            var result = BigInt(1), base = a, n = e
            while n > 0 {
                if n & 1 == 1 { try chargeBigWork(result, base); result = result * base }
                n >>= 1
                if n > 0 { try chargeBigWork(base, base); base = base * base }
            }
            return makeInt(result)
        case .leftShift:
            if b.negative { throw error("ValueError", "negative shift count") }
            if a.isZero { return .int(0) }
            guard let n = b.asInt else { try checkSize(Int.max); return nil }
            try checkSize(n / 8 + a.magnitude.count * 4, itemBytes: 1)
            return makeInt(BigInt(negative: a.negative, magnitude: BigInt.shiftLeft(a.magnitude, n)))
        case .rightShift:
            if b.negative { throw error("ValueError", "negative shift count") }
            guard let n = b.asInt else { return .int(a.negative ? -1 : 0) }
            return makeInt(BigInt.arithmeticShiftRight(a, n))
        case .bitAnd: return makeInt(BigInt.bitwise(.and, a, b))
        case .bitOr: return makeInt(BigInt.bitwise(.or, a, b))
        case .bitXor: return makeInt(BigInt.bitwise(.xor, a, b))
        case .matrixMultiply: return nil
        }
    }

    /// Three-argument `pow()` on ints of any size and sign; a negative exponent uses the
    /// modular inverse, as CPython 3.8+ does.
    func bigPowerModulo(_ base: BigInt, _ exponent: BigInt, _ modulus: BigInt) throws -> Value {
        if modulus.isZero { throw error("ValueError", "pow() 3rd argument cannot be 0") }
        var b = base, e = exponent
        if e.negative {
            guard let inverse = BigInt.modularInverse(base, modulus) else {
                throw error("ValueError", "base is not invertible for the given modulus")
            }
            b = inverse
            e = -e
        }
        try chargeBigWork(modulus, BigInt(negative: false, magnitude: modulus.magnitude + e.magnitude))
        return makeInt(BigInt.powerModulo(b, e, modulus))
    }
}
