/// The cycle collector (CPython: `Modules/gcmodule.c`, `gc_collect_main`), a full
/// collection over every tracked object in allocation order. The scan is in
/// `CollectorScan.swift`, the destruction of what it finds in `CollectorGarbage.swift`.
extension Runtime {
    /// `gc.collect()`: returns how many unreachable objects were found. A collection asked
    /// for while one runs (from a finalizer or a weak reference callback) does nothing and
    /// returns 0, as CPython's does.
    func collectCycles() -> Int {
        if collecting { return 0 }
        return runCollection(keepingGraph: false).found
    }

    /// One full collection. When it finds no garbage no Python code runs and the heap is
    /// unchanged, so its graph (candidates now in survivor order) can be kept for reuse.
    private func runCollection(keepingGraph: Bool) -> (found: Int, unchanged: HeapGraph?) {
        collecting = true
        defer { collecting = false }
        lifetime?.contexts.append(.collection)
        defer { lifetime?.contexts.removeLast() }
        var graph = snapshotHeap()
        var refs: [Int] = []
        // Unless the graph is kept, its gc_refs are worked on in place rather than copied.
        if keepingGraph { refs = graph.refs } else { swap(&refs, &graph.refs) }
        let scan = moveUnreachable(graph, refs: &refs)
        // Survivors move to the old generation in the order the scan left them: those never
        // set aside keep their relative order; those moved back go after them, in order.
        objects.withUnsafeBufferPointer { heap in
            for h in scan.movedBack { moveToEndOfCollectorList(heap[Int(h)]) }
        }
        guard scan.unreachable.isEmpty else { return (destroy(scan.unreachable), nil) }
        guard keepingGraph else { return (0, nil) }
        graph.candidates = scan.reachable
        return (0, graph)
    }

    /// The final collection at exit when the module's globals are in a cycle (a function
    /// exists). With the collector enabled, CPython first runs a full collection while
    /// `__main__` is still alive, which collects stray cycles and leaves the survivors in
    /// the order its scan found them (globals, then breadth-first through what they hold);
    /// then the module dict and everything only it reaches is garbage, in list order.
    func shutdownCollection() {
        var unchanged: HeapGraph? = nil
        if gcEnabled { unchanged = runCollection(keepingGraph: true).unchanged }
        var holds: [UInt32: Int] = [:]
        for i in main.order where i < main.values.count {
            if case .object(let h)? = main.values[i] { holds[h, default: 0] += 1 }
        }
        collecting = true
        let graph = unchanged ?? snapshotHeap()
        var refs = graph.refs
        for (h, n) in holds where refs[Int(h)] != ScanState.notCandidate { refs[Int(h)] -= n }
        let scan = moveUnreachable(graph, refs: &refs)
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
