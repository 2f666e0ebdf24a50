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

    /// Arithmetic once either int leaves 64 bits.
    func bigBinary(_ op: BinaryOperator, _ a: BigInt, _ b: BigInt) throws -> Value? {
        switch op {
        case .add: return makeInt(a + b)
        case .subtract: return makeInt(a - b)
        case .multiply:
            try checkSize((a.magnitude.count + b.magnitude.count) * 4, itemBytes: 1)
            return makeInt(a * b)
        case .floorDivide, .modulo:
            if b.isZero {
                throw error("ZeroDivisionError", op == .modulo ? "integer modulo by zero" : "integer division or modulo by zero")
            }
            let (q, r) = BigInt.floorDivmod(a, b)
            return makeInt(op == .modulo ? r : q)
        case .divide:
            if b.isZero { throw error("ZeroDivisionError", "division by zero") }
            let x = a.toDouble, y = b.toDouble
            if x.isInfinite || y.isInfinite {
                if x.isInfinite && !y.isInfinite { throw error("OverflowError", "integer division result too large for a float") }
                if !x.isInfinite { return .float(0.0 * (a.negative != b.negative ? -1 : 1)) }
                throw error("OverflowError", "integer division result too large for a float")
            }
            return .float(x / y)
        case .power:
            guard let e = b.asInt else { throw error("OverflowError", "exponent too large for course") }
            if e < 0 {
                if a.isZero { throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
                return .float(pow(a.toDouble, Double(e)))
            }
            let (bits, overflow) = a.bitLength.multipliedReportingOverflow(by: e)
            if overflow { try checkSize(Int.max) }
            try checkSize(bits / 8, itemBytes: 1)
            var result = BigInt(1), base = a, n = e
            while n > 0 {
                if n & 1 == 1 { result = result * base }
                n >>= 1
                if n > 0 { base = base * base }
            }
            return makeInt(result)
        case .leftShift:
            guard let n = b.asInt else { throw error("OverflowError", "too many digits in integer") }
            if n < 0 { throw error("ValueError", "negative shift count") }
            try checkSize(n / 8, itemBytes: 1)
            return makeInt(BigInt(negative: a.negative, magnitude: BigInt.shiftLeft(a.magnitude, n)))
        case .rightShift:
            guard let n = b.asInt else { return .int(a.negative ? -1 : 0) }
            if n < 0 { throw error("ValueError", "negative shift count") }
            if !a.negative { return makeInt(BigInt(negative: false, magnitude: BigInt.shiftRight(a.magnitude, n))) }
            // Floor: -((-a - 1) >> n) - 1.
            let m = (-a) - BigInt(1)
            return makeInt(-BigInt(negative: false, magnitude: BigInt.shiftRight(m.magnitude, n)) - BigInt(1))
        case .bitAnd, .bitOr, .bitXor:
            guard !a.negative, !b.negative else {
                throw error("OverflowError", "course does not support bitwise operators on negative ints past 64 bits")
            }
            var out: [UInt32] = []
            for i in 0..<max(a.magnitude.count, b.magnitude.count) {
                let x = i < a.magnitude.count ? a.magnitude[i] : 0
                let y = i < b.magnitude.count ? b.magnitude[i] : 0
                out.append(op == .bitAnd ? x & y : (op == .bitOr ? x | y : x ^ y))
            }
            return makeInt(BigInt(negative: false, magnitude: out))
        case .matrixMultiply: return nil
        }
    }
}
