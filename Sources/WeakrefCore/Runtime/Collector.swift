/// The cycle collector (CPython: `Modules/gcmodule.c`, `gc_collect_main`), a full
/// collection over every tracked object in allocation order. The scan is in
/// `CollectorScan.swift`, the destruction of what it finds in `CollectorGarbage.swift`.
extension Runtime {
    /// Objects CPython's collector tracks: containers that are not immortal here.
    func isTracked(_ o: PyObject) -> Bool { UntrackedKinds().tracks(o) }

    /// `gc.collect()`: returns how many unreachable objects were found. A collection asked
    /// for while one runs (from a finalizer or a weak reference callback) does nothing and
    /// returns 0, as CPython's does.
    func collectCycles() -> Int {
        if collecting { return 0 }
        collecting = true
        defer { collecting = false }
        lifetime?.contexts.append(.collection)
        defer { lifetime?.contexts.removeLast() }
        let scan = findUnreachable(trackedInAllocationOrder())
        // Survivors move to the old generation in the order the scan left them.
        objects.withUnsafeBufferPointer { heap in
            for h in scan.reachable {
                allocations &+= 1
                heap[Int(h)].serial = allocations
            }
        }
        return destroy(scan.unreachable)
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
        collecting = true
        let scan = findUnreachable(trackedInAllocationOrder(), discount: holds)
        // Finalizers still see the globals (the module dict is cleared after them).
        destroy(scan.unreachable, externalHolds: holds)
        collecting = false
        var globals: [Value] = []
        for i in main.order where i < main.values.count {
            if let v = main.values[i] { globals.append(v) }
            main.values[i] = nil
        }
        main.order = []
        decref(globals)
    }
}
