/// The collector's scan (CPython: `Modules/gcmodule.c`, `update_refs`, `subtract_refs` and
/// `move_unreachable`). CPython keeps the scan's state in each object's GC header; here it
/// lives in handle-indexed arrays. One pass over the heap records each tracked object's
/// references (its `tp_traverse`) in a compact edge list; the rest of the scan walks those
/// arrays without touching an object, allocating per object, or hashing.
extension Runtime {
    /// The tracked part of the heap as one pass over it found it.
    struct HeapGraph {
        /// Tracked live objects in allocation order, the order of CPython's GC lists.
        var candidates: [UInt32]
        /// Per handle: the count minus the references from tracked objects (gc_refs after
        /// subtract_refs), or `ScanState.notCandidate`.
        var refs: [Int]
        /// Per handle `h`, its references are `edges[edgeStart[h] ..< edgeStart[h + 1]]`, in
        /// `tp_traverse` order (empty for untracked objects).
        var edgeStart: [Int]
        var edges: [UInt32]
    }

    /// The result of move_unreachable: the survivors in the order the scan left them, and
    /// the garbage in CPython's unreachable-list order.
    struct ScanResult {
        var reachable: [UInt32]
        var unreachable: [UInt32]
        /// Survivors set aside and found reachable later, in the order they moved to the end.
        var movedBack: ArraySlice<UInt32>
    }

    /// update_refs and subtract_refs in one pass over the heap in handle order. The order of
    /// subtraction does not matter: a handle's own count is added when the pass reaches it,
    /// and a handle found untracked then forgets what was subtracted before.
    func snapshotHeap() -> HeapGraph {
        let kinds = UntrackedKinds()
        let count = objects.count
        var refs = [Int](repeating: 0, count: count)
        var edgeStart = [Int](repeating: 0, count: count + 1)
        var edges: [UInt32] = []
        edges.reserveCapacity(2 * liveObjects)
        var keyed: [(serial: Int, handle: UInt32)] = []
        keyed.reserveCapacity(liveObjects)
        var sorted = true
        var lastSerial = Int.min
        var references: [Value] = []
        refs[0] = ScanState.notCandidate
        objects.withUnsafeBufferPointer { heap in
            // Slots read as unmanaged references: the heap array keeps every object alive
            // throughout, so the pass needs no retain and release per object.
            UnsafeRawPointer(heap.baseAddress!).withMemoryRebound(to: Unmanaged<PyObject>.self, capacity: count) { slots in
                for h in 1 ..< count {
                    edgeStart[h] = edges.count
                    slots[h]._withUnsafeGuaranteedRef { o in
                        guard kinds.tracks(o), !untrackedDictHoldingNothingTracked(o) else {
                            refs[h] = ScanState.notCandidate
                            return
                        }
                        let serial = o.serial
                        if serial < lastSerial { sorted = false }
                        lastSerial = serial
                        keyed.append((serial, UInt32(truncatingIfNeeded: h)))
                        refs[h] += o.refcount
                        gatherReferences(of: o, into: &references)
                        for case .object(let r) in references {
                            edges.append(r)
                            if refs[Int(r)] != ScanState.notCandidate { refs[Int(r)] -= 1 }
                        }
                    }
                }
            }
        }
        edgeStart[count] = edges.count
        // Handles are reused, so handle order is allocation order only in runs; the sort is a
        // stable merge sort, linear on input that is already sorted.
        if !sorted { keyed.sort { $0.serial < $1.serial } }
        return HeapGraph(candidates: keyed.map { $0.handle }, refs: refs, edgeStart: edgeStart, edges: edges)
    }

    /// A dict still untracked (see `PyDict.isUntracked`), which the scan leaves out as
    /// CPython's collector never sees it. Should some path have stored a trackable object in
    /// it without `maintainTracking`, it is scanned after all: never miss a reference.
    @inline(__always)
    private func untrackedDictHoldingNothingTracked(_ o: PyObject) -> Bool {
        guard type(of: o) == PyDict.self else { return false }
        let d = unsafeDowncast(o, to: PyDict.self)
        guard d.isUntracked else { return false }
        for case let e? in d.entries where mayBeTracked(e.key) || mayBeTracked(e.value) {
            d.isUntracked = false
            return false
        }
        return true
    }

