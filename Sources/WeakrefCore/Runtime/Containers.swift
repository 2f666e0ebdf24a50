extension Runtime {
    // MARK: constructors

    func newTuple(_ items: [Value]) -> PyTuple {
        register(PyTuple(items, cls: types.tuple))
    }

    func newString(_ s: String) -> Value {
        .object(register(PyStr(s, cls: types.str)).handle)
    }

    func newList(_ items: [Value]) -> Value {
        .object(register(PyList(items, cls: types.list)).handle)
    }

    /// A string constant of the program: immortal, shared by every evaluation.
    func internedString(_ s: String) -> Value {
        if let v = interned[s] { return v }
        let v = Value.object(immortal(PyStr(s, cls: types.str)).handle)
        interned[s] = v
        return v
    }

    func stringValue(_ v: Value) -> String? {
        guard case .object(let h) = v, let s = object(h) as? PyStr else { return nil }
        return s.value
    }

    // MARK: dict

    func keyEquals(_ stored: Value, _ key: Value) throws -> Bool {
        if stored.isIdentical(to: key) { return true }
        return try equals(stored, key)
    }

    /// Borrowed value for `key`, or nil.
    func dictGet(_ d: PyDict, _ key: Value) throws -> Value? {
        let h = try hash(key)
        let (entry, _) = try d.find(hash: h) { try keyEquals($0, key) }
        guard let entry, let e = d.entries[entry] else { return nil }
        return e.value
    }

    func dictGetString(_ d: PyDict, _ key: String) -> Value? {
        var h = key.hashValue
        if h == -1 { h = -2 }
        let (entry, _) = d.find(hash: h) { stored in
            guard case .object(let sh) = stored, let s = object(sh) as? PyStr else { return false }
            return s.value == key
        }
        guard let entry, let e = d.entries[entry] else { return nil }
        return e.value
    }

    /// A new empty dict as `{}`, `dict()` and displays make it: untracked until it holds
    /// something the collector tracks.
    func newUntrackedDict() -> PyDict {
        let d = register(PyDict(cls: types.dict))
        d.isUntracked = true
        return d
    }

    /// CPython's `MAINTAIN_TRACKING`: an untracked dict that receives a key or value the
    /// collector may track becomes tracked, last in the collector's list (a fresh serial).
    @inline(__always)
    func maintainTracking(_ d: PyDict, _ key: Value, _ value: Value) {
        guard d.isUntracked, mayBeTracked(key) || mayBeTracked(value) else { return }
        d.isUntracked = false
        moveToEndOfCollectorList(d)
    }

    /// Whether the collector may track `v` (`_PyObject_GC_MAY_BE_TRACKED`).
    func mayBeTracked(_ v: Value) -> Bool {
        guard case .object(let h) = v else { return false }
        let o = objects[Int(h)]
        if type(of: o) == PyDict.self { return !unsafeDowncast(o, to: PyDict.self).isUntracked }
        return UntrackedKinds().tracks(o)
    }

    /// `d[key] = value`, consuming both. An existing key keeps its original key object.
    func dictSet(_ d: PyDict, consumingKey key: Value, consumingValue value: Value) throws {
        let h: Int
        do { h = try hash(key) } catch { decref(key); decref(value); throw error }
        let found: (entry: Int?, slot: Int)
        do { found = try d.find(hash: h) { try keyEquals($0, key) } } catch { decref(key); decref(value); throw error }
        maintainTracking(d, key, value)
        if let i = found.entry, let e = d.entries[i] {
            d.entries[i]?.value = value
            decref(key)
            decref(e.value)
            return
        }
        d.insertNew(key: key, value: value, hash: h, slot: found.slot)
        memoryBytes += 24
    }

    func dictSetString(_ d: PyDict, _ key: String, _ value: Value) throws {
        // One hash and one probe for the common case (an existing str key), where this used
        // to hash three times.
        var h = key.hashValue
        if h == -1 { h = -2 }
        let (entry, _) = d.find(hash: h) { stored in
            guard case .object(let sh) = stored, let s = object(sh) as? PyStr else { return false }
            return s.value == key
        }
        if let entry, let existing = d.entries[entry] {
            maintainTracking(d, .none, value)
            d.entries[entry]?.value = value
            decref(existing.value)
            return
        }
        // Attribute names are interned, as CPython interns them.
        let k = internedString(key)
        try dictSet(d, consumingKey: k, consumingValue: value)
    }

    /// Removes `key`; returns the value (owned) or nil.
    func dictPop(_ d: PyDict, _ key: Value) throws -> Value? {
        let h = try hash(key)
        let (entry, slot) = try d.find(hash: h) { try keyEquals($0, key) }
        guard let entry, let e = d.remove(entryIndex: entry, slot: slot) else { return nil }
        decref(e.key)
        return e.value
    }

    func dictDelString(_ d: PyDict, _ key: String) throws -> Bool {
        var h = key.hashValue
        if h == -1 { h = -2 }
        let (entry, slot) = d.find(hash: h) { stringValue($0) == key }
        guard let entry, let e = d.remove(entryIndex: entry, slot: slot) else { return false }
        decref(e.key)
        decref(e.value)
        return true
    }

    /// `d.update(other)`: a dict, or an iterable of pairs.
    func dictUpdate(_ d: PyDict, from other: Value) throws {
        if case .object(let h) = other, let src = object(h) as? PyDict {
            for e in src.liveEntries {
                incref(e.key); incref(e.value)
                try dictSet(d, consumingKey: e.key, consumingValue: e.value)
            }
            return
        }
        if let keysMethod = try? getAttributeOrNil(other, "keys"), case .object = other, !(isIterableBuiltinSequence(other)) {
            let keys = try call(keysMethod, [], [])
            decref(keysMethod)
            defer { decref(keys) }
            for k in try collect(keys) {
                let v: Value
                do { v = try getItem(other, k) } catch { decref(k); throw error }
                try dictSet(d, consumingKey: k, consumingValue: v)
            }
            return
        }
        let items = try collect(other)
        var index = 0
        defer { decref(Array(items[min(index, items.count)...])) }
        while index < items.count {
            let item = items[index]
            let pair: [Value]
            do { pair = try collect(item) } catch Unwind.exception(let e) where classOf(.object(e)).isSubclass(of: types.exception("TypeError")) {
                decref(.object(e))
                throw error("TypeError", "cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard pair.count == 2 else {
                decref(pair)
                throw error("ValueError", "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try dictSet(d, consumingKey: pair[0], consumingValue: pair[1])
            decref(item)
            index += 1
        }
    }

    private func isIterableBuiltinSequence(_ v: Value) -> Bool {
        guard case .object(let h) = v else { return false }
        let o = object(h)
        return o is PyList || o is PyTuple || o is PyStr || o is PySet || o is PyIterator
    }

    // MARK: set

    func setContains(_ s: PySet, _ key: Value) throws -> Bool {
        let h = try hash(key)
        return try s.find(hash: h) { try keyEquals($0, key) } != nil
    }

    /// Adds `key` (consumed); a duplicate is released.
    func setAdd(_ s: PySet, consuming key: Value) throws {
        let h: Int
        do { h = try hash(key) } catch { decref(key); throw error }
        let found: Int?
        do { found = try s.find(hash: h) { try keyEquals($0, key) } } catch { decref(key); throw error }
        if found != nil { decref(key); return }
        s.insertNew(key: key, hash: h)
        memoryBytes += 16
    }

    /// Removes `key`; true when it was there.
    func setDiscard(_ s: PySet, _ key: Value) throws -> Bool {
        let h = try hash(key)
        guard let j = try s.find(hash: h, eq: { try keyEquals($0, key) }), let old = s.remove(at: j) else { return false }
        decref(old)
        return true
    }

    /// `s.clear()`: the keys only (a set subclass instance keeps its own attributes),
    /// released in table order once the table is empty.
    func setClear(_ s: PySet) {
        decref(s.takeKeys())
    }

    /// `s.difference_update(other)` in place (CPython: `set_difference_update_internal`):
    /// every key of `other` discarded as it comes, then the table shrunk when more than a
    /// quarter of it is dummies.
    func setDifferenceUpdate(_ s: PySet, _ other: Value) throws {
        if case .object(let h) = other, h == s.handle {
            setClear(s)
            return
        }
        let it = try getIterator(other)
        defer { decref(it) }
        while let k = try next(it) {
            defer { decref(k) }
            _ = try setDiscard(s, k)
        }
        if s.fill - s.used > (s.table.count - 1) / 4 {
            s.resize(minUsed: s.used > 50000 ? s.used * 2 : s.used * 4)
        }
    }

    /// `s.symmetric_difference_update(other)` in place (CPython:
    /// `set_symmetric_difference_update`): each key of `other` (made a set first unless it
    /// is one) is removed when present, else added.
    func setSymmetricDifferenceUpdate(_ s: PySet, _ other: Value) throws {
        if case .object(let h) = other, h == s.handle {
            try setDifferenceUpdate(s, other)
            return
        }
        let otherSet: Value
        if case .object(let h) = other, object(h) is PySet || object(h) is PyDict {
            incref(other)
            otherSet = other
        } else {
            otherSet = try setFromIterable(other)
        }
        defer { decref(otherSet) }
        for k in try collect(otherSet) {
            if try !setDiscard(s, k) { try setAdd(s, consuming: k) } else { decref(k) }
        }
    }

    func setFromIterable(_ v: Value, frozen: Bool = false) throws -> Value {
        let s = register(PySet(frozen: frozen, cls: frozen ? types.frozenset : types.set))
        let sv = Value.object(s.handle)
        do {
            for item in try collect(v) { try setAdd(s, consuming: item) }
        } catch { decref(sv); throw error }
        return sv
    }
}
