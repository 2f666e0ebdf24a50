import PySyntax

typealias PySyntaxBinary = BinaryOperator

extension Runtime {
    private func defineList(_ name: String, _ body: @escaping (Runtime, PyList, [Value], [(String, Value)]) throws -> Value) {
        defineMethod(types.list, name) { rt, args, kwargs in
            let l = try rt.receiver(args, PyList.self, rt.types.list, name)
            return try body(rt, l, Array(args.dropFirst()), kwargs)
        }
    }

    private func defineDict(_ name: String, _ body: @escaping (Runtime, PyDict, [Value], [(String, Value)]) throws -> Value) {
        defineMethod(types.dict, name) { rt, args, kwargs in
            let d = try rt.receiver(args, PyDict.self, rt.types.dict, name)
            return try body(rt, d, Array(args.dropFirst()), kwargs)
        }
    }

    private func defineSet(_ name: String, mutating: Bool = false, _ body: @escaping (Runtime, PySet, [Value]) throws -> Value) {
        for cls in mutating ? [types.set] : [types.set, types.frozenset] {
            defineMethod(cls, name) { rt, args, kwargs in
                let s = try rt.receiver(args, PySet.self, cls, name)
                return try body(rt, s, Array(args.dropFirst()))
            }
        }
    }

    private func one(_ name: String, _ args: [Value]) throws -> Value {
        guard args.count == 1 else { throw error("TypeError", "\(name)() takes exactly one argument (\(args.count) given)") }
        return args[0]
    }

