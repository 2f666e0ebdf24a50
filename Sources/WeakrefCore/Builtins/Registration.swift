extension Runtime {
    /// Adds a builtin function to the builtins namespace.
    func defineBuiltin(_ name: String, _ body: @escaping NativeFunction) {
        let b = immortal(PyBuiltin(name: name, qualname: name, ownerName: nil, body: body, cls: types.builtinFunction))
        builtins[name] = .object(b.handle)
        builtinNamesInOrder.append(name)
    }

    func defineBuiltinValue(_ name: String, _ v: Value) {
        builtins[name] = v
        builtinNamesInOrder.append(name)
    }

    /// Adds a method to a built-in class; `args[0]` is the receiver.
    func defineMethod(_ cls: PyClass, _ name: String, _ body: @escaping NativeFunction) {
        let b = immortal(PyBuiltin(name: name, qualname: "\(cls.name).\(name)", ownerName: cls.name, body: body, cls: types.builtinFunction))
        let key = internedString(name)
        let slot = cls.namespace.find(hash: (stringValue(key) ?? "").hashValueForDict) { stringValue($0) == name }
        if let e = slot.entry { cls.namespace.entries[e]?.value = .object(b.handle) } else {
            cls.namespace.insertNew(key: key, value: .object(b.handle), hash: name.hashValueForDict, slot: slot.slot)
        }
    }

    /// Checks a builtin's positional argument count with CPython's wording.
    func expectArguments(_ name: String, _ args: [Value], _ kwargs: [(String, Value)] = [], exactly n: Int) throws {
        if let k = kwargs.first { throw error("TypeError", "\(name)() takes no keyword arguments" + (k.0.isEmpty ? "" : "")) }
        if args.count != n {
            switch n {
            case 0: throw error("TypeError", "\(name)() takes no arguments (\(args.count) given)")
            case 1: throw error("TypeError", "\(name)() takes exactly one argument (\(args.count) given)")
            default: throw error("TypeError", "\(name) expected \(n) arguments, got \(args.count)")
            }
        }
    }

    func expectArguments(_ name: String, _ args: [Value], min: Int, max: Int) throws {
        if args.count < min {
            throw error("TypeError", "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(args.count)")
        }
        if args.count > max {
            throw error("TypeError", "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(args.count)")
        }
    }

    func keyword(_ kwargs: [(String, Value)], _ name: String) -> Value? {
        kwargs.first { $0.0 == name }?.1
    }

    func rejectUnknownKeywords(_ fname: String, _ kwargs: [(String, Value)], allowed: [String]) throws {
        for (k, _) in kwargs where !allowed.contains(k) {
            throw error("TypeError", "'\(k)' is an invalid keyword argument for \(fname)()")
        }
    }

    /// The receiver of a built-in method, checked against its class.
    func receiver<T: PyObject>(_ args: [Value], _ type: T.Type, _ cls: PyClass, _ method: String) throws -> T {
        guard let first = args.first else {
            throw error("TypeError", "unbound method \(cls.name).\(method)() needs an argument")
        }
        guard case .object(let h) = first, let o = object(h) as? T else {
            throw error("TypeError", "descriptor '\(method)' for '\(cls.name)' objects doesn't apply to a '\(typeName(first))' object")
        }
        return o
    }

    func intArgument(_ v: Value, _ context: String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default:
            if isBig(v) { throw error("OverflowError", "Python int too large to convert to C ssize_t") }
            if let m = userDunder(v, "__index__") {
                incref(v)
                let r = try call(m, [v], [])
                if case .int(let i) = r { return i }
                decref(r)
            }
            throw error("TypeError", "'\(typeName(v))' object cannot be interpreted as an integer")
        }
    }
}

extension String {
    /// The hash our dicts use for a string key (matches `PyStr.hashValue`).
    var hashValueForDict: Int {
        let h = hashValue
        return h == -1 ? -2 : h
    }
}
