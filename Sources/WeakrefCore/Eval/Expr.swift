import PySyntax

extension Runtime {
    /// `eval` with the commonest leaves (a constant, a set local or global) done inline,
    /// sparing a call of the whole evaluator for an operand or an argument.
    @inline(__always)
    func evalOperand(_ e: CExpr, _ f: Frame) throws -> Value {
        switch e.kind {
        case .constant(let v):
            incref(v)
            return v
        case .load(.fast(let i), _):
            if let v = f.locals[i] {
                incref(v)
                return v
            }
            return try eval(e, f)
        case .load(.global(let i), _):
            if let v = boundGlobal(i, f) { return v }
            return try eval(e, f)
        default:
            return try eval(e, f)
        }
    }

    /// Evaluates an expression; the result is a new reference the caller owns.
    func eval(_ e: CExpr, _ f: Frame) throws -> Value {
        switch e.kind {
        case .constant(let v):
            incref(v)
            return v
        case .load(let slot, let name):
            return try load(slot, name, f)
        case .tuple(let items):
            let vs = try evalSequence(items, f)
            return .object(newTuple(vs).handle)
        case .list(let items):
            let vs = try evalSequence(items, f)
            return .object(register(PyList(vs, cls: types.list)).handle)
        case .set(let items):
            return try evalSetDisplay(items, f)
        case .dict(let entries):
            return try evalDictDisplay(entries, f)
        case .starred:
            throw error("SyntaxError", "can't use starred expression here")
        case .attribute(_, let name):
            let o = try e.withFirstOperand { try evalOperand($0, f) }
            defer { decref(o) }
            return try loadAttribute(o, name)
        case .subscript(let objExpr, let indexExpr):
            // As BINARY_SUBSCR: the container is released before the index.
            let o = try eval(objExpr, f)
            let i: Value
            do { i = try eval(indexExpr, f) } catch { decref(o); throw error }
            let result: Value
            do { result = try getItem(o, i) } catch { decref(o); decref(i); throw error }
            decref(o)
            decref(i)
            return result
        case .slice(let a, let b, let c):
            let lo = try a.map { try eval($0, f) } ?? .none
            let hi = try b.map { try eval($0, f) } ?? .none
            let st = try c.map { try eval($0, f) } ?? .none
            return .object(register(PySlice(lower: lo, upper: hi, step: st, cls: types.slice)).handle)
        case .call(let calleeExpr, let args):
            return try evalCall(calleeExpr, args, f)
        case .positionalCall(let calleeExpr, let args):
            return try evalPositionalCall(calleeExpr, args, f)
        case .unary(let op, let x):
            let v = try eval(x, f)
            defer { decref(v) }
            return try unaryOp(op, v)
        case .binary(_, let op, _):
            // As BINARY_OP: both operands are released after the operation, left first.
            let l = try e.withFirstOperand { try evalOperand($0, f) }
            let r: Value
            do { r = try e.withSecondOperand { try evalOperand($0, f) } } catch { decref(l); throw error }
            if case .int(let a) = l, case .int(let b) = r, let v = smallIntArithmetic(op, a, b) { return v }
            let result: Value
            do { result = try binaryOp(op, l, r) } catch { decref(l); decref(r); throw error }
            decref(l)
            decref(r)
            return result
        case .and(let xs):
            return try evalBoolOperation(xs, stopWhen: false, f)
        case .or(let xs):
            return try evalBoolOperation(xs, stopWhen: true, f)
        case .compare(let first, let rest):
            if rest.count == 1 {
                // As COMPARE_OP: both operands are released after the comparison, left first.
                let left = try evalOperand(first, f)
                let right: Value
                do { right = try evalOperand(rest[0].1, f) } catch { decref(left); throw error }
                if case .int(let a) = left, case .int(let b) = right, let v = smallIntOrdering(rest[0].0, a, b) { return v }
                let result: Value
                do { result = try compare(rest[0].0, left, right) } catch { decref(left); decref(right); throw error }
                decref(left)
                decref(right)
                return result
            }
            return try evalComparisonChain(first, rest, f)
        case .conditional(let test, let body, let orElse):
            if try truthy(consuming: try eval(test, f)) { return try eval(body, f) }
            return try eval(orElse, f)
        case .function(let template):
            return try makeFunction(template, f)
        case .comprehension(let kind, let template, let iterableExpr):
            return try runComprehension(kind, template, iterableExpr, f)
        case .formatted(let parts):
            return try newString(formatParts(parts, f))
        case .namedExpression(let target, let valueExpr):
            let v = try eval(valueExpr, f)
            incref(v)
            try assign(target, v, f)
            return v
        }
    }

    /// `a + b`, `a - b` or `a * b` of two small ints when it fits in one (no Python code can
    /// be involved with `int` operands); nil for anything `binaryOp` must decide.
    @inline(__always)
    func smallIntArithmetic(_ op: BinaryOperator, _ a: Int, _ b: Int) -> Value? {
        let (r, overflow): (Int, Bool)
        switch op {
        case .add: (r, overflow) = a.addingReportingOverflow(b)
        case .subtract: (r, overflow) = a.subtractingReportingOverflow(b)
        case .multiply: (r, overflow) = a.multipliedReportingOverflow(by: b)
        default: return nil
        }
        return overflow ? nil : .int(r)
    }