    func installListMethods() {
        defineList("append") { rt, l, args, _ in
            let v = try rt.one("list.append", args)
            if l.items.count & 0xFFF == 0 { try rt.checkSize(l.items.count + 1) }
            rt.incref(v)
            l.items.append(v)
            rt.memoryBytes += 8
            return .none
        }
        defineList("extend") { rt, l, args, _ in
            let v = try rt.one("list.extend", args)
            let items = try rt.collect(v)
            do { try rt.checkSize(l.items.count + items.count) } catch { rt.decref(items); throw error }
            l.items += items
            rt.memoryBytes += 8 * items.count
            return .none
        }
        defineList("insert") { rt, l, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "insert expected 2 arguments, got \(args.count)") }
            var i = try rt.intArgument(args[0], "insert")
            if i < 0 { i = max(0, i + l.items.count) }
            i = min(i, l.items.count)
            rt.incref(args[1])
            l.items.insert(args[1], at: i)
            return .none
        }
        defineList("pop") { rt, l, args, _ in
            if l.items.isEmpty { throw rt.error("IndexError", "pop from empty list") }
            var i = args.isEmpty ? l.items.count - 1 : try rt.intArgument(args[0], "pop")
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw rt.error("IndexError", "pop index out of range") }
            return l.items.remove(at: i)
        }
        defineList("remove") { rt, l, args, _ in
            let v = try rt.one("list.remove", args)
            for (i, x) in l.items.enumerated() where try rt.equals(x, v) {
                let old = l.items.remove(at: i)
                rt.decref(old)
                return .none
            }
            throw rt.error("ValueError", "list.remove(x): x not in list")
        }
        defineList("index") { rt, l, args, _ in
            guard let v = args.first else { throw rt.error("TypeError", "index expected at least 1 argument, got 0") }
            var start = args.count > 1 ? try rt.intArgument(args[1], "index") : 0
            if start < 0 { start = max(0, start + l.items.count) }
            var i = start
            while i < l.items.count {
                if try rt.equals(l.items[i], v) { return .int(i) }
                i += 1
            }
            throw rt.error("ValueError", "\(try rt.reprString(v)) is not in list")
        }
        defineList("count") { rt, l, args, _ in
            let v = try rt.one("list.count", args)
            var n = 0
            for x in l.items where try rt.equals(x, v) { n += 1 }
            return .int(n)
        }
        defineList("sort") { rt, l, args, kwargs in
            if !args.isEmpty { throw rt.error("TypeError", "sort() takes no positional arguments") }
            try rt.rejectUnknownKeywords("sort", kwargs, allowed: ["key", "reverse"])
            try rt.sortList(l, key: rt.keyword(kwargs, "key") ?? .none, reverse: rt.keyword(kwargs, "reverse") ?? .bool(false))
            return .none
        }
        defineList("reverse") { _, l, _, _ in l.items.reverse(); return .none }
        defineList("clear") { rt, l, _, _ in
            let old = l.items
            l.items = []
            rt.decref(Array(old.reversed()))
            return .none
        }
        defineList("copy") { rt, l, _, _ in
            l.items.forEach(rt.incref)
            return rt.newList(l.items)
        }
        defineList("__init__") { rt, l, args, _ in
            let old = l.items
            l.items = []
            rt.decref(old)
            if let v = args.first { l.items = try rt.collect(v) }
            return .none
        }
        defineList("__len__") { _, l, _, _ in .int(l.items.count) }
        defineList("__getitem__") { rt, l, args, _ in try rt.getItemBuiltin(.object(l.handle), try rt.one("__getitem__", args)) }
        defineList("__setitem__") { rt, l, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "expected 2 arguments") }
            try rt.setItemBuiltin(.object(l.handle), args[0], args[1])
            return .none
        }
        defineList("__contains__") { rt, l, args, _ in
            let v = try rt.one("__contains__", args)
            for x in l.items where try x.isIdentical(to: v) || rt.equals(x, v) { return .bool(true) }
            return .bool(false)
        }
        defineList("__iter__") { rt, l, _, _ in
            rt.incref(.object(l.handle))
            return .object(rt.register(PyIterator(.sequence(.object(l.handle), index: 0), cls: rt.types.listIterator)).handle)
        }
    }

    /// Indexing of the built-in part of an instance (what `super().__getitem__` reaches).
    func getItemBuiltin(_ v: Value, _ index: Value) throws -> Value {
        guard case .object(let h) = v else { return try getItem(v, index) }
        let o = object(h)
        let saved = o.cls
        o.cls = saved?.builtinBase
        defer { o.cls = saved }
        return try getItem(v, index)
    }

    func setItemBuiltin(_ v: Value, _ index: Value, _ value: Value) throws {
        guard case .object(let h) = v else { return try setItem(v, index, value) }
        let o = object(h)
        let saved = o.cls
        o.cls = saved?.builtinBase
        defer { o.cls = saved }
        try setItem(v, index, value)
    }

    func installDictMethods() {
        defineDict("get") { rt, d, args, _ in
            guard args.count >= 1 && args.count <= 2 else { throw rt.error("TypeError", "get expected at most 2 arguments, got \(args.count)") }
            if let v = try rt.dictGet(d, args[0]) { rt.incref(v); return v }
            let dflt = args.count > 1 ? args[1] : .none
            rt.incref(dflt)
            return dflt
        }
        for (name, mode) in [("keys", 0), ("values", 1), ("items", 2)] {
            defineDict(name) { rt, d, _, _ in
                rt.incref(.object(d.handle))
                let cls = [rt.types.dictKeys, rt.types.dictValues, rt.types.dictItems][mode]
                return .object(rt.register(PyDictView(dict: .object(d.handle), mode: mode, cls: cls)).handle)
            }
        }
        defineDict("pop") { rt, d, args, _ in
            guard args.count >= 1 && args.count <= 2 else { throw rt.error("TypeError", "pop expected at most 2 arguments, got \(args.count)") }
            if let v = try rt.dictPop(d, args[0]) { return v }
            if args.count > 1 { rt.incref(args[1]); return args[1] }
            rt.incref(args[0])
            throw try rt.makeExceptionValue("KeyError", args: [args[0]])
        }
        defineDict("popitem") { rt, d, _, _ in
            guard let last = d.entries.lastIndex(where: { $0 != nil }), let e = d.remove(entryIndex: last) else {
                throw rt.error("KeyError", "popitem(): dictionary is empty")
            }
            return .object(rt.newTuple([e.key, e.value]).handle)
        }
        defineDict("setdefault") { rt, d, args, _ in
            guard args.count >= 1 && args.count <= 2 else { throw rt.error("TypeError", "setdefault expected at most 2 arguments, got \(args.count)") }
            if let v = try rt.dictGet(d, args[0]) { rt.incref(v); return v }
            let dflt = args.count > 1 ? args[1] : .none
            rt.incref(args[0]); rt.incref(dflt)
            try rt.dictSet(d, consumingKey: args[0], consumingValue: dflt)
            rt.incref(dflt)
            return dflt
        }
        defineDict("update") { rt, d, args, kwargs in
            if let v = args.first { try rt.dictUpdate(d, from: v) }
            for (k, v) in kwargs { rt.incref(v); try rt.dictSetString(d, k, v) }
            return .none
        }
        defineDict("clear") { rt, d, _, _ in
            // Only the entries: a dict subclass instance keeps its own attributes.
            for case let e? in d.takeEntries() {
                rt.decref(e.key)
                rt.decref(e.value)
            }
            return .none
        }
        defineDict("copy") { rt, d, _, _ in
            let c = rt.register(PyDict(cls: rt.types.dict))
            try rt.dictUpdate(c, from: .object(d.handle))
            return .object(c.handle)
        }
        defineDict("__init__") { rt, d, args, kwargs in
            if let v = args.first { try rt.dictUpdate(d, from: v) }
            for (k, v) in kwargs { rt.incref(v); try rt.dictSetString(d, k, v) }
            return .none
        }
        defineDict("__getitem__") { rt, d, args, _ in try rt.getItemBuiltin(.object(d.handle), try rt.one("__getitem__", args)) }
        defineDict("__setitem__") { rt, d, args, _ in
            guard args.count == 2 else { throw rt.error("TypeError", "expected 2 arguments") }
            try rt.setItemBuiltin(.object(d.handle), args[0], args[1])
            return .none
        }
        defineDict("__contains__") { rt, d, args, _ in .bool(try rt.dictGet(d, try rt.one("__contains__", args)) != nil) }
        defineDict("__len__") { _, d, _, _ in .int(d.used) }
        defineMethod(types.dict, "fromkeys") { rt, args, _ in
            let keysSource = args.count > 1 ? args[1] : (args.first ?? .none)
            let value = args.count > 2 ? args[2] : .none
            let d = rt.register(PyDict(cls: rt.types.dict))
            for k in try rt.collect(keysSource) { rt.incref(value); try rt.dictSet(d, consumingKey: k, consumingValue: value) }
            return .object(d.handle)
        }
        if let fromkeys = dictGetString(types.dict.namespace, "fromkeys") {
            let wrapper = immortal(PyMethodWrapper(kind: .classMethod, function: fromkeys, cls: types.classMethod))
            try? dictSetString(types.dict.namespace, "fromkeys", .object(wrapper.handle))
        }
    }

    func installSetMethods() {
        defineSet("add", mutating: true) { rt, s, args in
            let v = try rt.one("set.add", args)
            rt.incref(v)
            try rt.setAdd(s, consuming: v)
            return .none
        }
        defineSet("discard", mutating: true) { rt, s, args in
            _ = try rt.setDiscard(s, try rt.one("set.discard", args))
            return .none
        }
        defineSet("remove", mutating: true) { rt, s, args in
            let v = try rt.one("set.remove", args)
            if try !rt.setDiscard(s, v) { rt.incref(v); throw try rt.makeExceptionValue("KeyError", args: [v]) }
            return .none
        }
        defineSet("pop", mutating: true) { rt, s, _ in
            guard s.used > 0 else { throw rt.error("KeyError", "pop from an empty set") }
            var j = s.finger
            while true {
                if j >= s.table.count { j = 0 }
                if case .some(.some) = s.table[j] { break }
                j += 1
            }
            s.finger = j + 1
            guard let key = s.remove(at: j) else { return .none }
            return key
        }
        defineSet("clear", mutating: true) { rt, s, _ in
            rt.setClear(s)
            return .none
        }
        defineSet("copy") { rt, s, _ in
            try rt.setFromIterable(.object(s.handle), frozen: s.frozen)
        }
        defineSet("update", mutating: true) { rt, s, args in
            // Item by item, as CPython's set_update_internal walks its argument.
            for a in args {
                let it = try rt.getIterator(a)
                defer { rt.decref(it) }
                while let k = try rt.next(it) { try rt.setAdd(s, consuming: k) }
            }
            return .none
        }
        defineSet("difference_update", mutating: true) { rt, s, args in
            for a in args { try rt.setDifferenceUpdate(s, a) }
            return .none
        }
        defineSet("symmetric_difference_update", mutating: true) { rt, s, args in
            try rt.setSymmetricDifferenceUpdate(s, try rt.one("symmetric_difference_update", args))
            return .none
        }
        for (name, op) in [("union", BinaryOperatorName.or), ("intersection", .and), ("difference", .sub), ("symmetric_difference", .xor)] {
            defineSet(name) { rt, s, args in
                var result = Value.object(s.handle)
                rt.incref(result)
                for a in args {
                    let other = try rt.setFromIterable(a)
                    defer { rt.decref(other) }
                    guard let rs = rt.object(result.handle ?? 0) as? PySet, let os = rt.object(other.handle ?? 0) as? PySet else { break }
                    let next = try rt.setOperation(op.binary, rs, os)
                    rt.decref(result)
                    result = next
                }
                if args.isEmpty {
                    rt.decref(result)
                    return try rt.setFromIterable(.object(s.handle), frozen: s.frozen)
                }
                return result
            }
            if name == "intersection" {
                defineSet(name + "_update", mutating: true) { rt, s, args in
                    for a in args {
                        let other = try rt.setFromIterable(a)
                        defer { rt.decref(other) }
                        guard let os = rt.object(other.handle ?? 0) as? PySet else { continue }
                        let r = try rt.setOperation(op.binary, s, os)
                        defer { rt.decref(r) }
                        let old = s.takeReferences()
                        if let rs = rt.object(r.handle ?? 0) as? PySet { for k in rs.keys { rt.incref(k); try rt.setAdd(s, consuming: k) } }
                        rt.decref(old)
                    }
                    return .none
                }
            }
        }
        defineSet("issubset") { rt, s, args in
            let other = try rt.setFromIterable(try rt.one("issubset", args))
            defer { rt.decref(other) }
            return .bool(try rt.compare(.lessOrEqual, .object(s.handle), other) == .bool(true))
        }
        defineSet("issuperset") { rt, s, args in
            let other = try rt.setFromIterable(try rt.one("issuperset", args))
            defer { rt.decref(other) }
            return .bool(try rt.compare(.greaterOrEqual, .object(s.handle), other) == .bool(true))
        }
        defineSet("isdisjoint") { rt, s, args in
            for k in try rt.collect(try rt.one("isdisjoint", args)) {
                defer { rt.decref(k) }
                if try rt.setContains(s, k) { return .bool(false) }
            }
            return .bool(true)
        }
        defineSet("__init__", mutating: true) { rt, s, args in
            if let v = args.first { for k in try rt.collect(v) { try rt.setAdd(s, consuming: k) } }
            return .none
        }
        defineSet("__contains__") { rt, s, args in .bool(try rt.setContains(s, try rt.one("__contains__", args))) }
        defineSet("__len__") { _, s, _ in .int(s.used) }
    }
}

enum BinaryOperatorName {
    case or, and, sub, xor
    var binary: PySyntaxBinary { switch self { case .or: .bitOr; case .and: .bitAnd; case .sub: .subtract; case .xor: .bitXor } }
}
