/// Records the lives of the program's objects while a traced run executes. The runtime
/// holds it as an optional (`Runtime.lifetime`), so an untraced run pays one nil check per
/// hook; every recording method is `@inline(never)` to keep the hot paths small.
final class LifetimeTracer {
    /// What is being released right now, innermost last; decides a death's cause.
    enum Context { case frame(String), collection, shutdown, traceback }

    var records: [TracedObject] = []
    /// Live traced objects: heap handle -> index in `records`.
    var byHandle: [UInt32: Int] = [:]
    /// Objects that died but whose handle is not yet reused: their weakref callbacks run
    /// after the death is recorded.
    var dying: [UInt32: Int] = [:]
    var counters: [String: Int] = [:]
    var contexts: [Context] = []
    var alive: [AliveExplanation] = []
    var mainCodeCompleted = false

    func trace() -> LifetimeTrace { LifetimeTrace(objects: records, alive: alive, mainCodeCompleted: mainCodeCompleted) }
}

extension Runtime {
    /// Whether `o` is an instance of a class the program defined.
    func isUserObject(_ o: PyObject) -> Bool {
        guard let c = o.cls, !c.isBuiltin, !(o is PyClass) else { return false }
        return c.module == "__main__"
    }

    /// The line of the innermost frame running the program's own code (not weakref's Python half).
    func userLine() -> Int? {
        for f in frames.reversed() where f.code.module === main { return f.line }
        return nil
    }

    @inline(never)
    func traceCreated(_ o: PyObject) {
        guard let t = lifetime, isUserObject(o), let c = o.cls else { return }
        let n = (t.counters[c.name] ?? 0) + 1
        t.counters[c.name] = n
        t.byHandle[o.handle] = t.records.count
        t.dying[o.handle] = nil
        t.records.append(TracedObject(label: "\(c.name)#\(n)", className: c.qualname,
                                      events: [LifetimeEvent(kind: .created, line: userLine())]))
    }

    @inline(never)
    func traceEvent(_ o: PyObject, _ kind: LifetimeEvent.Kind) {
        guard let t = lifetime, let i = t.byHandle[o.handle] ?? t.dying[o.handle] else { return }
        t.records[i].events.append(LifetimeEvent(kind: kind, line: shutdownUnderway(t) ? nil : userLine()))
    }

    @inline(never)
    func traceWeakref(to target: PyObject, callback: Value) {
        traceEvent(target, isFinalizer(callback) ? .finalizerAttached : .weakReferenceAttached)
    }

    @inline(never)
    func traceCallback(for target: PyObject, callback: Value) {
        traceEvent(target, isFinalizer(callback) ? .finalizerRan : .callbackRan)
    }

    @inline(never)
    func traceDeath(_ o: PyObject) {
        guard let t = lifetime, let i = t.byHandle[o.handle] else { return }
        let line = userLine()
        t.records[i].events.append(LifetimeEvent(kind: .died(deathCause(t, line: line)), line: shutdownUnderway(t) ? nil : line))
        t.byHandle[o.handle] = nil
        t.dying[o.handle] = i
    }

    /// At exit, `finalize` calls the live finalizers marked `atexit` directly (not through
    /// their weak reference): recorded for their referents before they run.
    @inline(never)
    func traceAtExitFinalizers() {
        guard let m = weakrefPrelude, let i = m.names.lookup("finalize"), i < m.values.count,
              case .object(let ch)? = m.values[i], let cls = object(ch) as? PyClass else { return }
        guard let registry = cls.namespace.liveEntries.first(where: { stringValue($0.key) == "_registry" }),
              case .object(let rh) = registry.value, let dict = object(rh) as? PyDict else { return }
        for entry in dict.liveEntries {
            guard case .object(let ih) = entry.value else { continue }
            let info = object(ih)
            guard info.slotValues.count > 4, case .bool(true)? = info.slotValues[4],
                  case .object(let wh)? = info.slotValues[0], let w = object(wh) as? PyWeakref,
                  let target = w.referent else { continue }
            traceEvent(object(target), .finalizerRan)
        }
    }

    private func shutdownUnderway(_ t: LifetimeTracer) -> Bool {
        t.contexts.contains { if case .shutdown = $0 { return true }; return false }
    }

    private func isFinalizer(_ callback: Value) -> Bool {
        guard case .object(let h) = callback, let c = object(h).cls else { return false }
        return c.name == "finalize" && c.module == "weakref"
    }

    private func deathCause(_ t: LifetimeTracer, line: Int?) -> DeathCause {
        if shutdownUnderway(t) { return .shutdown }
        switch t.contexts.last {
        case .collection?: return .collected
        case .traceback?: return .tracebackReleased
        case .frame(let name)?: return .functionEnded(name)
        case .shutdown?: return .shutdown
        case nil: break
        }
        guard let line, line >= 1, line <= sourceLines.count else { return .released("") }
        return Self.classify(statement: String(sourceLines[line - 1]))
    }

    /// Reads the cause from the text of the statement that released the last reference.
    static func classify(statement raw: String) -> DeathCause {
        let s = raw.trimmingCharacters(in: " \t")
        if s.hasPrefix("del ") {
            let target = String(s.dropFirst(4)).trimmingCharacters(in: " \t")
            if target.contains("[") || target.contains(".") { return .itemRemoved }
            return .deleted(target)
        }
        if s.contains(".clear()") { return .containerCleared }
        for m in [".pop(", ".popitem(", ".remove(", ".discard("] where s.contains(m) { return .itemRemoved }
        if let target = assignmentTarget(s) { return .rebound(target) }
        return .released(s)
    }

    /// `x = ...` / `self.x = ...` / `a[i] = ...`: the target text, when the statement is a
    /// plain assignment.
    private static func assignmentTarget(_ s: String) -> String? {
        var depth = 0
        var previous: Character = " "
        let chars = Array(s)
        for (i, c) in chars.enumerated() {
            switch c {
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            case "'", "\"": return nil
            case "=" where depth == 0:
                let next: Character = i + 1 < chars.count ? chars[i + 1] : " "
                if next == "=" || "=!<>+-*/%&|^".contains(previous) { return nil }
                return String(chars[..<i]).trimmingCharacters(in: " \t")
            default: break
            }
            previous = c
        }
        return nil
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
