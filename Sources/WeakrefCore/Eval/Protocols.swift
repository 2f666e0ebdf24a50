extension Runtime {
    // MARK: len

    func length(_ v: Value) throws -> Int {
        if case .object(let h) = v {
            let o = object(h)
            if let cls = o.cls, !cls.isBuiltin, let m = lookup(cls, "__len__"), !(object(m.handle ?? 0) is PyBuiltin) {
                incref(v)
                let r = try call(m, [v], [])
                guard case .int(let n) = r else {
                    decref(r)
                    throw error("TypeError", "'\(typeName(r))' object cannot be interpreted as an integer")
                }
                if n < 0 { throw error("ValueError", "__len__() should return >= 0") }
                return n
            }
            switch o {
            case let s as PyStr: return s.count
            case let b as PyBytes: return b.bytes.count
            case let l as PyList: return l.items.count
            case let t as PyTuple: return t.items.count
            case let d as PyDict: return d.used
            case let s as PySet: return s.used
            case let r as PyRange: return r.count
            case let d as PyDictView: return try length(d.dictValue)
            case let w as PyWeakref where w.kind != .ref:
                let t = try proxyReferent(w)
                defer { decref(t) }
                return try length(t)
            default: break
            }
        }
        throw error("TypeError", "object of type '\(typeName(v))' has no len()")
    }

    // MARK: indexing

    func indexValue(_ v: Value, _ what: String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if isBig(v) { throw error("IndexError", "cannot fit 'int' into an index-sized integer") }
            if let m = userDunder(v, "__index__") {
                incref(v)
                let r = try call(m, [v], [])
                if case .int(let i) = r { return i }
                decref(r)
            }
            throw error("TypeError", what)
        }
    }

    /// Python's slice semantics (`PySlice_AdjustIndices`): start, stop, step, count.
    func sliceIndices(_ s: PySlice, length: Int) throws -> (Int, Int, Int, Int) {
        func bound(_ v: Value) throws -> Int? {
            if case .none = v { return nil }
            // CPython clips big bounds (`_PyEval_SliceIndex`); -Int.max keeps `lo + length` safe.
            if let b = bigValue(v), isBig(v) { return b.negative ? -Int.max : Int.max }
            return try indexValue(v, "slice indices must be integers or None or have an __index__ method")
        }
        // CPython (`PySlice_Unpack`) raises a step below -PY_SSIZE_T_MAX to it, so `-step` fits.
        let step = max(try bound(s.step) ?? 1, -Int.max)
        if step == 0 { throw error("ValueError", "slice step cannot be zero") }
        var start: Int, stop: Int
        if let lo = try bound(s.lower) {
            start = lo < 0 ? max(lo + length, step < 0 ? -1 : 0) : min(lo, step < 0 ? length - 1 : length)
        } else { start = step < 0 ? length - 1 : 0 }
        if let hi = try bound(s.upper) {
            stop = hi < 0 ? max(hi + length, step < 0 ? -1 : 0) : min(hi, step < 0 ? length - 1 : length)
        } else { stop = step < 0 ? -1 : length }
        var count = 0
        if step > 0 { if start < stop { count = (stop - start - 1) / step + 1 } }
        else if stop < start { count = (start - stop - 1) / (-step) + 1 }
        return (start, stop, step, count)
    }

    func sliceItems<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let (start, _, step, count) = try sliceIndices(s, length: items.count)
        var out: [T] = []
        out.reserveCapacity(count)
        var i = start
        for _ in 0..<count { out.append(items[i]); i &+= step }  // wraps only past the last item
        return out
    }

    func normalizedIndex(_ index: Value, count: Int, typeLabel: String) throws -> Int {
        if case .float = index {
            throw error("TypeError", "\(typeLabel) indices must be integers or slices, not float")
        }
        var i = try indexValue(index, "\(typeLabel) indices must be integers or slices, not \(typeName(index))")
        if i < 0 { i += count }
        if i < 0 || i >= count { throw error("IndexError", "\(typeLabel) index out of range") }
        return i
    }

    /// `obj[index]`; new reference.
    func getItem(_ v: Value, _ index: Value) throws -> Value {
        guard case .object(let h) = v else {
            throw error("TypeError", "'\(typeName(v))' object is not subscriptable")
        }
        let o = object(h)
        if let cls = o.cls, !cls.isBuiltin, let m = lookup(cls, "__getitem__"), !(object(m.handle ?? 0) is PyBuiltin) {
            incref(v); incref(index)
            return try call(m, [v, index], [])
        }
        let slice = index.handle.flatMap { object($0) as? PySlice }
        switch o {
        case let l as PyList:
            if let slice {
                let items = try sliceItems(l.items, slice)
                items.forEach(incref)
                return newList(items)
            }
            let r = l.items[try normalizedIndex(index, count: l.items.count, typeLabel: "list")]
            incref(r)
            return r
        case let t as PyTuple:
            if let slice {
                let items = try sliceItems(t.items, slice)
                items.forEach(incref)
                return .object(newTuple(items).handle)
            }
            let r = t.items[try normalizedIndex(index, count: t.items.count, typeLabel: "tuple")]
            incref(r)
            return r
        case let s as PyStr:
            if let slice { return newString(String(String.UnicodeScalarView(try sliceItems(s.scalars, slice)))) }
            switch index {
            case .int, .bool: break
            case _ where isBig(index): break
            default: throw error("TypeError", "string indices must be integers, not '\(typeName(index))'")
            }
            let scalars = s.scalars
            let i = try normalizedIndex(index, count: scalars.count, typeLabel: "string")
            return newString(String(Character(scalars[i])))
        case let d as PyDict:
            if let r = try dictGet(d, index) { incref(r); return r }
            if let cls = o.cls, !cls.isBuiltin, let missing = lookup(cls, "__missing__") {
                incref(v); incref(index)
                return try call(missing, [v, index], [])
            }
            incref(index)
            throw try makeExceptionValue("KeyError", args: [index])
        case let r as PyRange:
            if let slice {
                let (start, _, step, count) = try sliceIndices(slice, length: r.count)
                let s0 = r.start &+ start &* r.step
                return .object(register(PyRange(start: s0, stop: s0 &+ count &* step &* r.step, step: step &* r.step, cls: types.range)).handle)
            }
            let i = try normalizedIndex(index, count: r.count, typeLabel: "range object")
            return .int(r.start &+ i &* r.step)
        case let w as PyWeakref where w.kind != .ref:
            let t = try proxyReferent(w)
            defer { decref(t) }
            return try getItem(t, index)
        case is PyClass:
            if let c = o as? PyClass, c.isBuiltin {
                incref(v)
                return v
            }
        default: break
        }
        throw error("TypeError", "'\(typeName(v))' object is not subscriptable")
    }

    /// `obj[index] = value`; `value` borrowed.
    func setItem(_ v: Value, _ index: Value, _ value: Value) throws {
        guard case .object(let h) = v else {
            throw error("TypeError", "'\(typeName(v))' object does not support item assignment")
        }
        let o = object(h)
        if let cls = o.cls, !cls.isBuiltin, let m = lookup(cls, "__setitem__"), !(object(m.handle ?? 0) is PyBuiltin) {
            incref(v); incref(index); incref(value)
            decref(try call(m, [v, index, value], []))
            return
        }
        switch o {
        case let l as PyList:
            if case .object(let sh) = index, let slice = object(sh) as? PySlice {
                let newItems = try collect(value)
                let (start, stop, step, count) = try sliceIndices(slice, length: l.items.count)
                if step == 1 {
                    let old = Array(l.items[start..<max(start, stop)])
                    l.items.replaceSubrange(start..<max(start, stop), with: newItems)
                    decref(old)
                } else {
                    guard newItems.count == count else {
                        decref(newItems)
                        throw error("ValueError", "attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
                    }
                    var old: [Value] = []
                    for k in 0..<count { old.append(l.items[start + k * step]); l.items[start + k * step] = newItems[k] }
                    decref(old)
                }
                return
            }
            let i = try normalizedIndex(index, count: l.items.count, typeLabel: "list assignment")
            incref(value)
            let old = l.items[i]
            l.items[i] = value
            decref(old)
        case let d as PyDict:
            incref(index); incref(value)
            try dictSet(d, consumingKey: index, consumingValue: value)
        case let w as PyWeakref where w.kind != .ref:
            let t = try proxyReferent(w)
            defer { decref(t) }
            try setItem(t, index, value)
        default:
            throw error("TypeError", "'\(typeName(v))' object does not support item assignment")
        }
    }

    func delItem(_ v: Value, _ index: Value) throws {
        guard case .object(let h) = v else {
            throw error("TypeError", "'\(typeName(v))' object does not support item deletion")
        }
        let o = object(h)
        if let cls = o.cls, !cls.isBuiltin, let m = lookup(cls, "__delitem__"), !(object(m.handle ?? 0) is PyBuiltin) {
            incref(v); incref(index)
            decref(try call(m, [v, index], []))
            return
        }
        switch o {
        case let l as PyList:
            if case .object(let sh) = index, let slice = object(sh) as? PySlice {
                let (start, _, step, count) = try sliceIndices(slice, length: l.items.count)
                var positions = (0..<count).map { start + $0 * step }
                positions.sort(by: >)
                var removed: [Value] = []
                for p in positions { removed.append(l.items.remove(at: p)) }
                decref(removed)
                return
            }
            let i = try normalizedIndex(index, count: l.items.count, typeLabel: "list assignment")
            let old = l.items.remove(at: i)
            decref(old)
        case let d as PyDict:
            guard let old = try dictPop(d, index) else {
                incref(index)
                throw try makeExceptionValue("KeyError", args: [index])
            }
            decref(old)
        case let w as PyWeakref where w.kind != .ref:
            let t = try proxyReferent(w)
            defer { decref(t) }
            try delItem(t, index)
        default:
            throw error("TypeError", "'\(typeName(v))' object does not support item deletion")
        }
    }

    // MARK: membership

    func contains(_ container: Value, _ item: Value) throws -> Bool {
        if case .object(let h) = container {
            let o = object(h)
            if let cls = o.cls, !cls.isBuiltin, let m = lookup(cls, "__contains__"), !(object(m.handle ?? 0) is PyBuiltin) {
                incref(container); incref(item)
                return try truthy(consuming: try call(m, [container, item], []))
            }
            switch o {
            case let s as PyStr:
                guard let needle = stringValue(item) else {
                    throw error("TypeError", "'in <string>' requires string as left operand, not \(typeName(item))")
                }
                return needle.isEmpty || s.value.contains(needle)
            case let l as PyList:
                for x in l.items where try x.isIdentical(to: item) || equals(x, item) { return true }
                return false
            case let t as PyTuple:
                for x in t.items where try x.isIdentical(to: item) || equals(x, item) { return true }
                return false
            case let d as PyDict: return try dictGet(d, item) != nil
            case let s as PySet: return try setContains(s, item)
            case let v as PyDictView where v.mode == 0:
                if let d = object(v.dictValue.handle ?? 0) as? PyDict { return try dictGet(d, item) != nil }
            case let r as PyRange:
                if case .int(let i) = item {
                    guard r.count > 0 else { return false }
                    if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
                    return (i - r.start) % r.step == 0
                }
            case let w as PyWeakref where w.kind != .ref:
                let t = try proxyReferent(w)
                defer { decref(t) }
                return try contains(t, item)
            default: break
            }
        }
        guard isIterable(container) else {
            throw error("TypeError", "argument of type '\(typeName(container))' is not iterable")
        }
        let it = try getIterator(container)
        defer { decref(it) }
        while let x = try next(it) {
            defer { decref(x) }
            if try x.isIdentical(to: item) || equals(x, item) { return true }
            try step()
        }
        return false
    }

    // MARK: iteration

    func isIterable(_ v: Value) -> Bool {
        guard case .object(let h) = v else { return false }
        let o = object(h)
        switch o {
        case is PyStr, is PyList, is PyTuple, is PyDict, is PySet, is PyRange, is PyIterator, is PyDictView, is PyGenerator: return true
        default:
            guard let cls = o.cls else { return false }
            if lookup(cls, "__iter__") != nil || lookup(cls, "__getitem__") != nil { return true }
            if let w = o as? PyWeakref, w.kind != .ref, let r = w.referent { return isIterable(.object(r)) }
            return false
        }
    }

    /// `iter(v)`; new reference.
    func getIterator(_ v: Value) throws -> Value {
        guard case .object(let h) = v else {
            throw error("TypeError", "'\(typeName(v))' object is not iterable")
        }
        let o = object(h)
        if let cls = o.cls, !cls.isBuiltin, let m = lookup(cls, "__iter__"), !(object(m.handle ?? 0) is PyBuiltin) {
            if case .none = m { throw error("TypeError", "'\(cls.name)' object is not iterable") }
            incref(v)
            let it = try call(m, [v], [])
            guard case .object(let ih) = it, let ic = object(ih).cls, ic.isBuiltin ? object(ih) is PyIterator : lookup(ic, "__next__") != nil else {
                let name = typeName(it)
                decref(it)
                throw error("TypeError", "iter() returned non-iterator of type '\(name)'")
            }
            return it
        }
        incref(v)
        let state: PyIterator.State
        let cls: PyClass
        switch o {
        case is PyList: state = .sequence(v, index: 0); cls = types.listIterator
        case is PyTuple: state = .sequence(v, index: 0); cls = types.tupleIterator
        case is PyStr: state = .sequence(v, index: 0); cls = types.strIterator
        case let d as PyDict: state = .dict(v, position: 0, mode: 0, startSize: d.used); cls = types.dictKeyIterator
        case let s as PySet: state = .set(v, position: 0, startSize: s.used); cls = types.setIterator
        case let r as PyRange:
            decref(v)
            state = .range(next: r.start, stop: r.stop, step: r.step); cls = types.rangeIterator
        case let view as PyDictView:
            decref(v)
            incref(view.dictValue)
            let size = (object(view.dictValue.handle ?? 0) as? PyDict)?.used ?? 0
            state = .dict(view.dictValue, position: 0, mode: view.mode, startSize: size)
            cls = [types.dictKeyIterator, types.dictValueIterator, types.dictItemIterator][view.mode]
            if view.mode == 2 {
                let it = register(PyIterator(state, cls: cls))
                it.result = .object(newTuple([.none, .none]).handle)
                return .object(it.handle)
            }
        case is PyIterator, is PyGenerator:
            return v
        case let w as PyWeakref where w.kind != .ref:
            decref(v)
            let t = try proxyReferent(w)
            defer { decref(t) }
            return try getIterator(t)
        default:
            if let ocls = o.cls, !ocls.isBuiltin, lookup(ocls, "__getitem__") != nil {
                state = .sequence(v, index: 0); cls = types.listIterator
                break
            }
            decref(v)
            if let ocls = o.cls, lookup(ocls, "__next__") != nil, !ocls.isBuiltin {
                throw error("TypeError", "'\(typeName(v))' object is not iterable")
            }
            throw error("TypeError", "'\(typeName(v))' object is not iterable")
        }
        return .object(register(PyIterator(state, cls: cls)).handle)
    }

    /// The next item (new reference), or nil when exhausted.
    func next(_ it: Value) throws -> Value? {
        guard case .object(let h) = it else { return nil }
        let o = object(h)
        if let g = o as? PyGenerator { return try generatorNext(g) }
        if let w = o as? PyWeakref, w.kind != .ref {
            let t = try proxyReferent(w)
            defer { decref(t) }
            return try next(t)
        }
        guard let iter = o as? PyIterator else {
            let r: Value
            do {
                r = try callMethod(it, "__next__", [])
            } catch Unwind.exception(let e) where classOf(.object(e)).isSubclass(of: types.exception("StopIteration")) {
                decref(.object(e))
                return nil
            }
            return r
        }
        switch iter.state {
        case .sequence(let seq, let index):
            let so = object(seq.handle ?? 0)
            var item: Value? = nil
            switch so {
            case let l as PyList: if index < l.items.count { item = l.items[index] }
            case let t as PyTuple: if index < t.items.count { item = t.items[index] }
            case let s as PyStr:
                let sc = s.scalars
                if index < sc.count { iter.state = .sequence(seq, index: index + 1); return newString(String(Character(sc[index]))) }
            default:
                // The old `__getitem__` protocol.
                do {
                    let r = try getItem(seq, .int(index))
                    iter.state = .sequence(seq, index: index + 1)
                    return r
                } catch Unwind.exception(let e) where classOf(.object(e)).isSubclass(of: types.exception("IndexError"))
                    || classOf(.object(e)).isSubclass(of: types.exception("StopIteration")) {
                    decref(.object(e))
                }
            }
            if let item {
                iter.state = .sequence(seq, index: index + 1)
                incref(item)
                return item
            }
            iter.state = .exhausted
            decref(seq)
            return nil
        case .range(let n, let stop, let step):
            if step > 0 ? n < stop : n > stop {
                let (following, overflow) = n.addingReportingOverflow(step)
                iter.state = overflow ? .exhausted : .range(next: following, stop: stop, step: step)
                return .int(n)
            }
            iter.state = .exhausted
            return nil
        case .dict(let dv, let position, let mode, let startSize):
            guard let d = object(dv.handle ?? 0) as? PyDict else { return nil }
            if d.used != startSize {
                iter.state = .dict(dv, position: position, mode: mode, startSize: -1)
                throw error("RuntimeError", "dictionary changed size during iteration")
            }
            var p = position
            while p < d.entries.count {
                if let e = d.entries[p] {
                    iter.state = .dict(dv, position: p + 1, mode: mode, startSize: startSize)
                    switch mode {
                    case 0: incref(e.key); return e.key
                    case 1: incref(e.value); return e.value
                    default:
                        incref(e.key); incref(e.value)
                        return reusedResult(iter, [e.key, e.value])
                    }
                }
                p += 1
            }
            iter.state = .exhausted
            decref(dv)
            return nil
        case .set(let sv, let position, let startSize):
            guard let s = object(sv.handle ?? 0) as? PySet else { return nil }
            if s.used != startSize {
                iter.state = .set(sv, position: position, startSize: -1)
                throw error("RuntimeError", "Set changed size during iteration")
            }
            var p = position
            while p < s.table.count {
                if case .some(.some(let slot)) = s.table[p] {
                    iter.state = .set(sv, position: p + 1, startSize: startSize)
                    incref(slot.key)
                    return slot.key
                }
                p += 1
            }
            iter.state = .exhausted
            decref(sv)
            return nil
        case .reversed(let seq, let index):
            if index >= 0 {
                let so = object(seq.handle ?? 0)
                var item: Value? = nil
                if let l = so as? PyList, index < l.items.count { item = l.items[index]; incref(l.items[index]) }
                else if let t = so as? PyTuple, index < t.items.count { item = t.items[index]; incref(t.items[index]) }
                else if let s = so as? PyStr, index < s.scalars.count { item = newString(String(Character(s.scalars[index]))) }
                else if !(so is PyList) { item = try getItem(seq, .int(index)) }
                if let item {
                    iter.state = .reversed(seq, index: index - 1)
                    return item
                }
            }
            iter.state = .exhausted
            decref(seq)
            return nil
        case .enumerate(let inner, let count):
            guard let item = try next(inner) else { return nil }
            iter.state = .enumerate(inner, count: count + 1)
            return reusedResult(iter, [.int(count), item])
        case .zip(let iters):
            if iters.isEmpty { return nil }
            if let t = reusableResult(iter), t.items.count == iters.count {
                // CPython's zip_next refills its tuple in place, one position at a time.
                let r = Value.object(t.handle)
                incref(r)
                for (i, it) in iters.enumerated() {
                    guard let x = try next(it) else { decref(r); return nil }
                    let old = t.items[i]
                    t.items[i] = x
                    decref(old)
                }
                return r
            }
            var items: [Value] = []
            for i in iters {
                guard let x = try next(i) else { decref(items); return nil }
                items.append(x)
            }
            return .object(newTuple(items).handle)
        case .map(let fn, let iters):
            var items: [Value] = []
            for i in iters {
                guard let x = try next(i) else { decref(items); return nil }
                items.append(x)
            }
            return try call(fn, items, [])
        case .filter(let fn, let inner):
            while let x = try next(inner) {
                let keep: Bool
                if case .none = fn { keep = try truthy(x) } else {
                    incref(x)
                    keep = try truthy(consuming: try call(fn, [x], []))
                }
                if keep { return x }
                decref(x)
            }
            return nil
        case .callable(let fn, let sentinel):
            let v = try call(fn, [], [])
            if try equals(v, sentinel) {
                decref(v)
                iter.state = .exhausted
                decref(fn)
                decref(sentinel)
                return nil
            }
            return v
        case .exhausted:
            return nil
        }
    }

    /// Every item of an iterable, as new references.
    func collect(_ v: Value) throws -> [Value] {
        if case .object(let h) = v {
            let o = object(h)
            if o.cls === types.list, let l = o as? PyList { l.items.forEach(incref); return l.items }
            if o.cls === types.tuple, let t = o as? PyTuple { t.items.forEach(incref); return t.items }
        }
        let it = try getIterator(v)
        defer { decref(it) }
        var out: [Value] = []
        do {
            while let x = try next(it) {
                out.append(x)
                if out.count & 0xFFFF == 0 { try checkSize(out.count); try step() }
            }
        } catch { decref(out); throw error }
        return out
    }

    /// The iterator's result tuple when only the iterator holds it (so it can be reused).
    func reusableResult(_ iter: PyIterator) -> PyTuple? {
        guard case .object(let h) = iter.result, let t = object(h) as? PyTuple, t.refcount == 1 else { return nil }
        return t
    }

    /// Hands out `items` (owned) in the iterator's result tuple when nobody else kept it,
    /// releasing what it held before, else in a new tuple (CPython: `enum_next`,
    /// `dictiter_iternextitem`).
    func reusedResult(_ iter: PyIterator, _ items: [Value]) -> Value {
        guard let t = reusableResult(iter), t.items.count == items.count else {
            return .object(newTuple(items).handle)
        }
        let r = Value.object(t.handle)
        incref(r)
        let old = t.items
        t.items = items
        decref(old)
        return r
    }
}
