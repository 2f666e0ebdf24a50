import PySyntax

extension Runtime {
    /// Binds `value` (consumed) to a target.
    func assign(_ t: CTarget, _ value: Value, _ f: Frame) throws {
        switch t {
        case .name(let slot, _):
            store(slot, value, f)
        case .attribute(let objExpr, let name):
            let o: Value
            do { o = try evalOperand(objExpr, f) } catch { decref(value); throw error }
            defer { decref(o) }
            try storeAttribute(o, name, value)
        case .subscript(let objExpr, let indexExpr):
            let o: Value
            do { o = try evalOperand(objExpr, f) } catch { decref(value); throw error }
            defer { decref(o) }
            let i: Value
            do { i = try evalOperand(indexExpr, f) } catch { decref(value); throw error }
            defer { decref(i) }
            defer { decref(value) }
            try setItem(o, i, value)
        case .unpack(let targets, let star):
            let items: [Value]
            do { items = try unpack(value, count: targets.count, star: star) } catch { decref(value); throw error }
            decref(value)
            for (i, (t, item)) in zip(targets, items).enumerated() {
                do { try assign(t, item, f) } catch {
                    decref(Array(items[(i + 1)...]))
                    throw error
                }
            }
        }
    }

    func store(_ slot: NameSlot, _ value: Value, _ f: Frame) {
        switch slot {
        case .fast(let i):
            let old = f.locals[i]
            f.locals[i] = value
            decref(old)
        case .cell(let i):
            let c = f.cells[i]
            let old = c.value
            c.value = value
            decref(old)
        case .global(let i):
            storeGlobal(i, value, in: f.code.module)
        case .classNamespace(let g):
            if let ns = f.namespace { try? dictSetString(ns, f.code.module.names.names[g], value) } else { decref(value) }
        }
    }

    /// Unpacks an iterable into exactly `count` values (one starred list when `star`).
    func unpack(_ value: Value, count: Int, star: Int?) throws -> [Value] {
        var items: [Value]
        if case .object(let h) = value, let t = object(h) as? PyTuple { items = t.items; items.forEach(incref) }
        else if case .object(let h) = value, let l = object(h) as? PyList { items = l.items; items.forEach(incref) }
        else {
            guard isIterable(value) else {
                throw error("TypeError", "cannot unpack non-iterable \(typeName(value)) object")
            }
            items = try collect(value)
        }
        if let star {
            let after = count - star - 1
            guard items.count >= count - 1 else {
                let n = items.count
                decref(items)
                throw error("ValueError", "not enough values to unpack (expected at least \(count - 1), got \(n))")
            }
            let middle = Array(items[star..<(items.count - after)])
            let list = register(PyList(middle, cls: types.list))
            return Array(items[..<star]) + [.object(list.handle)] + Array(items[(items.count - after)...])
        }
        if items.count != count {
            let n = items.count
            decref(items)
            if n > count { throw error("ValueError", "too many values to unpack (expected \(count))") }
            throw error("ValueError", "not enough values to unpack (expected \(count), got \(n))")
        }
        return items
    }

