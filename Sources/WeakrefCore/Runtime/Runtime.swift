import PySyntax

/// The state of one run: the heap with its explicit counts, the built-in types, the
/// module's globals, the output buffers and the sandbox counters. Single-threaded.
final class Runtime {
    // MARK: heap
    /// Handle-indexed objects; slot 0 is never used. Freed slots hold `freed`.
    var objects: ObjectTable
    var freeHandles: [UInt32] = []
    var liveObjects = 0
    var allocations = 0
    var deallocDepth = 0
    var trash: [PyObject] = []
    /// Nesting of native recursion (comparisons, reprs, hashes of nested containers).
    var nativeDepth = 0
    let freed = PyFreed(cls: nil)

    // MARK: sandbox
    let limits: Limits
    var steps = 0
    var depth = 0
    var memoryBytes = 0
    /// `sys.get_int_max_str_digits()`: 0 means no limit.
    var intMaxStrDigits = Runtime.defaultIntMaxStrDigits
    /// A limit hit somewhere that could not throw (inside a deallocation); raised at the next step.
    var pendingStop: String?
    /// The pending stop is the live-object limit, which a collection of cyclic garbage
    /// may lift (see `stopForLimit`).
    var liveObjectLimitHit = false
    var collectingForLimit = false

    // MARK: output
    var stdout: [UInt8] = []
    var stderr: [UInt8] = []
    var outputBytes = 0

    // MARK: program
    var types: BuiltinTypes!
    var builtins: [String: Value] = [:]
    /// The program's module (`__main__`); built-in modules written in Python have their own.
    let main = ModuleGlobals(name: "__main__")
    var builtinFallback: [Value?] = []
    var modules: [String: Value] = [:]
    var filename = "prog.py"
    var sourceLines: [Substring] = []
    var arguments: [String] = []
    var frames = FrameStack()
    /// Finished frames kept for reuse (see `acquireFrame`).
    var framePool = FramePool()
    /// Constant tuples by their items (`constantTuple`).
    var constantTuples: [String: UInt32] = [:]
    /// For each constant object of the program (immortal here), the references CPython's
    /// code objects (`co_consts`) and syntax tree hold, which `sys.getrefcount` adds.
    var constantHolders: [UInt32: Int] = [:]
    /// Emptied argument arrays kept with their storage for calls into native functions
    /// (see `callNative`).
    var argumentArrays: [[Value]] = []
    /// Exceptions being handled (`except` blocks), innermost last: bare `raise` and context.
    var handling: [UInt32] = []
    var gcEnabled = true
    /// A collection is running: `gc.collect()` from a finalizer or callback does nothing.
    var collecting = false
    /// The globals of `weakref`'s Python half, once imported.
    var weakrefPrelude: ModuleGlobals?
    /// Interned names of the prelude's container fields (set when the prelude loads).
    var preludeFields: PreludeFieldNames?
    var notImplemented: Value = .none
    var ellipsis: Value = .none
    var interned: [String: Value] = [:]
    /// The inline caches of the program's attribute sites (see `AttributeSiteCache`).
    var attributeSites: [AttributeSiteCache] = []
    /// Bumped whenever a class namespace changes or a class is made.
    var classEpoch = 0
    /// Objects whose repr is being built (CPython: `Py_ReprEnter`).
    var reprActive: Set<UInt32> = []
    /// The builtins in definition order, for `Did you mean` suggestions.
    var builtinNamesInOrder: [String] = []
    /// The lifetime tracer of a traced run (`--trace`, `--why-alive`); `nil` otherwise.
    var lifetime: LifetimeTracer?

    init(limits: Limits) {
        self.limits = limits
        objects = ObjectTable(first: freed)
        types = BuiltinTypes(runtime: self)
        installBuiltins()
    }

    deinit {
        objects.release()
        frames.release()
        framePool.release()
    }

    // MARK: allocation

    /// Registers a new object with one reference, owned by the caller.
    @discardableResult
    func register<T: PyObject>(_ object: T) -> T {
        object.refcount = 1
        moveToEndOfCollectorList(object)
        if let h = freeHandles.popLast() {
            object.handle = h
            objects[Int(h)] = object
        } else {
            object.handle = UInt32(objects.count)
            objects.append(object)
        }
        liveObjects += 1
        memoryBytes += object.chargedBytes
        if liveObjects > limits.liveObjects && pendingStop == nil {
            pendingStop = "course: stopped: more than \(grouped(limits.liveObjects)) live objects"
            liveObjectLimitHit = true
        }
        if let c = object.cls, !c.isBuiltin { c.refcount += 1 }
        return object
    }

