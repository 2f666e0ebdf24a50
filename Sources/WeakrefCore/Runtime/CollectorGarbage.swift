/// What the collector does with the garbage its scan found (CPython: `Modules/gcmodule.c`,
/// `handle_weakrefs`, `finalize_garbage`, `handle_resurrected_objects`, `delete_garbage`).
extension Runtime {
    /// Destroys `handles` (the scan's unreachable list, in order) and returns how many there
    /// were. `externalHolds` are references from outside the heap the scan discounted.
    /// As in CPython, nothing holds the garbage as a whole: a finalizer or a `tp_clear` that
    /// drops the last reference to a piece of it kills that piece at once.
    @discardableResult
    func destroy(_ handles: [UInt32], runCallbacks: Bool = true, externalHolds: [UInt32: Int] = [:]) -> Int {
        let count = handles.count
        guard count > 0 else { return 0 }
        var inGarbage = [Bool](repeating: false, count: objects.count)
        for h in handles { inGarbage[Int(h)] = true }
        // Swift references, so that a slot reused after a death is told apart from the garbage.
        let (garbage, callbacks) = clearWeakReferences(toGarbage: handles, inGarbage: inGarbage, runCallbacks: runCallbacks)
        var ranPythonCode = !callbacks.isEmpty
        for (w, callback) in callbacks {
            let ref = Value.object(w.handle)
            incref(ref)
            do { decref(try call(callback, [ref], [])) } catch let u as Unwind { reportIgnored(u, context: callback) } catch {}
            decref(callback)
            decref(ref)
        }
        if runFinalizers(garbage) { ranPythonCode = true }
        // 3. Objects a finalizer made reachable again survive, with what they reach. Without
        //    Python code having run since the scan, nothing can have died or been resurrected.
        let alive = ranPythonCode ? garbage.filter { object($0.handle) === $0 } : garbage
        let resurrected = ranPythonCode ? findResurrected(alive, externalHolds: externalHolds) : []
        // 4. tp_clear each remaining object in order, holding it meanwhile; deaths cascade
        //    through counts.
        let noClear = KindsWithoutClear()
        for o in alive {
            guard resurrected.isEmpty || !resurrected[Int(o.handle)] else { continue }
            guard object(o.handle) === o, noClear.hasClear(o) else { continue }
            o.refcount += 1
            decref(o.takeReferences())
            decref(.object(o.handle))
        }
        return count
    }

    /// 2. PEP 442 finalizers, once each, in list order; each object is held while its
    ///    `__del__` runs and dies at once if that dropped the last reference. Returns whether
    ///    any ran.
    private func runFinalizers(_ garbage: [PyObject]) -> Bool {
        var ran = false
        // `__del__` lookups per class, valid until Python code runs.
        var lastClass: PyClass? = nil
        var lastFinalizer: Value? = nil
        for o in garbage where !o.finalized {
            guard let cls = o.cls, !cls.isBuiltin, object(o.handle) === o else { continue }
            if cls !== lastClass {
                lastClass = cls
                lastFinalizer = lookup(cls, "__del__")
            }
            guard let del = lastFinalizer else { continue }
            o.finalized = true
            ran = true
            lastClass = nil
            o.refcount += 1
            runFinalizer(del, o)
            decref(.object(o.handle))
        }
        return ran
    }

    /// 1. Weak references: those inside the garbage are cleared without callbacks; every
    ///    weak reference to the garbage is cleared, and the callbacks of those that are
    ///    themselves reachable are returned (held) to run once all are cleared.
    ///    Also returns the garbage as objects, in order.
    private func clearWeakReferences(toGarbage handles: [UInt32], inGarbage: [Bool],
                                     runCallbacks: Bool) -> ([PyObject], [(PyWeakref, Value)]) {
        var callbacks: [(PyWeakref, Value)] = []
        var garbage: [PyObject] = []
        garbage.reserveCapacity(handles.count)
        let weakrefKind = ObjectIdentifier(PyWeakref.self)
        for h in handles {
            let o = object(h)
            garbage.append(o)
            if ObjectIdentifier(type(of: o)) == weakrefKind {
                let w = unsafeDowncast(o, to: PyWeakref.self)
                if let target = w.referent {
                    object(target).weakrefs.removeAll { $0 == w.handle }
                    w.referent = nil
                }
            }
            if o.weakrefs.isEmpty { continue }
            let list = o.weakrefs
            o.weakrefs = []
            for h in list {
                guard let w = object(h) as? PyWeakref else { continue }
                w.referent = nil
                if case .none = w.callback { continue }
                if inGarbage[Int(h)] || !runCallbacks { continue }
                w.refcount += 1
                if lifetime != nil { traceCallback(for: o, callback: w.callback) }
                callbacks.append((w, w.callback))
                w.callback = .none
            }
        }
        return (garbage, callbacks)
    }

    /// handle_resurrected_objects: the garbage still referenced from outside itself (beyond
    /// `externalHolds`), and everything in the garbage it reaches; a handle-indexed mark.
    private func findResurrected(_ alive: [PyObject], externalHolds: [UInt32: Int]) -> [Bool] {
        var refs = [Int](repeating: ScanState.notCandidate, count: objects.count)
        for o in alive { refs[Int(o.handle)] = o.refcount }
        for (h, n) in externalHolds where Int(h) < refs.count && refs[Int(h)] != ScanState.notCandidate {
            refs[Int(h)] -= n
        }
        var references: [Value] = []
        for o in alive {
            gatherReferences(of: o, into: &references)
            for case .object(let r) in references where refs[Int(r)] != ScanState.notCandidate { refs[Int(r)] -= 1 }
        }
        var resurrected = [Bool](repeating: false, count: objects.count)
        var stack: [UInt32] = []
        for o in alive where refs[Int(o.handle)] > 0 { stack.append(o.handle) }
        while let h = stack.popLast() {
            if resurrected[Int(h)] { continue }
            resurrected[Int(h)] = true
            gatherReferences(of: object(h), into: &references)
            for case .object(let r) in references where refs[Int(r)] != ScanState.notCandidate && !resurrected[Int(r)] {
                stack.append(r)
            }
        }
        return resurrected
    }
}

/// Types without a `tp_clear` (tuples, iterators and the like), recognised by exact class:
/// each is a final class.
struct KindsWithoutClear {
    private let kinds: [ObjectIdentifier] = [
        ObjectIdentifier(PyTuple.self), ObjectIdentifier(PyIterator.self), ObjectIdentifier(PyBoundMethod.self),
        ObjectIdentifier(PySlice.self), ObjectIdentifier(PyProperty.self), ObjectIdentifier(PySuper.self),
        ObjectIdentifier(PyDictView.self), ObjectIdentifier(PyBuiltin.self),
    ]

    func hasClear(_ o: PyObject) -> Bool {
        let t = ObjectIdentifier(type(of: o))
        for k in kinds where k == t { return false }
        return true
    }
}