    func delete(_ t: CTarget, _ f: Frame) throws {
        switch t {
        case .name(let slot, let name):
            switch slot {
            case .fast(let i):
                guard let old = f.locals[i] else {
                    throw error("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
                }
                f.locals[i] = nil
                decref(old)
            case .cell(let i):
                guard let old = f.cells[i].value else {
                    throw error("UnboundLocalError", "cannot access local variable '\(name)' where it is not associated with a value")
                }
                f.cells[i].value = nil
                decref(old)
            case .global(let i):
                let m = f.code.module
                guard i < m.values.count, let old = m.values[i] else {
                    throw error("NameError", "name '\(name)' is not defined")
                }
                m.values[i] = nil
                m.order.removeAll { $0 == i }
                decref(old)
            case .classNamespace(let g):
                guard let ns = f.namespace, try dictDelString(ns, f.code.module.names.names[g]) else {
                    throw error("NameError", "name '\(name)' is not defined")
                }
            }
        case .attribute(let objExpr, let name):
            let o = try eval(objExpr, f)
            defer { decref(o) }
            try deleteAttribute(o, name.text)
        case .subscript(let objExpr, let indexExpr):
            let o = try eval(objExpr, f)
            defer { decref(o) }
            let i = try eval(indexExpr, f)
            defer { decref(i) }
            try delItem(o, i)
        case .unpack(let targets, _):
            for t in targets { try delete(t, f) }
        }
    }

    /// Unbinds an `except ... as name` target at the end of the handler.
    func deleteQuietly(_ t: CTarget, _ f: Frame) throws {
        if case .name(let slot, _) = t {
            switch slot {
            case .fast(let i): let old = f.locals[i]; f.locals[i] = nil; decref(old)
            case .cell(let i): let old = f.cells[i].value; f.cells[i].value = nil; decref(old)
            case .global(let i):
                let m = f.code.module
                if i < m.values.count, let old = m.values[i] {
                    m.values[i] = nil
                    m.order.removeAll { $0 == i }
                    decref(old)
                }
            case .classNamespace(let g): if let ns = f.namespace { _ = try dictDelString(ns, f.code.module.names.names[g]) }
            }
        }
    }

    /// Whether the variable itself still holds `v` once the right-hand side has run (which
    /// may have rebound it through `global` or a closure), and is not a class body reading
    /// a global or builtin.
    private func holdsDirectly(_ slot: NameSlot, _ v: Value, _ f: Frame) -> Bool {
        switch slot {
        case .fast(let i): return i < f.locals.count && f.locals[i] == v
        case .cell(let i): return i < f.cells.count && f.cells[i].value == v
        case .global(let i):
            let m = f.code.module
            return i < m.values.count && m.values[i] == v
        case .classNamespace: return false
        }
    }

    /// `name += str` where the name's variable holds the only other reference (count 2:
    /// the variable and this evaluation's temporary): grows the string in place so repeated
    /// `s += x` is amortised linear, as CPython's `unicode_concatenate` does. No program can
    /// observe the difference: nothing else refers to the old value, and str has no weakrefs.
    private func appendInPlace(_ current: Value, _ rhs: Value) throws -> Bool {
        guard case .object(let h) = current, case .object(let rh) = rhs, h != rh else { return false }
        guard let s = object(h) as? PyStr, s.refcount == 2, s.cls === types.str,
              let t = object(rh) as? PyStr, t.cls === types.str else { return false }
        try checkSize(s.count + t.count, itemBytes: 1)
        memoryBytes += t.value.utf8.count
        s.append(t)
        return true
    }

    /// `target op= value`: the target's container and index are evaluated once.
    func augmentedAssign(_ t: CTarget, _ op: BinaryOperator, _ valueExpr: CExpr, _ f: Frame) throws {
        switch t {
        case .name(let slot, let name):
            let current = try load(slot, name, f)
            let rhs: Value
            do { rhs = try evalOperand(valueExpr, f) } catch { decref(current); throw error }
            if case .int(let a) = current, case .int(let b) = rhs, let v = smallIntArithmetic(op, a, b) {
                store(slot, v, f)
                return
            }
            defer { decref(current) }
            defer { decref(rhs) }
            if op == .add, case .object = current, case .object = rhs,
               holdsDirectly(slot, current, f), try appendInPlace(current, rhs) {
                incref(current)
                store(slot, current, f)
                return
            }
            let result = try inPlaceOp(op, current, rhs)
            store(slot, result, f)
        case .attribute(let objExpr, let name):
            let o = try eval(objExpr, f)
            defer { decref(o) }
            let current = try loadAttribute(o, name)
            try storeAttribute(o, name, try inPlaceResult(consuming: current, op, valueExpr, f))
        case .subscript(let objExpr, let indexExpr):
            let o = try eval(objExpr, f)
            let i: Value
            do { i = try eval(indexExpr, f) } catch { decref(o); throw error }
            // STORE_SUBSCR releases the container before the index.
            defer { decref(o); decref(i) }
            let result = try inPlaceResult(consuming: try getItem(o, i), op, valueExpr, f)
            defer { decref(result) }
            try setItem(o, i, result)
        case .unpack:
            throw error("SyntaxError", "illegal expression for augmented assignment")
        }
    }

    /// `current op= value` for an attribute or item target: the right-hand side evaluated,
    /// the in-place operation applied, and both operands released before the store runs,
    /// as BINARY_OP does (consumes `current`).
    private func inPlaceResult(consuming current: Value, _ op: BinaryOperator, _ valueExpr: CExpr, _ f: Frame) throws -> Value {
        let rhs: Value
        do { rhs = try evalOperand(valueExpr, f) } catch { decref(current); throw error }
        let result: Value
        do { result = try inPlaceOp(op, current, rhs) } catch { decref(current); decref(rhs); throw error }
        decref(current)
        decref(rhs)
        return result
    }
}