    /// An object that is never freed (types, builtins, code constants).
    @discardableResult
    func immortal<T: PyObject>(_ object: T) -> T {
        register(object)
        object.refcount = 1 << 40
        return object
    }

    @inline(__always) func object(_ h: UInt32) -> PyObject { objects[Int(h)] }

    /// Gives `o` the next serial: its place in the collector's list (allocation order)
    /// becomes last, as for an object just made, tracked, or moved to a later generation.
    @inline(__always) func moveToEndOfCollectorList(_ o: PyObject) {
        allocations &+= 1
        o.serial = allocations
    }

    // Wrapping arithmetic: a count cannot reach Int.max (every reference is a stored
    // value), and the overflow check would sit on the hottest path of all.
    @inline(__always) func incref(_ v: Value) {
        if case .object(let h) = v { objects[Int(h)].refcount &+= 1 }
    }

    @inline(__always) func decref(_ v: Value) {
        if case .object(let h) = v {
            let o = objects[Int(h)]
            o.refcount &-= 1
            if o.refcount == 0 { release(o) }
        }
    }

    /// CPython's trashcan (`Py_TRASHCAN_BEGIN`, unwind level 50): deaths nested deeper than
    /// 50 are queued and run once the outermost deallocation returns, so a long chain
    /// never exhausts the native stack, and dies in CPython's order.
    @inline(never)
    func release(_ o: PyObject) {
        if deallocDepth >= 50 {
            trash.append(o)
            return
        }
        deallocDepth += 1
        deallocate(o)
        deallocDepth -= 1
        if deallocDepth == 0 {
            while let next = trash.popLast() {
                deallocDepth += 1
                deallocate(next)
                deallocDepth -= 1
            }
        }
    }

    func decref(_ vs: [Value]) { for v in vs { decref(v) } }
    func decref(_ v: Value?) { if let v { decref(v) } }

    /// Death by count. CPython: `Objects/typeobject.c`, `subtype_dealloc`:
    /// 1. a `__del__` not yet run runs first, with the object held alive; it may resurrect it;
    /// 2. `PyObject_ClearWeakRefs`: every weak reference is cleared, then callbacks run;
    /// 3. slots and the instance dict are released (container items in CPython's order);
    /// 4. the reference to a heap type is dropped.
    @inline(never)
    func deallocate(_ o: PyObject) {
        if !o.finalized, let cls = o.cls, !cls.isBuiltin, let del = specialMethods(cls).finalizer {
            o.finalized = true
            o.refcount = 1
            runFinalizer(del, o)
            o.refcount -= 1
            if o.refcount > 0 { return }
        }
        if lifetime != nil { traceDeath(o) }
        if !o.weakrefs.isEmpty { clearWeakReferences(o) }
        if type(of: o) == PyWeakref.self, case let w = unsafeDowncast(o, to: PyWeakref.self), let target = w.referent {
            let t = object(target)
            t.weakrefs.remove(w.handle)
            w.referent = nil
        }
        // Charged as it is now, before its contents are dropped (what was added to it
        // since it was made was charged as it came).
        memoryBytes -= o.chargedBytes
        o.dropReferences { decref($0) }
        let cls = o.cls
        objects[Int(o.handle)] = freed
        freeHandles.append(o.handle)
        liveObjects -= 1
        if let cls, !cls.isBuiltin { decref(.object(cls.handle)) }
    }

    /// CPython: `Objects/weakrefobject.c`, `PyObject_ClearWeakRefs`: clear all, then run the
    /// callbacks in list order; an exception in one is reported and the rest still run.
    func clearWeakReferences(_ o: PyObject) {
        let list = o.weakrefs
        o.weakrefs = []
        // The first callback is kept aside, the rest in an array: one callback, the common
        // case (a weak dictionary's entry), allocates nothing.
        var first: (PyWeakref, Value)? = nil
        var more: [(PyWeakref, Value)] = []
        for h in list {
            guard let w = object(h) as? PyWeakref else { continue }
            w.referent = nil
            if case .none = w.callback { continue }
            if w.refcount > 0 {
                w.refcount += 1
                if first == nil { first = (w, w.callback) } else { more.append((w, w.callback)) }
                w.callback = .none
            }
        }
        guard let first else { return }
        runWeakrefCallback(first.0, first.1, tracedFor: o)
        for (w, callback) in more { runWeakrefCallback(w, callback, tracedFor: o) }
    }