    /// move_unreachable over `graph` with `refs` (its gc_refs, possibly discounted further).
    /// An object found reachable after being set aside moves to the end of the list still
    /// to scan, as in CPython.
    func moveUnreachable(_ graph: HeapGraph, refs: inout [Int]) -> ScanResult {
        let candidates = graph.candidates
        var scanList = candidates
        var unreachable: [UInt32] = []
        var unreachableAt = [Int32](repeating: ScanState.neverSetAside, count: refs.count)
        graph.edgeStart.withUnsafeBufferPointer { edgeStart in
            graph.edges.withUnsafeBufferPointer { edges in
                var i = 0
                while i < scanList.count {
                    let h = Int(scanList[i])
                    i += 1
                    guard refs[h] > 0 else {
                        unreachableAt[h] = Int32(unreachable.count)
                        unreachable.append(UInt32(truncatingIfNeeded: h))
                        continue
                    }
                    for e in edgeStart[h] ..< edgeStart[h + 1] {
                        let r = Int(edges[e])
                        let g = refs[r]
                        if g == ScanState.notCandidate { continue }
                        let u = unreachableAt[r]
                        if u >= 0 {
                            unreachable[Int(u)] = 0
                            unreachableAt[r] = ScanState.movedBack
                            refs[r] = 1
                            scanList.append(UInt32(truncatingIfNeeded: r))
                        } else if g == 0 {
                            refs[r] = 1
                        }
                    }
                }
            }
        }
        var garbage: [UInt32] = []
        garbage.reserveCapacity(unreachable.count)
        for h in unreachable where h != 0 { garbage.append(h) }
        var reachable: [UInt32] = []
        reachable.reserveCapacity(scanList.count - garbage.count)
        for h in candidates where unreachableAt[Int(h)] == ScanState.neverSetAside { reachable.append(h) }
        let movedBack = scanList[candidates.count...]
        reachable.append(contentsOf: movedBack)
        return ScanResult(reachable: reachable, unreachable: garbage, movedBack: movedBack)
    }

    /// `tp_traverse` into a reused buffer: what an object holds strongly, in the order of
    /// `references(into:)`, then its heap type.
    func gatherReferences(of o: PyObject, into values: inout [Value]) {
        values.removeAll(keepingCapacity: true)
        o.references(into: &values)
        if let c = o.cls, !c.isBuiltin { values.append(.object(c.handle)) }
    }
}

/// Sentinels of the scan's handle-indexed arrays.
enum ScanState {
    /// gc_refs of an object outside the collection (untracked, freed or not yet allocated).
    static let notCandidate = Int.min
    /// The unreachable-list position of an object never set aside.
    static let neverSetAside: Int32 = -1
    /// The unreachable-list position of an object set aside, then found reachable.
    static let movedBack: Int32 = -2
}

/// The kinds of object the collector never tracks (strings, big ints, ranges, singletons,
/// freed slots), recognised by exact class: each is a final class, so comparing the
/// dynamic type is exact and avoids a dynamic cast per kind.
struct UntrackedKinds {
    private let str = ObjectIdentifier(PyStr.self)
    private let bigInt = ObjectIdentifier(PyBigInt.self)
    private let range = ObjectIdentifier(PyRange.self)
    private let singleton = ObjectIdentifier(PySingleton.self)
    private let freed = ObjectIdentifier(PyFreed.self)

    /// Objects CPython's collector tracks: containers that are not immortal here, and not
    /// dying (a count of zero: queued by the trashcan, which CPython untracks first).
    @inline(__always)
    func tracks(_ o: PyObject) -> Bool {
        let t = ObjectIdentifier(type(of: o))
        if t == str || t == bigInt || t == range || t == singleton || t == freed { return false }
        return o.refcount > 0 && o.refcount < 1 << 39
    }
}
