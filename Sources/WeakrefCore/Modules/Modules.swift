extension Runtime {
    func makeModule(_ name: String) -> PyModule {
        let m = immortal(PyModule(name: name, cls: types.module))
        m.dict = immortal(PyDict(cls: types.dict))
        modules[name] = .object(m.handle)
        return m
    }

    func moduleFunction(_ m: PyModule, _ name: String, _ body: @escaping NativeFunction) {
        let b = immortal(PyBuiltin(name: name, qualname: name, ownerName: nil, body: body, cls: types.builtinFunction))
        if let d = m.dict { try? dictSetString(d, name, .object(b.handle)) }
    }

    func moduleValue(_ m: PyModule, _ name: String, _ v: Value) {
        if let d = m.dict { try? dictSetString(d, name, v) }
    }

    func installModules() {
        installWeakrefModule()
        installGCModule()
        installSysModule()
    }

    private func installGCModule() {
        let gc = makeModule("gc")
        moduleFunction(gc, "collect") { rt, _, _ in .int(rt.collectCycles()) }
        moduleFunction(gc, "set_debug") { _, _, _ in .none }
        moduleFunction(gc, "enable") { rt, _, _ in rt.gcEnabled = true; return .none }
        moduleFunction(gc, "disable") { rt, _, _ in rt.gcEnabled = false; return .none }
        moduleFunction(gc, "isenabled") { rt, _, _ in .bool(rt.gcEnabled) }
        moduleFunction(gc, "is_tracked") { rt, args, _ in
            guard case .object(let h)? = args.first else { return .bool(false) }
            let o = rt.object(h)
            return .bool(!(o is PyStr) && !(o is PyRange))
        }
    }


    private func installSysModule() {
        let sys = makeModule("sys")
        moduleFunction(sys, "getrefcount") { rt, args, kwargs in
            try rt.expectArguments("getrefcount", args, kwargs, exactly: 1)
            switch args[0] {
            case .object(let h):
                let o = rt.object(h)
                guard o.refcount >= 1 << 39 else { return .int(o.refcount) }
                // A constant of the program: what its code and syntax tree hold, plus the
                // references taken since. (Strings of one character and the empty string
                // are immortal in CPython too.)
                if let held = rt.constantHolders[h], (o as? PyStr).map({ $0.count > 1 }) ?? true {
                    return .int(o.refcount - (1 << 40) + held)
                }
                return .int(4_294_967_295)
            default: return .int(4_294_967_295)
            }
        }
        moduleFunction(sys, "getrecursionlimit") { rt, _, _ in .int(rt.limits.recursionDepth) }
        moduleFunction(sys, "setrecursionlimit") { rt, _, _ in .none }
        moduleFunction(sys, "exit") { rt, args, _ in
            args.forEach(rt.incref)
            throw try rt.makeExceptionValue("SystemExit", args: args)
        }
        moduleFunction(sys, "getsizeof") { rt, args, _ in
            guard case .object(let h)? = args.first else { return .int(28) }
            return .int(rt.object(h).chargedBytes)
        }
        moduleValue(sys, "maxsize", .int(Int.max))
        installIntDigitLimit(sys)
        let stderr = immortal(PyModule(name: "sys.stderr", cls: types.module))
        stderr.dict = immortal(PyDict(cls: types.dict))
        moduleValue(sys, "stderr", .object(stderr.handle))
        let stdout = immortal(PyModule(name: "sys.stdout", cls: types.module))
        stdout.dict = immortal(PyDict(cls: types.dict))
        moduleValue(sys, "stdout", .object(stdout.handle))
        moduleFunction(stdout, "write") { rt, args, _ in
            let s = args.first.flatMap { rt.stringValue($0) } ?? ""
            try rt.write(s)
            return .int(s.unicodeScalars.count)
        }
        moduleFunction(stderr, "write") { rt, args, _ in
            let s = args.first.flatMap { rt.stringValue($0) } ?? ""
            rt.writeErr(s)
            return .int(s.unicodeScalars.count)
        }
        moduleFunction(stdout, "flush") { _, _, _ in .none }
        moduleFunction(stderr, "flush") { _, _, _ in .none }
        let version = newTuple([.int(3), .int(11), .int(7), newString("final"), .int(0)])
        moduleValue(sys, "version_info", .object(version.handle))
        moduleValue(sys, "version", newString("3.11.7 (course weakref core)"))
        moduleValue(sys, "platform", newString("linux"))
    }

    /// Fills `sys.argv` for a run: the script's name as given, then its arguments.
    func setArguments(_ argv: [String]) {
        guard case .object(let h)? = modules["sys"], let m = object(h) as? PyModule, let d = m.dict else { return }
        let list = newList(argv.map { newString($0) })
        try? dictSetString(d, "argv", list)
    }
}
