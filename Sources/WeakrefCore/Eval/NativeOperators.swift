#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PySyntax

extension Runtime {
    /// Operators of built-in types, when neither operand is a user-class instance.
    func nativeBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if let r = try numericBinary(op, a, b) { return r }
        if isUserInstance(a) || isUserInstance(b) { return nil }
        return try containerBinary(op, a, b)
    }

    /// The built-in behaviour inherited by subclasses of built-in types.
    func nativeBinaryForSubclasses(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        try containerBinary(op, a, b)
    }

    func isUserInstance(_ v: Value) -> Bool {
        guard case .object(let h) = v, let c = object(h).cls else { return false }
        return !c.isBuiltin
    }

    func numberValue(_ v: Value) -> (Int?, Double?) {
        switch v {
        case .int(let i): return (i, nil)
        case .bool(let b): return (b ? 1 : 0, nil)
        case .float(let d): return (nil, d)
        default: return (nil, nil)
        }
    }

    func numericBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        if isBig(a) || isBig(b) {
            if let x = bigValue(a), let y = bigValue(b) { return try bigBinary(op, x, y) }
            if case .float(let d) = b, let x = bigValue(a) { return try floatBinary(op, try bigToDouble(x), d) }
            if case .float(let d) = a, let y = bigValue(b) { return try floatBinary(op, d, try bigToDouble(y)) }
            if op == .multiply, let other = (isBig(a) ? b : a).handle.map({ object($0) }), other is PyStr || other is PyList || other is PyTuple {
                throw error("OverflowError", "cannot fit 'int' into an index-sized integer")
            }
            return nil
        }
        let (ia, da) = numberValue(a)
        let (ib, db) = numberValue(b)
        if let x = ia, let y = ib {
            if case .bool(let p) = a, case .bool(let q) = b {
                switch op {
                case .bitAnd: return .bool(p && q)
                case .bitOr: return .bool(p || q)
                case .bitXor: return .bool(p != q)
                default: break
                }
            }
            return try intBinary(op, x, y)
        }
        guard let x = da ?? ia.map(Double.init), let y = db ?? ib.map(Double.init) else { return nil }
        return try floatBinary(op, x, y)
    }

    func intBinary(_ op: BinaryOperator, _ x: Int, _ y: Int) throws -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y); if o { return try bigBinary(op, BigInt(x), BigInt(y)) }; return .int(r)
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y); if o { return try bigBinary(op, BigInt(x), BigInt(y)) }; return .int(r)
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y); if o { return try bigBinary(op, BigInt(x), BigInt(y)) }; return .int(r)
        case .divide:
            if y == 0 { throw error("ZeroDivisionError", "division by zero") }
            if x.magnitude > (1 << 53) || y.magnitude > (1 << 53) { return try bigBinary(op, BigInt(x), BigInt(y)) }
            return .float(Double(x) / Double(y))
        case .floorDivide:
            if y == 0 { throw error("ZeroDivisionError", "integer division or modulo by zero") }
            if x == Int.min && y == -1 { return try bigBinary(op, BigInt(x), BigInt(y)) }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return .int(q)
        case .modulo:
            if y == 0 { throw error("ZeroDivisionError", "integer modulo by zero") }
            if y == -1 { return .int(0) }
            var m = x % y
            if m != 0 && ((m < 0) != (y < 0)) { m += y }
            return .int(m)
        case .power:
            if y < 0 {
                if x == 0 { throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
                return .float(pow(Double(x), Double(y)))
            }
            var result = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base); if o { return try bigBinary(op, BigInt(x), BigInt(y)) }; result = r
                }
                e >>= 1
                if e > 0 { let (r, o) = base.multipliedReportingOverflow(by: base); if o { return try bigBinary(op, BigInt(x), BigInt(y)) }; base = r }
            }
            return .int(result)
        case .leftShift:
            if y < 0 { throw error("ValueError", "negative shift count") }
            if x == 0 { return .int(0) }
            if y >= 63 { return try bigBinary(op, BigInt(x), BigInt(y)) }
            let r = x << y
            if r >> y != x { return try bigBinary(op, BigInt(x), BigInt(y)) }
            return .int(r)
        case .rightShift:
            if y < 0 { throw error("ValueError", "negative shift count") }
            return .int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matrixMultiply: return nil
        }
    }

    func floatBinary(_ op: BinaryOperator, _ x: Double, _ y: Double) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .subtract: return .float(x - y)
        case .multiply: return .float(x * y)
        case .divide:
            if y == 0 { throw error("ZeroDivisionError", "float division by zero") }
            return .float(x / y)
        case .floorDivide:
            if y == 0 { throw error("ZeroDivisionError", "float floor division by zero") }
            return .float(floatDivmod(x, y).0)
        case .modulo:
            if y == 0 { throw error("ZeroDivisionError", "float modulo") }
            return .float(floatDivmod(x, y).1)
        case .power:
            if x == 0 && y < 0 { throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() {
                throw error("ValueError", "course does not support complex results (negative number to a fractional power)")
            }
            let r = pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw error("OverflowError", "(34, 'Numerical result out of range')") }
            return .float(r)
        default: return nil
        }
    }

    /// CPython: `Objects/floatobject.c`, `float_divmod`.
    func floatDivmod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) { mod += wx; div -= 1.0 }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    private func containerBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value? {
        guard case .object(let ha) = a else {
            if op == .multiply, case .object = b, numberValue(a).0 != nil { return try containerBinary(op, b, a) }
            return nil
        }
        let oa = object(ha)
        let ob: PyObject? = b.handle.map { object($0) }
        switch op {
        case .add:
            if let s = oa as? PyStr, let t = ob as? PyStr {
                try checkSize(s.count + t.count, itemBytes: 1)
                return newString(s.value + t.value)
            }
            if let l = oa as? PyList, let m = ob as? PyList {
                try checkSize(l.items.count + m.items.count)
                let items = l.items + m.items
                items.forEach(incref)
                return .object(register(PyList(items, cls: types.list)).handle)
            }
            if let l = oa as? PyTuple, let m = ob as? PyTuple {
                let items = l.items + m.items
                items.forEach(incref)
                return .object(newTuple(items).handle)
            }
        case .multiply:
            guard let n = numberValue(b).0 else { return nil }
            let times = max(n, 0)
            if let s = oa as? PyStr {
                _ = try checkedProduct(s.count, times, itemBytes: 1)
                return newString(String(repeating: s.value, count: times))
            }
            if let l = oa as? PyList {
                var items: [Value] = []
                items.reserveCapacity(try checkedProduct(l.items.count, times))
                for _ in 0..<times { items += l.items }
                items.forEach(incref)
                return .object(register(PyList(items, cls: types.list)).handle)
            }
            if let l = oa as? PyTuple {
                _ = try checkedProduct(l.items.count, times)
                var items: [Value] = []
                for _ in 0..<times { items += l.items }
                items.forEach(incref)
                return .object(newTuple(items).handle)
            }
        case .modulo:
            if let s = oa as? PyStr { return newString(try percentFormat(s.value, b)) }
        case .bitOr, .bitAnd, .subtract, .bitXor:
            if let s = oa as? PySet, let t = ob as? PySet { return try setOperation(op, s, t) }
            if op == .bitOr, let d = oa as? PyDict, ob is PyDict {
                let r = register(PyDict(cls: types.dict))
                let rv = Value.object(r.handle)
                do {
                    try dictUpdate(r, from: a)
                    _ = d
                    try dictUpdate(r, from: b)
                } catch { decref(rv); throw error }
                return rv
            }
        default: break
        }
        return nil
    }

    func setOperation(_ op: BinaryOperator, _ s: PySet, _ t: PySet) throws -> Value {
        let r = register(PySet(frozen: s.frozen, cls: s.frozen ? types.frozenset : types.set))
        let rv = Value.object(r.handle)
        do {
            switch op {
            case .bitOr:
                for k in s.keys + t.keys { incref(k); try setAdd(r, consuming: k) }
            case .bitAnd:
                for k in s.keys where try setContains(t, k) { incref(k); try setAdd(r, consuming: k) }
            case .subtract:
                for k in s.keys where try !setContains(t, k) { incref(k); try setAdd(r, consuming: k) }
            default:
                for k in s.keys where try !setContains(t, k) { incref(k); try setAdd(r, consuming: k) }
                for k in t.keys where try !setContains(s, k) { incref(k); try setAdd(r, consuming: k) }
            }
        } catch { decref(rv); throw error }
        return rv
    }

    // MARK: comparisons

    func nativeCompare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Bool? {
        if isBig(a) || isBig(b) {
            if let x = bigValue(a), let y = bigValue(b) { return compareOrdered(op, BigInt.compare(x, y), 0) }
            if case .float(let d) = b, let x = bigValue(a) { return compareIntWithFloat(op, x, d, intFirst: true) }
            if case .float(let d) = a, let y = bigValue(b) { return compareIntWithFloat(op, y, d, intFirst: false) }
            if op == .equal { return false }
            if op == .notEqual { return true }
            return nil
        }
        let (ia, da) = numberValue(a)
        let (ib, db) = numberValue(b)
        if let x = ia, let y = ib { return compareOrdered(op, x, y) }
        if let x = da ?? ia.map(Double.init), let y = db ?? ib.map(Double.init) {
            if ia != nil || ib != nil, let i = ia ?? ib, i.magnitude > (1 << 53) {
                // Exact comparison of a large int with a float.
                return compareIntWithFloat(op, BigInt(i), da ?? db ?? 0, intFirst: ia != nil)
            }
            switch op {
            case .equal: return x == y
            case .notEqual: return x != y
            case .less: return x < y
            case .lessOrEqual: return x <= y
            case .greater: return x > y
            case .greaterOrEqual: return x >= y
            default: return nil
            }
        }
        if case .none = a, case .none = b {
            if op == .equal { return true }
            if op == .notEqual { return false }
        }
        if isUserInstance(a) || isUserInstance(b) { return nil }
        return try containerCompare(op, a, b)
    }

    func nativeCompareForSubclasses(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Bool? {
        try containerCompare(op, a, b)
    }

    func compareOrdered<T: Comparable>(_ op: ComparisonOperator, _ x: T, _ y: T) -> Bool? {
        switch op {
        case .equal: return x == y
        case .notEqual: return x != y
        case .less: return x < y
        case .lessOrEqual: return x <= y
        case .greater: return x > y
        case .greaterOrEqual: return x >= y
        default: return nil
        }
    }

    private func containerCompare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Bool? {
        guard case .object(let ha) = a, case .object(let hb) = b else { return nil }
        let oa = object(ha), ob = object(hb)
        if let x = oa as? PyBytes, let y = ob as? PyBytes {
            return compareOrdered(op, CodePoints(values: x.bytes.map(UInt32.init)), CodePoints(values: y.bytes.map(UInt32.init)))
        }
        if let s = oa as? PyStr, let t = ob as? PyStr {
            if op == .equal { return s.value == t.value }
            if op == .notEqual { return s.value != t.value }
            return compareOrdered(op, Array(s.value.unicodeScalars.map { $0.value }).lexicographicallyPrecedesKey, Array(t.value.unicodeScalars.map { $0.value }).lexicographicallyPrecedesKey)
        }
        if let l = oa as? PyList, let m = ob as? PyList { return try sequenceCompare(op, l.items, m.items) }
        if let l = oa as? PyTuple, let m = ob as? PyTuple { return try sequenceCompare(op, l.items, m.items) }
        if let s = oa as? PySet, let t = ob as? PySet {
            func subset(_ x: PySet, _ y: PySet) throws -> Bool {
                if x.used > y.used { return false }
                for k in x.keys where try !setContains(y, k) { return false }
                return true
            }
            switch op {
            case .equal: return try s.used == t.used && subset(s, t)
            case .notEqual: return try !(s.used == t.used && subset(s, t))
            case .lessOrEqual: return try subset(s, t)
            case .less: return try s.used < t.used && subset(s, t)
            case .greaterOrEqual: return try subset(t, s)
            case .greater: return try t.used < s.used && subset(t, s)
            default: return nil
            }
        }
        if let d = oa as? PyDict, let e = ob as? PyDict, op == .equal || op == .notEqual {
            var same = d.used == e.used
            if same {
                for entry in d.liveEntries {
                    guard let other = try dictGet(e, entry.key), try equals(entry.value, other) else { same = false; break }
                }
            }
            return op == .equal ? same : !same
        }
        if let r = oa as? PyRange, let q = ob as? PyRange, op == .equal || op == .notEqual {
            let same = r.count == q.count && (r.count == 0 || (r.start == q.start && (r.count == 1 || r.step == q.step)))
            return op == .equal ? same : !same
        }
        if let v = oa as? PyDictView, let w = ob as? PyDictView, v.mode == 0, w.mode == 0 {
            let s = try setFromIterable(a), t = try setFromIterable(b)
            defer { decref(s); decref(t) }
            return try containerCompare(op, s, t)
        }
        if let m = oa as? PyBoundMethod, let n = ob as? PyBoundMethod, op == .equal || op == .notEqual {
            // CPython: `method_richcompare`: same function and the very same receiver.
            let same = try m.receiver.isIdentical(to: n.receiver) && equals(m.function, n.function)
            return op == .equal ? same : !same
        }
        if let w = oa as? PyWeakref, let x = ob as? PyWeakref, w.kind == .ref, x.kind == .ref, op == .equal || op == .notEqual {
            let same = try weakrefEquals(a, b)
            return op == .equal ? same : !same
        }
        return nil
    }

    private func sequenceCompare(_ op: ComparisonOperator, _ x: [Value], _ y: [Value]) throws -> Bool? {
        try enterNative(" in comparison")
        defer { nativeDepth -= 1 }
        var i = 0
        while i < x.count && i < y.count {
            if try !equals(x[i], y[i]) { break }
            i += 1
        }
        if i >= x.count || i >= y.count {
            return compareOrdered(op, x.count, y.count)
        }
        switch op {
        case .equal: return false
        case .notEqual: return true
        default: return try truthy(consuming: try richCompare(op, x[i], y[i]))
        }
    }
}

extension Array where Element == UInt32 {
    /// Lexicographic comparison key for code-point order.
    var lexicographicallyPrecedesKey: CodePoints { CodePoints(values: self) }
}

struct CodePoints: Comparable {
    let values: [UInt32]
    static func < (a: CodePoints, b: CodePoints) -> Bool { a.values.lexicographicallyPrecedes(b.values) }
}