    /// The value comparisons of two small ints; nil for identity and membership tests.
    @inline(__always)
    private func smallIntOrdering(_ op: ComparisonOperator, _ a: Int, _ b: Int) -> Value? {
        switch op {
        case .less: return .bool(a < b)
        case .lessOrEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterOrEqual: return .bool(a >= b)
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        default: return nil
        }
    }

    /// A set display `{a, *b}` (out of line: keeps `eval`'s own frame small).
    @inline(never)
    private func evalSetDisplay(_ items: [CExpr], _ f: Frame) throws -> Value {
        let vs = try evalSequence(items, f)
        let s = register(PySet(frozen: false, cls: types.set))
        let sv = Value.object(s.handle)
        var index = 0
        do {
            while index < vs.count { index += 1; try setAdd(s, consuming: vs[index - 1]) }
        } catch { decref(Array(vs[index...])); decref(sv); throw error }
        return sv
    }

    /// A dict display. CPython's BUILD_MAP: every key and value is evaluated before the dict exists.
    @inline(never)
    private func evalDictDisplay(_ entries: [(CExpr?, CExpr)], _ f: Frame) throws -> Value {
        var pending: [(Value?, Value)] = []
        do {
            for (k, v) in entries {
                if let k {
                    let key = try eval(k, f)
                    let value: Value
                    do { value = try eval(v, f) } catch { decref(key); throw error }
                    pending.append((key, value))
                } else {
                    pending.append((nil, try eval(v, f)))
                }
            }
        } catch {
            for (k, v) in pending { decref(k); decref(v) }
            throw error
        }
        let d = newUntrackedDict()
        let dv = Value.object(d.handle)
        var index = 0
        do {
            while index < pending.count {
                let (k, v) = pending[index]
                index += 1
                if let k {
                    try dictSet(d, consumingKey: k, consumingValue: v)
                } else {
                    defer { decref(v) }
                    try dictUpdate(d, from: v)
                }
            }
        } catch {
            for (k, v) in pending[index...] { decref(k); decref(v) }
            decref(dv)
            throw error
        }
        return dv
    }

    /// `a and b and c` (`stopWhen` false) or `a or b or c` (`stopWhen` true): the first
    /// operand whose truth is `stopWhen`, else the last.
    @inline(never)
    private func evalBoolOperation(_ xs: [CExpr], stopWhen: Bool, _ f: Frame) throws -> Value {
        var v = Value.none
        for (i, x) in xs.enumerated() {
            v = try eval(x, f)
            if i == xs.count - 1 { return v }
            if try truthy(v) == stopWhen { return v }
            decref(v)
        }
        return v
    }

    /// `a < b < c`: each middle operand evaluated once, stopping at the first false link.
    @inline(never)
    private func evalComparisonChain(_ first: CExpr, _ rest: [(ComparisonOperator, CExpr)], _ f: Frame) throws -> Value {
        var left = try eval(first, f)
        for (i, (op, rightExpr)) in rest.enumerated() {
            let right: Value
            do { right = try eval(rightExpr, f) } catch { decref(left); throw error }
            let result: Value
            do { result = try compare(op, left, right) } catch { decref(left); decref(right); throw error }
            decref(left)
            if i == rest.count - 1 { decref(right); return result }
            let ok: Bool
            do { ok = try truthy(result) } catch { decref(result); decref(right); throw error }
            if !ok { decref(right); return result }
            decref(result)
            left = right
        }
        return left
    }

