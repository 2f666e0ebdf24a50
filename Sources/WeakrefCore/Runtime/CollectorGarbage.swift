/// What the collector does with the garbage its scan found (CPython: `Modules/gcmodule.c`,
/// `handle_weakrefs`, `finalize_garbage`, `handle_resurrected_objects`, `delete_garbage`).
///
/// As in CPython, nothing holds the garbage as a whole: a finalizer or a `tp_clear` that
/// drops the last reference to a piece of it kills that piece at once, and later steps skip
/// it. A piece is known by its handle and serial: serials are never reused, and no
/// collection renumbers them while this one runs, so a slot freed and filled again is told
/// apart without holding the dead object.
extension Runtime {
    /// The unreachable list while it is destroyed.
    struct Garbage {
        var handles: [UInt32]
        var serials: [Int]

        var count: Int { handles.count }
    }

    /// The object that was `garbage`'s entry `i`, if it is still alive: neither freed nor
    /// dying (a count of zero, queued by the trashcan when deaths nest deeply).
    @inline(__always)
    private func alive(_ garbage: Garbage, _ i: Int) -> PyObject? {
        let o = objects[Int(garbage.handles[i])]
        return o.serial == garbage.serials[i] && o.refcount > 0 ? o : nil
    }

    /// Destroys `handles` (the scan's unreachable list, in order) and returns how many there
    /// were. `externalHolds` are references from outside the heap the scan discounted.
    @discardableResult
    func destroy(_ handles: [UInt32], runCallbacks: Bool = true, externalHolds: [UInt32: Int] = [:]) -> Int {
        let count = handles.count
        guard count > 0 else { return 0 }
        // What gc.collect() reports: CPython 3.11 keeps an instance's attributes inline
        // and makes no dict object until Python code asks for `__dict__`.
        let reported = count - handles.reduce(0) { n, h in
            let o = objects[Int(h)]
            return type(of: o) == PyDict.self && unsafeDowncast(o, to: PyDict.self).isHiddenInstanceDict ? n + 1 : n
        }
        var inGarbage = [Bool](repeating: false, count: objects.count)
        for h in handles { inGarbage[Int(h)] = true }
        var garbage = Garbage(handles: handles, serials: [])
        let (callbacks, finalizable) = clearWeakReferences(to: &garbage, inGarbage: inGarbage, runCallbacks: runCallbacks)
        for (w, callback) in callbacks { runWeakrefCallback(w, callback, tracedFor: nil) }
        // The objects worth a look for finalizers were listed before any Python code ran;
        // once some has, every object is looked at again.
        let ranPythonCode = runFinalizers(garbage, candidates: callbacks.isEmpty ? finalizable : nil) || !callbacks.isEmpty
        // 3. Objects a finalizer made reachable again survive, with what they reach. Without
        //    Python code having run since the scan, nothing can have died or been resurrected.
        let resurrected = ranPythonCode ? findResurrected(garbage, externalHolds: externalHolds) : []
        // 4. tp_clear each remaining object in order, holding it meanwhile; deaths cascade
        //    through counts.
        let noClear = KindsWithoutClear()
        for i in 0 ..< count {
            guard let o = alive(garbage, i), noClear.hasClear(o) else { continue }
            guard resurrected.isEmpty || !resurrected[Int(o.handle)] else { continue }
            o.refcount += 1
            o.dropReferences { decref($0) }
            decref(.object(o.handle))
        }
        return reported
    }

    /// 1. Weak references: those inside the garbage are cleared without callbacks; every
    ///    weak reference to the garbage is cleared, and the callbacks of those that are
    ///    themselves reachable are returned (held) to run once all are cleared. Records
    ///    each piece's serial, and lists the pieces that may have a finalizer to run.
    private func clearWeakReferences(to garbage: inout Garbage, inGarbage: [Bool],
                                     runCallbacks: Bool) -> (callbacks: [(PyWeakref, Value)], finalizable: [Int]) {
        var callbacks: [(PyWeakref, Value)] = []
        var finalizable: [Int] = []
        var serials: [Int] = []
        serials.reserveCapacity(garbage.count)
        var finalizers = FinalizerLookups()
        let weakrefKind = ObjectIdentifier(PyWeakref.self)
        for (i, h) in garbage.handles.enumerated() {
            let o = object(h)
            serials.append(o.serial)
            if !o.finalized, finalizers.finalizer(of: o, in: self) != nil { finalizable.append(i) }
            if ObjectIdentifier(type(of: o)) == weakrefKind {
                let w = unsafeDowncast(o, to: PyWeakref.self)
                if let target = w.referent {
                    object(target).weakrefs.remove(w.handle)
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
        garbage.serials = serials
        return (callbacks, finalizable)
    }

    /// 2. PEP 442 finalizers, once each, in list order; each object is held while its
    ///    `__del__` runs and dies at once if that dropped the last reference. `candidates`
    ///    (positions in the list), when given, are the only objects that had a finalizer
    ///    before any Python code ran; after the first finalizer, every later object is looked
    ///    at, since Python code may have given a class a `__del__`. Returns whether any ran.
    private func runFinalizers(_ garbage: Garbage, candidates: [Int]?) -> Bool {
        var next = 0
        if let candidates {
            guard let first = candidates.first(where: { alive(garbage, $0).map { !$0.finalized } ?? false }) else {
                return false
            }
            next = first
        }
        var ran = false
        var finalizers = FinalizerLookups()
        for i in next ..< garbage.count {
            guard let o = alive(garbage, i), !o.finalized, let del = finalizers.finalizer(of: o, in: self) else { continue }
            o.finalized = true
            ran = true
            finalizers.forget()
            o.refcount += 1
            runFinalizer(del, o)
            decref(.object(o.handle))
        }
        return ran
    }

    /// handle_resurrected_objects: the garbage still referenced from outside itself (beyond
    /// `externalHolds`), and everything in the garbage it reaches; a handle-indexed mark.
    private func findResurrected(_ garbage: Garbage, externalHolds: [UInt32: Int]) -> [Bool] {
        var refs = [Int](repeating: ScanState.notCandidate, count: objects.count)
        var alive: [PyObject] = []
        for i in 0 ..< garbage.count {
            guard let o = self.alive(garbage, i) else { continue }
            alive.append(o)
            refs[Int(o.handle)] = o.refcount
        }
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

/// `__del__` lookups, remembered for the last class asked about; valid only while no
/// Python code runs (`forget()` after running some).
private struct FinalizerLookups {
    private var lastClass: ObjectIdentifier?
    private var lastFinalizer: Value?

    /// The `__del__` of an object's heap type, if any (built-in types have none here).
    mutating func finalizer(of o: PyObject, in runtime: Runtime) -> Value? {
        guard let cls = o.cls, !cls.isBuiltin else { return nil }
        let id = ObjectIdentifier(cls)
        if id != lastClass {
            lastClass = id
            lastFinalizer = runtime.lookup(cls, "__del__")
        }
        return lastFinalizer
    }

    mutating func forget() { lastClass = nil }
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
