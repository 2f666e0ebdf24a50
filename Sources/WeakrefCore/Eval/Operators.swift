import PySyntax

extension Runtime {
    // MARK: truth

    func truthy(consuming v: Value) throws -> Bool {
        defer { decref(v) }
        return try truthy(v)
    }

    func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .object(let h):
            if let known = objects.withUnretained(Int(h), builtinContainerTruth) { return known }
            let o = object(h)
            if let cls = o.cls, !cls.isBuiltin {
                if let b = lookup(cls, "__bool__"), !(object(b.handle ?? 0) is PyBuiltin) {
                    incref(v)
                    let r = try call(b, [v], [])
                    guard case .bool(let result) = r else {
                        decref(r)
                        throw error("TypeError", "__bool__ should return bool, returned \(typeName(r))")
                    }
                    return result
                }
                if let l = lookup(cls, "__len__"), !(object(l.handle ?? 0) is PyBuiltin) {
                    return try length(v) != 0
                }
            }
            if let w = o as? PyWeakref, w.kind != .ref {
                let t = try proxyReferent(w)
                defer { decref(t) }
                return try truthy(t)
            }
            switch o {
            case let s as PyStr: return !s.value.isEmpty
            case let b as PyBytes: return !b.bytes.isEmpty
            case let l as PyList: return !l.items.isEmpty
            case let t as PyTuple: return !t.items.isEmpty
            case let d as PyDict: return d.used != 0
            case let s as PySet: return s.used != 0
            case let r as PyRange: return r.count != 0
            case let d as PyDictView: return try length(d.dictValue) != 0
            default: return true
            }
        }
    }

    /// The truth of an exact built-in list, dict or tuple (an instance of the built-in type
    /// itself, so no `__bool__` or `__len__` of a subclass applies); nil for anything else.
    @inline(__always)
    private func builtinContainerTruth(_ o: PyObject) -> Bool? {
        guard o.cls?.isBuiltin ?? false else { return nil }
        let kind = ObjectIdentifier(type(of: o))
        if kind == ObjectIdentifier(PyList.self) { return !unsafeDowncast(o, to: PyList.self).items.isEmpty }
        if kind == ObjectIdentifier(PyDict.self) { return unsafeDowncast(o, to: PyDict.self).used != 0 }
        if kind == ObjectIdentifier(PyTuple.self) { return !unsafeDowncast(o, to: PyTuple.self).items.isEmpty }
        return nil
    }

    // MARK: binary

    func dunderNames(_ op: BinaryOperator) -> (String, String, String) {
        switch op {
        case .add: return ("__add__", "__radd__", "__iadd__")
        case .subtract: return ("__sub__", "__rsub__", "__isub__")
        case .multiply: return ("__mul__", "__rmul__", "__imul__")
        case .matrixMultiply: return ("__matmul__", "__rmatmul__", "__imatmul__")
        case .divide: return ("__truediv__", "__rtruediv__", "__itruediv__")
        case .modulo: return ("__mod__", "__rmod__", "__imod__")
        case .power: return ("__pow__", "__rpow__", "__ipow__")
        case .leftShift: return ("__lshift__", "__rlshift__", "__ilshift__")
        case .rightShift: return ("__rshift__", "__rrshift__", "__irshift__")
        case .bitOr: return ("__or__", "__ror__", "__ior__")
        case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
        case .bitAnd: return ("__and__", "__rand__", "__iand__")
        case .floorDivide: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
        }
    }

    func isNotImplemented(_ v: Value) -> Bool { v.isIdentical(to: notImplemented) }

    /// `a op b` with CPython's dispatch (`binary_op1`): the right operand's reflected method
    /// first when its type is a subclass of the left's, then left, then right.
    func binaryOp(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        if let r = try nativeBinary(op, a, b) { return r }
        if let ua = try unwrapProxy(a) {
            defer { decref(ua) }
            return try binaryOp(op, ua, b)
        }
        if let ub = try unwrapProxy(b) {
            defer { decref(ub) }
            return try binaryOp(op, a, ub)
        }
        let (name, rname, _) = dunderNames(op)
        let ca = classOf(a), cb = classOf(b)
        let left = userDunder(a, name)
        let right = ca === cb ? nil : userDunder(b, rname)
        var triedRight = false
        if let right, cb.isSubclass(of: ca) {
            triedRight = true
            incref(b); incref(a)
            let r = try call(right, [b, a], [])
            if !isNotImplemented(r) { return r }
            decref(r)
        }
        if let left {
            incref(a); incref(b)
            let r = try call(left, [a, b], [])
            if !isNotImplemented(r) { return r }
            decref(r)
        }
        if let r = try nativeBinaryForSubclasses(op, a, b) { return r }
        if let right, !triedRight {
            incref(b); incref(a)
            let r = try call(right, [b, a], [])
            if !isNotImplemented(r) { return r }
            decref(r)
        }
        throw binaryTypeError(op, a, b)
    }

    func binaryTypeError(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Unwind {
        let ta = typeName(a), tb = typeName(b)
        if op == .add, case .object(let h) = a {
            let o = object(h)
            if o is PyStr && o.cls === types.str { return error("TypeError", "can only concatenate str (not \"\(tb)\") to str") }
            if o is PyList { return error("TypeError", "can only concatenate list (not \"\(tb)\") to list") }
            if o is PyTuple { return error("TypeError", "can only concatenate tuple (not \"\(tb)\") to tuple") }
        }
        if op == .multiply, isSequence(a) || isSequence(b) {
            let other = isSequence(a) ? b : a
            if case .float = other { return error("TypeError", "can't multiply sequence by non-int of type 'float'") }
            return error("TypeError", "can't multiply sequence by non-int of type '\(typeName(other))'")
        }
        let symbol = op == .power ? "** or pow()" : op.rawValue
        return error("TypeError", "unsupported operand type(s) for \(symbol): '\(ta)' and '\(tb)'")
    }

    private func isSequence(_ v: Value) -> Bool {
        guard case .object(let h) = v else { return false }
        let o = object(h)
        return o is PyStr || o is PyList || o is PyTuple
    }

    /// In-place operators: `__iadd__` and friends, list `+=` extending in place.
    func inPlaceOp(_ op: BinaryOperator, _ a: Value, _ b: Value) throws -> Value {
        // Numbers have no in-place methods: `a op= b` is `a op b` (`total += i`).
        if a.handle == nil, let r = try nativeBinary(op, a, b) { return r }
        if let ua = try unwrapProxy(a) {
            defer { decref(ua) }
            return try inPlaceOp(op, ua, b)
        }
        let (_, _, iname) = dunderNames(op)
        if let m = userDunder(a, iname) {
            incref(a); incref(b)
            let r = try call(m, [a, b], [])
            if !isNotImplemented(r) { return r }
            decref(r)
        }
        if case .object(let h) = a {
            let o = object(h)
            if let l = o as? PyList {
                if op == .add {
                    let items = try collect(b)
                    try checkSize(l.items.count + items.count)
                    l.items += items
                    memoryBytes += 8 * items.count
                    incref(a)
                    return a
                }
                if op == .multiply, case .int(let n) = b {
                    _ = try checkedProduct(l.items.count, n)
                    let old = l.items
                    if n <= 0 { l.items = []; decref(old) } else {
                        for _ in 1..<max(n, 1) { old.forEach(incref); l.items += old }
                    }
                    incref(a)
                    return a
                }
            }
            if let s = o as? PySet, !s.frozen, case .object(let bh) = b, let other = object(bh) as? PySet {
                switch op {
                case .bitOr:
                    for k in other.keys { incref(k); try setAdd(s, consuming: k) }
                    incref(a); return a
                case .bitAnd, .subtract, .bitXor:
                    let r = try binaryOp(op, a, b)
                    defer { decref(r) }
                    if let rs = object(r.handle ?? 0) as? PySet {
                        let old = s.takeReferences()
                        for k in rs.keys { incref(k); try setAdd(s, consuming: k) }
                        decref(old)
                    }
                    incref(a); return a
                default: break
                }
            }
            if let d = o as? PyDict, op == .bitOr {
                try dictUpdate(d, from: b)
                incref(a); return a
            }
        }
        return try binaryOp(op, a, b)
    }

    // MARK: unary

    func unaryOp(_ op: UnaryOperator, _ v: Value) throws -> Value {
        if op != .not, let u = try unwrapProxy(v) {
            defer { decref(u) }
            return try unaryOp(op, u)
        }
        switch (op, v) {
        case (.not, _): return .bool(!(try truthy(v)))
        case (.minus, .int(let i)):
            if i == Int.min { return makeInt(-BigInt(i)) }
            return .int(-i)
        case (.minus, .bool(let b)): return .int(b ? -1 : 0)
        case (.minus, .float(let d)): return .float(-d)
        case (.plus, .int), (.plus, .float): return v
        case (.plus, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(~(b ? 1 : 0))
        default: break
        }
        if case .object(let h) = v, let b = object(h) as? PyBigInt {
            switch op {
            case .minus: return makeInt(-b.value)
            case .plus: incref(v); return v
            case .invert: return makeInt(-b.value - BigInt(1))
            case .not: break
            }
        }
        let name: String
        switch op {
        case .minus: name = "__neg__"
        case .plus: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: name = "__bool__"
        }
        if let m = userDunder(v, name) {
            incref(v)
            return try call(m, [v], [])
        }
        throw error("TypeError", "bad operand type for unary \(op.rawValue): '\(typeName(v))'")
    }

    // MARK: comparison

    func compare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        default: return try richCompare(op, a, b)
        }
    }

    func reflected(_ op: ComparisonOperator) -> ComparisonOperator {
        switch op {
        case .less: return .greater
        case .greater: return .less
        case .lessOrEqual: return .greaterOrEqual
        case .greaterOrEqual: return .lessOrEqual
        default: return op
        }
    }

    func dunderName(_ op: ComparisonOperator) -> String {
        switch op {
        case .equal: return "__eq__"
        case .notEqual: return "__ne__"
        case .less: return "__lt__"
        case .lessOrEqual: return "__le__"
        case .greater: return "__gt__"
        case .greaterOrEqual: return "__ge__"
        default: return ""
        }
    }

    /// CPython: `Objects/object.c`, `do_richcompare`.
    func richCompare(_ op: ComparisonOperator, _ a: Value, _ b: Value) throws -> Value {
        if let r = try nativeCompare(op, a, b) { return .bool(r) }
        if let ua = try unwrapProxy(a) {
            defer { decref(ua) }
            if let ub = try unwrapProxy(b) {
                defer { decref(ub) }
                return try richCompare(op, ua, ub)
            }
            return try richCompare(op, ua, b)
        }
        if let ub = try unwrapProxy(b) {
            defer { decref(ub) }
            return try richCompare(op, a, ub)
        }
        let ca = classOf(a), cb = classOf(b)
        var triedRight = false
        if ca !== cb, cb.isSubclass(of: ca), let m = userCompareDunder(b, dunderName(reflected(op))) {
            triedRight = true
            incref(b); incref(a)
            let r = try call(m, [b, a], [])
            if !isNotImplemented(r) { return r }
            decref(r)
        }
        if let m = userCompareDunder(a, dunderName(op)) {
            incref(a); incref(b)
            let r = try call(m, [a, b], [])
            if !isNotImplemented(r) { return r }
            decref(r)
        }
        if !triedRight, let m = userCompareDunder(b, dunderName(reflected(op))) {
            incref(b); incref(a)
            let r = try call(m, [b, a], [])
            if !isNotImplemented(r) { return r }
            decref(r)
        }
        if let r = try nativeCompareForSubclasses(op, a, b) { return .bool(r) }
        switch op {
        case .equal: return .bool(a.isIdentical(to: b))
        case .notEqual:
            // object.__ne__: the inverse of __eq__ when that is defined.
            if let m = userCompareDunder(a, "__eq__") {
                incref(a); incref(b)
                let r = try call(m, [a, b], [])
                if isNotImplemented(r) { decref(r); return .bool(!a.isIdentical(to: b)) }
                return .bool(!(try truthy(consuming: r)))
            }
            return .bool(!a.isIdentical(to: b))
        default:
            throw error("TypeError", "'\(op.rawValue)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        }
    }

    private func userCompareDunder(_ v: Value, _ name: String) -> Value? {
        guard let m = userDunder(v, name) else { return nil }
        if case .none = m { return nil }
        return m
    }

    /// `a == b` as a Swift Bool, with the identity shortcut containers use.
    func equals(_ a: Value, _ b: Value) throws -> Bool {
        if a.isIdentical(to: b) { return true }
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.object(let x), .object(let y)):
            if let s = object(x) as? PyStr, let t = object(y) as? PyStr, s.cls === types.str, t.cls === types.str { return s.value == t.value }
        default: break
        }
        return try truthy(consuming: try richCompare(.equal, a, b))
    }

    func lessThan(_ a: Value, _ b: Value) throws -> Bool {
        try truthy(consuming: try richCompare(.less, a, b))
    }

    // MARK: hashing

    static let hashModulus = (1 << 61) - 1

    func hashInt(_ i: Int) -> Int {
        var h: Int
        if i >= 0 { h = i % Runtime.hashModulus } else {
            h = -Int(i.magnitude % UInt(Runtime.hashModulus))
        }
        if h == -1 { h = -2 }
        return h
    }

    /// CPython: `Python/pyhash.c`, `_Py_HashDouble`.
    func hashDouble(_ v: Double) -> Int {
        if v.isInfinite { return v > 0 ? 314159 : -314159 }
        if v.isNaN { return 0 }
        if v == v.rounded(), abs(v) < 9.2e18 { return hashInt(Int(v)) }
        var m = v.significand
        var e = Int(v.exponent) + 1
        m /= 2
        var sign = 1
        if v < 0 { sign = -1 }
        let modulus = UInt64(Runtime.hashModulus)
        var x: UInt64 = 0
        while m != 0 {
            x = ((x << 28) & modulus) | x >> (61 - 28)
            m *= 268435456.0
            e -= 28
            let y = UInt64(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt64(e)) & modulus) | x >> UInt64(61 - e)
        var r = Int(bitPattern: UInt(x)) * sign
        if r == -1 { r = -2 }
        return r
    }

    func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0x7f3a_0000_0000 >> 4
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return hashInt(i)
        case .float(let d): return hashDouble(d)
        case .object(let h):
            let o = object(h)
            if let cls = o.cls, !cls.isBuiltin {
                if let m = lookup(cls, "__hash__") {
                    if case .none = m { throw error("TypeError", "unhashable type: '\(cls.name)'") }
                    if !(object(m.handle ?? 0) is PyBuiltin) {
                        incref(v)
                        let r = try call(m, [v], [])
                        guard case .int(let i) = r else {
                            defer { decref(r) }
                            // A big result is reduced as CPython reduces it: the hash of that int.
                            if let b = bigValue(r), isBig(r) { return b.pythonHash }
                            throw error("TypeError", "__hash__ method should return an integer")
                        }
                        return i == -1 ? -2 : i
                    }
                }
            }
            switch o {
            case let s as PyStr: return s.hashValue
            case let b as PyBigInt: return b.value.pythonHash
            case let b as PyBytes:
                var h: UInt64 = 14695981039346656037
                for c in b.bytes { h = (h ^ UInt64(c)) &* 1099511628211 }
                let r = Int(bitPattern: UInt(h))
                return r == -1 ? -2 : r
            case let t as PyTuple:
                let p1: UInt64 = 11400714785074694791, p2: UInt64 = 14029467366897019727, p5: UInt64 = 2870177450012600261
                var acc = p5
                for item in t.items {
                    let lane = UInt64(bitPattern: Int64(try hash(item)))
                    acc = acc &+ lane &* p2
                    acc = (acc << 31) | (acc >> 33)
                    acc = acc &* p1
                }
                acc = acc &+ (UInt64(t.items.count) ^ (p5 ^ 3527539))
                if acc == UInt64.max { return 1546275796 }
                return Int(bitPattern: UInt(acc))
            case is PyList, is PyDict:
                throw error("TypeError", "unhashable type: '\(typeName(v))'")
            case let s as PySet:
                if !s.frozen { throw error("TypeError", "unhashable type: '\(typeName(v))'") }
                if let c = s.cachedHash { return c }
                var acc: UInt64 = 0
                for k in s.keys {
                    let hv = UInt64(bitPattern: Int64(try hash(k)))
                    acc ^= ((hv ^ 89869747) ^ (hv << 16)) &* 3644798167
                }
                acc ^= (UInt64(s.used) &+ 1) &* 1927868237
                acc = acc ^ (acc >> 11) ^ (acc >> 25)
                acc = acc &* 69069 &+ 907133923
                var r = Int(bitPattern: UInt(acc))
                if r == -1 { r = 590923713 }
                s.cachedHash = r
                return r
            case let w as PyWeakref:
                if w.kind != .ref { throw error("TypeError", "unhashable type: '\(typeName(v))'") }
                if let c = w.cachedHash { return c }
                guard let r = w.referent else { throw error("TypeError", "weak object has gone away") }
                let hv = try hash(.object(r))
                w.cachedHash = hv
                return hv
            default:
                return identityHash(h)
            }
        }
    }

    func identityHash(_ h: UInt32) -> Int {
        let addr = UInt(address(of: h))
        return Int(bitPattern: (addr >> 4) | (addr << 60))
    }

    /// The fake address `id()` and reprs show: stable for the object's lifetime.
    func address(of h: UInt32) -> Int { 0x7f3a_5c00_0000 + Int(h) * 64 }
}