    /// Evaluates display items, expanding `*iterable`.
    func evalSequence(_ items: [CExpr], _ f: Frame) throws -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(items.count)
        do {
            for item in items {
                if case .starred(let inner) = item.kind {
                    let it = try eval(inner, f)
                    defer { decref(it) }
                    out.append(contentsOf: try collect(it))
                } else {
                    out.append(try eval(item, f))
                }
            }
        } catch {
            decref(out)
            throw error
        }
        return out
    }

    // MARK: names

    func load(_ slot: NameSlot, _ name: String, _ f: Frame) throws -> Value {
        switch slot {
        case .fast(let i):
            guard let v = f.locals[i] else {
                throw error("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
            }
            incref(v)
            return v
        case .cell(let i):
            guard let v = f.cells[i].value else {
                if i >= f.code.cellNames.count {
                    let e = error("NameError", "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
                    if case .exception(let h) = e, let exc = object(h) as? PyException {
                        let m = f.code.module
                        var candidates = f.code.localNames.enumerated().filter { f.locals[$0.offset] != nil }.map { $0.element }
                        candidates += (f.code.cellNames + f.code.freeNames).enumerated().filter { $0.offset < f.cells.count && f.cells[$0.offset].value != nil }.map { $0.element }
                        candidates += m.order.map { m.names.names[$0] }
                        candidates += builtinNamesInOrder
                        exc.suggestion = suggestion(for: name, among: candidates)
                    }
                    throw e
                }
                throw error("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
            }
            incref(v)
            return v
        case .global(let i):
            return try loadGlobal(i, name, f)
        case .classNamespace(let g):
            if let ns = f.namespace, let v = dictGetString(ns, f.code.module.names.names[g]) {
                incref(v)
                return v
            }
            return try loadGlobal(g, name, f)
        }
    }

    func loadGlobal(_ i: Int, _ name: String, _ f: Frame) throws -> Value {
        // The common case first; the rest out of line.
        if let v = boundGlobal(i, f) { return v }
        return try loadGlobalOrBuiltin(i, name, f)
    }

    /// Global slot `i` of `f`'s module when it is bound (new reference); nil otherwise.
    @inline(__always)
    private func boundGlobal(_ i: Int, _ f: Frame) -> Value? {
        let m = f.code.module
        guard i < m.values.count, let v = m.values[i] else { return nil }
        incref(v)
        return v
    }

    @inline(never)
    private func loadGlobalOrBuiltin(_ i: Int, _ name: String, _ f: Frame) throws -> Value {
        let m = f.code.module
        if i < m.builtinCache.count, let b = m.builtinCache[i] {
            incref(b)
            return b
        }
        if let b = builtins[name] {
            if m.builtinCache.count <= i { m.builtinCache += [Value?](repeating: nil, count: i + 1 - m.builtinCache.count) }
            m.builtinCache[i] = b
            incref(b)
            return b
        }
        let e = error("NameError", "name '\(name)' is not defined")
        if case .exception(let h) = e, let exc = object(h) as? PyException {
            var candidates = f.code.kind == .module ? [] : f.code.localNames.filter { n in
                guard let slot = f.code.localNames.firstIndex(of: n) else { return false }
                return f.locals[slot] != nil
            }
            candidates += m.order.map { m.names.names[$0] }
            candidates += builtinNamesInOrder
            exc.suggestion = suggestion(for: name, among: candidates)
        }
        throw e
    }

    /// Rebinding a global that is set, the common case, inline (and without retaining
    /// `m`); a first binding out of line.
    @inline(__always)
    func storeGlobal(_ i: Int, _ v: Value, in m: ModuleGlobals) {
        if i < m.values.count, let old = m.values[i] {
            m.values[i] = v
            decref(old)
            return
        }
        bindGlobal(i, v, in: m)
    }

    @inline(never)
    private func bindGlobal(_ i: Int, _ v: Value, in m: ModuleGlobals) {
        if m.values.count <= i { m.values.resize(to: i + 1) }
        let old = m.values[i]
        if old == nil { m.order.append(i) }
        m.values[i] = v
        decref(old)
    }

    // MARK: functions and comprehensions

    func makeFunction(_ t: FunctionTemplate, _ f: Frame) throws -> Value {
        var defaults: [Value] = []
        var kwDefaults: [(String, Value)] = []
        do {
            for d in t.defaults { defaults.append(try eval(d, f)) }
            for (n, d) in t.keywordDefaults { kwDefaults.append((n, try eval(d, f))) }
        } catch {
            decref(defaults); decref(kwDefaults.map { $0.1 })
            throw error
        }
        let closure = t.closure.map { f.cells[$0] }
        for c in closure { c.refcount += 1 }
        let fn = register(PyFunction(code: t.code, name: t.code.name, qualname: t.code.qualname, defaults: defaults,
                                     keywordDefaults: kwDefaults, closure: closure, cls: types.function))
        return .object(fn.handle)
    }

    func runComprehension(_ kind: ComprehensionKind, _ t: FunctionTemplate, _ iterableExpr: CExpr, _ f: Frame) throws -> Value {
        let iterable = try eval(iterableExpr, f)
        let iterator: Value
        do { iterator = try getIterator(iterable) } catch { decref(iterable); throw error }
        decref(iterable)
        let closure = t.closure.map { f.cells[$0] }
        let result: Value
        switch kind {
        case .list, .generator: result = .object(register(PyList([], cls: types.list)).handle)
        case .set: result = .object(register(PySet(frozen: false, cls: types.set)).handle)
        case .dict: result = .object(newUntrackedDict().handle)
        }
        if kind == .generator, let plan = t.code.generatorPlan {
            decref(result)
            let frame = Frame(code: t.code, function: nil)
            frame.locals[0] = iterator
            setUpCells(frame, closure: closure)
            return .object(register(PyGenerator(frame: frame, plan: plan, cls: types.generator)).handle)
        }
        let frame = Frame(code: t.code, function: nil)
        incref(result)
        frame.comprehensionResult = result
        frame.locals[0] = iterator
        do {
            _ = try runFrame(frame, closure: closure)
        } catch {
            decref(result)
            throw error
        }
        if kind == .generator {
            // Generator expressions are evaluated eagerly into a list and handed out as its
            // iterator (course runs no generators); consumers see the same items.
            let it = register(PyIterator(.sequence(result, index: 0), cls: types.listIterator))
            return .object(it.handle)
        }
        return result
    }
}
