/// The cycle collector (CPython: `Modules/gcmodule.c`, `gc_collect_main`), a full
/// collection over every tracked object in allocation order.
extension Runtime {
    /// Objects CPython's collector tracks: containers that are not immortal here.
    func isTracked(_ o: PyObject) -> Bool {
        if o is PyStr || o is PyBigInt || o is PyRange || o is PySingleton || o is PyFreed { return false }
        return o.refcount < 1 << 39
    }

    /// `tp_traverse`: the references an object holds, its heap type included.
    func traverse(_ o: PyObject) -> [UInt32] {
        var out: [Value] = []
        o.references(into: &out)
        var handles = out.compactMap { $0.handle }
        if let c = o.cls, !c.isBuiltin { handles.append(c.handle) }
        return handles
    }

    /// Types with a `tp_clear` (tuples, iterators and the like have none).
    private func hasClear(_ o: PyObject) -> Bool {
        switch o {
        case is PyTuple, is PyIterator, is PyBoundMethod, is PySlice, is PyProperty, is PySuper, is PyDictView, is PyBuiltin:
            return false
        default:
            return true
        }
    }

    /// `gc.collect()`: returns how many unreachable objects were found.
    func collectCycles() -> Int {
        lifetime?.contexts.append(.collection)
        defer { lifetime?.contexts.removeLast() }
        let young = objects.filter { isTracked($0) && !($0 is PyFreed) }.sorted { $0.serial < $1.serial }
        let (reachable, unreachable) = findUnreachable(young)
        // Survivors move to the old generation in the order the scan left them.
        for o in reachable { allocations &+= 1; o.serial = allocations }
        return destroy(unreachable)
    }

    /// update_refs, subtract_refs and move_unreachable, keeping CPython's list order: an
    /// object found reachable after being set aside moves to the end of the reachable list.
    func findUnreachable(_ candidates: [PyObject], discount: [UInt32: Int] = [:]) -> (reachable: [PyObject], unreachable: [PyObject]) {
        var refs: [UInt32: Int] = [:]
        refs.reserveCapacity(candidates.count)
        for o in candidates { refs[o.handle] = o.refcount - (discount[o.handle] ?? 0) }
        for o in candidates {
            for r in traverse(o) where refs[r] != nil { refs[r, default: 0] -= 1 }
        }
        var young = candidates
        var unreachable: [PyObject] = []
        var unreachableIndex: [UInt32: Int] = [:]
        var removed = Set<Int>()
        var i = 0
        while i < young.count {
            let o = young[i]
            i += 1
            if (refs[o.handle] ?? 0) > 0 {
                for r in traverse(o) {
                    guard let g = refs[r] else { continue }
                    if let u = unreachableIndex[r] {
                        removed.insert(u)
                        unreachableIndex[r] = nil
                        refs[r] = 1
                        young.append(unreachable[u])
                    } else if g == 0 {
                        refs[r] = 1
                    }
                }
            } else {
                unreachableIndex[o.handle] = unreachable.count
                unreachable.append(o)
            }
        }
        let garbage = unreachable.enumerated().filter { !removed.contains($0.offset) }.map { $0.element }
        let garbageSet = Set(garbage.map { $0.handle })
        return (young.filter { !garbageSet.contains($0.handle) }, garbage)
    }

    /// handle_weakrefs, finalize_garbage, handle_resurrected_objects and delete_garbage.
    @discardableResult
    func destroy(_ garbage: [PyObject], runCallbacks: Bool = true, externalHolds: [UInt32: Int] = [:]) -> Int {
        let count = garbage.count
        guard count > 0 else { return 0 }
        let inGarbage = Set(garbage.map { $0.handle })
        // Hold every piece of garbage while we work, as CPython's lists do implicitly.
        for o in garbage { o.refcount += 1 }
        // 1. Weak references: those inside the garbage are cleared without callbacks; every
        //    weak reference to the garbage is cleared, and the callbacks of those that are
        //    themselves reachable run once all are cleared.
        var callbacks: [(PyWeakref, Value)] = []
        for o in garbage {
            if let w = o as? PyWeakref, let target = w.referent {
                object(target).weakrefs.removeAll { $0 == w.handle }
                w.referent = nil
            }
            let list = o.weakrefs
            o.weakrefs = []
            for h in list {
                guard let w = object(h) as? PyWeakref else { continue }
                w.referent = nil
                if case .none = w.callback { continue }
                if inGarbage.contains(h) || !runCallbacks { continue }
                w.refcount += 1
                if lifetime != nil { traceCallback(for: o, callback: w.callback) }
                callbacks.append((w, w.callback))
                w.callback = .none
            }
        }
        for (w, callback) in callbacks {
            let ref = Value.object(w.handle)
            incref(ref)
            do { decref(try call(callback, [ref], [])) } catch let u as Unwind { reportIgnored(u, context: callback) } catch {}
            decref(callback)
            decref(ref)
        }
        // 2. PEP 442 finalizers, once each, in list order.
        for o in garbage where !o.finalized && !(object(o.handle) is PyFreed) {
            guard let cls = o.cls, !cls.isBuiltin, let del = lookup(cls, "__del__") else { continue }
            o.finalized = true
            runFinalizer(del, o)
        }
        // 3. Objects a finalizer made reachable again survive, with what they reach.
        let alive = garbage.filter { object($0.handle) === $0 }
        var refs: [UInt32: Int] = [:]
        for o in alive { refs[o.handle] = o.refcount - 1 - (externalHolds[o.handle] ?? 0) }
        for o in alive { for r in traverse(o) where refs[r] != nil { refs[r, default: 0] -= 1 } }
        var resurrected = Set<UInt32>()
        var stack = alive.filter { (refs[$0.handle] ?? 0) > 0 }.map { $0.handle }
        while let h = stack.popLast() {
            guard resurrected.insert(h).inserted else { continue }
            for r in traverse(object(h)) where refs[r] != nil && !resurrected.contains(r) { stack.append(r) }
        }
        // 4. tp_clear each remaining object in order; deaths cascade through counts.
        for o in alive where !resurrected.contains(o.handle) {
            guard object(o.handle) === o, hasClear(o) else { continue }
            let held = o.takeReferences()
            decref(held)
        }
        for o in garbage where object(o.handle) === o { decref(.object(o.handle)) }
        return count
    }

    /// The final collection at exit when the module's globals are in a cycle (a function
    /// exists). With the collector enabled, CPython first runs a full collection while
    /// `__main__` is still alive, which collects stray cycles and leaves the survivors in
    /// the order its scan found them (globals, then breadth-first through what they hold);
    /// then the module dict and everything only it reaches is garbage, in list order.
    func shutdownCollection() {
        if gcEnabled { _ = collectCycles() }
        var holds: [UInt32: Int] = [:]
        for i in main.order where i < main.values.count {
            if case .object(let h)? = main.values[i] { holds[h, default: 0] += 1 }
        }
        let young = objects.filter { isTracked($0) && !($0 is PyFreed) }.sorted { $0.serial < $1.serial }
        let (_, garbage) = findUnreachable(young, discount: holds)
        // Finalizers still see the globals (the module dict is cleared after them).
        destroy(garbage, externalHolds: holds)
        var globals: [Value] = []
        for i in main.order where i < main.values.count {
            if let v = main.values[i] { globals.append(v) }
            main.values[i] = nil
        }
        main.order = []
        decref(globals)
    }
}
