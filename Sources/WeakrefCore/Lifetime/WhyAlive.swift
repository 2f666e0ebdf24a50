/// `--why-alive`: for every traced object alive when the main code ended, the shortest chain
/// of strong references from a root (breadth-first over the same references the collector
/// traverses, with each edge named), or the unreachable cycle that alone holds it.
extension Runtime {
    /// A strong reference out of an object, named for a reader: `.parent`, `[0]`, `['img2']`.
    struct NamedEdge {
        var suffix: String
        var target: UInt32
    }

    @inline(never)
    func explainAlive(traceback: UInt32?) {
        guard let t = lifetime else { return }
        t.mainCodeCompleted = traceback == nil
        // Roots, in the order a reader looks: the module's globals, the uncaught exception,
        // then the globals of weakref's Python half (finalize's registry lives there).
        var roots: [(String, UInt32)] = []
        for i in main.order where i < main.values.count && i < main.names.names.count {
            if case .object(let h)? = main.values[i] { roots.append(("global '\(main.names.names[i])'", h)) }
        }
        if let traceback { roots.append(("the uncaught exception", traceback)) }
        if let m = weakrefPrelude {
            for (i, name) in m.names.names.enumerated() where i < m.values.count {
                if case .object(let h)? = m.values[i] { roots.append(("weakref module '\(name)'", h)) }
            }
        }
        // Breadth-first: the first visit of a handle is by a shortest chain.
        var parent: [UInt32: (from: UInt32?, suffix: String, root: String)] = [:]
        var queue: [UInt32] = []
        for (label, h) in roots where parent[h] == nil {
            parent[h] = (nil, "", label)
            queue.append(h)
        }
        var head = 0
        while head < queue.count {
            let h = queue[head]
            head += 1
            for e in namedEdges(object(h)) where parent[e.target] == nil {
                parent[e.target] = (h, e.suffix, "")
                queue.append(e.target)
            }
        }
        let visitOrder = Dictionary(queue.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let alive = t.byHandle.sorted {
            (visitOrder[$0.key] ?? Int.max, $0.value) < (visitOrder[$1.key] ?? Int.max, $1.value)
        }
        t.alive = alive.map { handle, index in
            let label = t.records[index].label
            let className = object(handle).cls?.name ?? ""
            guard parent[handle] != nil else {
                return AliveExplanation(label: label, reason: .uncollectedCycle(cycle(through: handle)),
                                        className: className, readableLabel: readableName(handle), readableChain: [])
            }
            func chain(_ name: (UInt32) -> String) -> [String] {
                var steps: [String] = []
                var current = handle
                while let p = parent[current], let from = p.from {
                    steps.append(name(from) + p.suffix)
                    current = from
                }
                steps.append(parent[current]?.root ?? "")
                return steps.reversed() + [name(handle)]
            }
            return AliveExplanation(label: label, reason: .chain(chain(nodeName)), className: className,
                                    readableLabel: readableName(handle), readableChain: chain(readableName))
        }
    }

    /// `Image(name='banner')` for a traced object with a `str` attribute `name`, its class
    /// name for another traced object, `nodeName` otherwise.
    func readableName(_ h: UInt32) -> String {
        guard lifetime?.byHandle[h] != nil else { return nodeName(h) }
        let o = object(h)
        let className = o.cls?.name ?? "object"
        if let d = o.dict, let entry = d.liveEntries.first(where: { stringValue($0.key) == "name" }),
           case .object(let nh) = entry.value, let s = object(nh) as? PyStr {
            return "\(className)(name=\(stringRepr(s.value)))"
        }
        return className
    }

    /// The shortest cycle from `start` back to itself, rendered as a chain.
    private func cycle(through start: UInt32) -> [String] {
        var parent: [UInt32: (from: UInt32, suffix: String)] = [:]
        var queue: [UInt32] = [start]
        var head = 0
        var closing: (from: UInt32, suffix: String)? = nil
        search: while head < queue.count {
            let h = queue[head]
            head += 1
            for e in namedEdges(object(h)) {
                if e.target == start { closing = (h, e.suffix); break search }
                if parent[e.target] == nil { parent[e.target] = (h, e.suffix); queue.append(e.target) }
            }
        }
        guard let closing else { return [nodeName(start)] }
        var steps: [String] = [nodeName(closing.from) + closing.suffix]
        var current = closing.from
        while current != start, let p = parent[current] {
            steps.append(nodeName(p.from) + p.suffix)
            current = p.from
        }
        return steps.reversed() + [nodeName(start)]
    }

    /// How a chain names an object: the trace label of a user object, `Node` for a class,
    /// `f()` for a function, the type name otherwise.
    func nodeName(_ h: UInt32) -> String {
        let o = object(h)
        if let t = lifetime, let i = t.byHandle[h] { return t.records[i].label }
        switch o {
        case let c as PyClass: return c.name
        case let f as PyFunction: return "\(f.qualname)()"
        case let m as PyBoundMethod:
            if case .object(let fh) = m.function, let f = object(fh) as? PyFunction { return "bound method \(f.qualname)" }
            return "bound method"
        case is PyFrameRecord: return "frame"
        default: return o.cls?.name ?? "object"
        }
    }

    /// A dict key as a chain shows it, without running any Python code.
    private func keyText(_ v: Value) -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return String(d)
        case .object(let h):
            if let s = object(h) as? PyStr { return "'\(s.value)'" }
            return nodeName(h)
        }
    }

    /// Every strong reference `o` holds, named. Instance and class `__dict__`s are folded
    /// into attribute names; closure cells into the variable they hold.
    func namedEdges(_ o: PyObject) -> [NamedEdge] {
        var out: [NamedEdge] = []
        func add(_ suffix: String, _ v: Value?) { if case .object(let h)? = v { out.append(NamedEdge(suffix: suffix, target: h)) } }
        func addAttributes(_ d: PyDict) {
            for e in d.liveEntries { add("." + (stringValue(e.key) ?? keyText(e.key)), e.value) }
        }
        switch o {
        case let d as PyDict:
            for e in d.liveEntries {
                add(" key", e.key)
                add("[\(keyText(e.key))]", e.value)
            }
            return out
        case let l as PyList:
            for (i, v) in l.items.enumerated() { add("[\(i)]", v) }
        case let t as PyTuple:
            for (i, v) in t.items.enumerated() { add("[\(i)]", v) }
            return out
        case let c as PyClass:
            addAttributes(c.namespace)
            var rest: [Value] = []
            c.references(into: &rest)
            for v in rest where v.handle != c.namespace.handle { add(" base", v) }
            return out
        case let f as PyFunction:
            let names = f.code.freeNames
            for (i, cell) in f.closure.enumerated() {
                add(" cell '\(i < names.count ? names[i] : "?")'", cell.value)
            }
            var rest: [Value] = []
            f.references(into: &rest)
            let cells = Set(f.closure.map { $0.handle })
            for v in rest where !(v.handle.map(cells.contains) ?? false) { add("", v) }
            return out
        case let m as PyBoundMethod:
            add(".__self__", m.receiver)
            add(".__func__", m.function)
            return out
        case let s as PySet:
            var refs: [Value] = []
            s.references(into: &refs)
            for v in refs { add(" item", v) }
            return out
        default:
            if let c = o.cls, !o.slotValues.isEmpty {
                for (i, v) in o.slotValues.enumerated() {
                    add("." + (i < c.slotNames.count ? c.slotNames[i] : "slot"), v)
                }
                if let d = o.dict { addAttributes(d) }
                return out
            }
            if let d = o.dict, !(o is PyList) {
                addAttributes(d)
                var rest: [Value] = []
                o.references(into: &rest)
                for v in rest where v.handle != d.handle && !o.slotValues.contains(where: { $0 == v }) { add("", v) }
                return out
            }
        }
        if out.isEmpty || o is PyList {
            if let d = o.dict { addAttributes(d) }
            if o is PyList { return out }
            var refs: [Value] = []
            o.references(into: &refs)
            for v in refs { add("", v) }
        }
        return out
    }
}
