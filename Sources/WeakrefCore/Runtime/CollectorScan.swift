/// The collector's scan (CPython: `Modules/gcmodule.c`, `update_refs`, `subtract_refs` and
/// `move_unreachable`). CPython keeps the scan's state in each object's GC header; here it
/// lives in handle-indexed arrays built for one collection, so the scan touches no
/// dictionary, set or per-object allocation.
extension Runtime {
    /// The result of a scan: survivors in the order the scan left them (an object set aside
    /// and found reachable later appears at its later position), and the garbage in
    /// CPython's unreachable-list order.
    struct ScanResult {
        var reachable: [UInt32]
        var unreachable: [UInt32]
    }

    /// Every tracked live object in allocation order, the order of CPython's GC lists.
    /// Handles are reused, so handle order is allocation order only in runs; the sort is a
    /// stable merge sort, linear on input that is already sorted.
    func trackedInAllocationOrder() -> [UInt32] {
        let kinds = UntrackedKinds()
        var keyed: [(serial: Int, handle: UInt32)] = []
        keyed.reserveCapacity(liveObjects)
        var sorted = true
        var last = Int.min
        objects.withUnsafeBufferPointer { heap in
            for h in heap.indices.dropFirst() {
                let o = heap[h]
                guard kinds.tracks(o) else { continue }
                let serial = o.serial
                if serial < last { sorted = false }
                last = serial
                keyed.append((serial, UInt32(truncatingIfNeeded: h)))
            }
        }
        if !sorted { keyed.sort { $0.serial < $1.serial } }
        return keyed.map(\.handle)
    }

    /// update_refs, subtract_refs and move_unreachable over `candidates` (allocation order).
    /// `discount` holds references from outside the heap to take away first (the module's
    /// globals at exit). An object found reachable after being set aside moves to the end of
    /// the list still to scan, as in CPython.
    func findUnreachable(_ candidates: [UInt32], discount: [UInt32: Int] = [:]) -> ScanResult {
        var refs = [Int](repeating: ScanState.notCandidate, count: objects.count)
        var references: [Value] = []
        objects.withUnsafeBufferPointer { heap in
            // update_refs
            for h in candidates { refs[Int(h)] = heap[Int(h)].refcount }
            for (h, n) in discount where refs[Int(h)] != ScanState.notCandidate { refs[Int(h)] -= n }
            // subtract_refs
            for h in candidates {
                gatherReferences(of: heap[Int(h)], into: &references)
                for case .object(let r) in references where refs[Int(r)] != ScanState.notCandidate { refs[Int(r)] -= 1 }
            }
        }
        // move_unreachable
        var scanList = candidates
        var unreachable: [UInt32] = []
        var unreachableAt = [Int32](repeating: ScanState.notSetAside, count: objects.count)
        objects.withUnsafeBufferPointer { heap in
            var i = 0
            while i < scanList.count {
                let h = scanList[i]
                i += 1
                guard refs[Int(h)] > 0 else {
                    unreachableAt[Int(h)] = Int32(unreachable.count)
                    unreachable.append(h)
                    continue
                }
                gatherReferences(of: heap[Int(h)], into: &references)
                for case .object(let r) in references {
                    let g = refs[Int(r)]
                    if g == ScanState.notCandidate { continue }
                    let u = unreachableAt[Int(r)]
                    if u != ScanState.notSetAside {
                        unreachable[Int(u)] = 0
                        unreachableAt[Int(r)] = ScanState.notSetAside
                        refs[Int(r)] = 1
                        scanList.append(r)
                    } else if g == 0 {
                        refs[Int(r)] = 1
                    }
                }
            }
        }
        var garbage: [UInt32] = []
        garbage.reserveCapacity(unreachable.count)
        for h in unreachable where h != 0 { garbage.append(h) }
        var reachable: [UInt32] = []
        reachable.reserveCapacity(scanList.count - garbage.count)
        for h in scanList where unreachableAt[Int(h)] == ScanState.notSetAside { reachable.append(h) }
        return ScanResult(reachable: reachable, unreachable: garbage)
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
    /// The unreachable-list position of an object not set aside.
    static let notSetAside: Int32 = -1
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

    /// Objects CPython's collector tracks: containers that are not immortal here.
    @inline(__always)
    func tracks(_ o: PyObject) -> Bool {
        let t = ObjectIdentifier(type(of: o))
        if t == str || t == bigInt || t == range || t == singleton || t == freed { return false }
        return o.refcount < 1 << 39
    }
}