    /// Calls `callback` (consumed) with the cleared reference `w` (whose extra hold is
    /// released afterwards); an exception is reported and swallowed, as CPython does.
    /// The lifetime trace records it against `dead` when given (the collector records its
    /// callbacks as it clears them).
    func runWeakrefCallback(_ w: PyWeakref, _ callback: Value, tracedFor dead: PyObject?) {
        let ref = Value.object(w.handle)
        incref(ref)
        if lifetime != nil, let dead { traceCallback(for: dead, callback: callback) }
        do {
            let r: Value
            if case .object(let ch) = callback, type(of: objects[Int(ch)]) == PyFunction.self,
               let plain = try callPlainIfPossible(unsafeDowncast(objects[Int(ch)], to: PyFunction.self), first: ref, []) {
                r = plain
            } else {
                r = try call(callback, [ref], [])
            }
            decref(r)
        } catch let u as Unwind {
            reportIgnored(u, context: callback)
        } catch {}
        decref(callback)
        decref(ref)
    }

    func runFinalizer(_ del: Value, _ o: PyObject) {
        let me = Value.object(o.handle)
        incref(me)
        if lifetime != nil { traceEvent(o, .delRan) }
        do {
            let r = try callMethodValue(del, receiver: me, [])
            decref(r)
        } catch let u as Unwind {
            reportIgnored(u, context: del)
        } catch {}
    }

    /// CPython's `PyErr_WriteUnraisable`: "Exception ignored in: ..." and the traceback.
    func reportIgnored(_ u: Unwind, context: Value) {
        switch u {
        case .stop(let message):
            if pendingStop == nil { pendingStop = message }
        case .exception(let e):
            let what = (try? reprString(context)) ?? "?"
            writeErr("Exception ignored in: \(what)\n")
            writeErr(formatTraceback(e))
            decref(.object(e))
        }
    }

    // MARK: sandbox

    @inline(__always) func step() throws {
        steps &+= 1
        if steps > limits.steps || pendingStop != nil { try stopForLimit() }
    }

    @inline(never) func stopForLimit() throws {
        if pendingStop != nil, liveObjectLimitHit, gcEnabled, !collectingForLimit, collectsEnoughGarbage() {
            pendingStop = nil
            liveObjectLimitHit = false
            if steps <= limits.steps { return }
        }
        if let p = pendingStop { throw Unwind.stop(p) }
        throw Unwind.stop("course: stopped after \(grouped(limits.steps)) steps")
    }

    /// CPython collects cycles automatically as objects are allocated; course does not
    /// (so no program's output depends on when), except here: before stopping a program
    /// for too many live objects, at a statement boundary, it collects once, and goes on
    /// when that freed at least a tenth of the limit. Only a program that would
    /// otherwise have been stopped can tell.
    private func collectsEnoughGarbage() -> Bool {
        collectingForLimit = true
        defer { collectingForLimit = false }
        _ = collectCycles()
        let stillPending = pendingStop.map { $0.hasPrefix("course: stopped: more than") } ?? true
        return stillPending && liveObjects <= limits.liveObjects - limits.liveObjects / 10
    }

    /// Refuses an allocation of `count` items before it is made (`[0] * 10**9`).
    /// `a * b` item counts, refused when the product cannot even be represented.
    func checkedProduct(_ a: Int, _ b: Int, itemBytes: Int = 8) throws -> Int {
        let (p, overflow) = a.multipliedReportingOverflow(by: max(b, 0))
        if overflow { try checkSize(Int.max, itemBytes: itemBytes) }
        try checkSize(p, itemBytes: itemBytes)
        return p
    }

    /// Guards native recursion through nested containers (CPython: `Py_EnterRecursiveCall`).
    func enterNative(_ what: String) throws {
        nativeDepth += 1
        if nativeDepth + depth > limits.recursionDepth + 50 {
            nativeDepth -= 1
            throw error("RecursionError", "maximum recursion depth exceeded\(what)")
        }
    }

    func checkSize(_ count: Int, itemBytes: Int = 8) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: itemBytes)
        if overflow || bytes > limits.memoryBytes || memoryBytes + bytes > limits.memoryBytes {
            throw Unwind.stop("course: stopped: the program needs more than \(grouped(limits.memoryBytes / 1_000_000)) MB of memory")
        }
    }

    func grouped(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return String(out.reversed())
    }

    // MARK: output

    func write(_ s: String) throws {
        let bytes = s.utf8.count
        outputBytes += bytes
        if outputBytes > limits.outputBytes {
            throw Unwind.stop("course: stopped: output exceeded \(grouped(limits.outputBytes)) bytes")
        }
        stdout.append(contentsOf: s.utf8)
    }

    func writeErr(_ s: String) {
        stderr.append(contentsOf: s.utf8)
    }
}
