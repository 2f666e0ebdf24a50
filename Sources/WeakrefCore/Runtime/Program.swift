import PySyntax

extension Runtime {
    /// Parses, compiles and runs a whole program, then releases the module's globals.
    func runProgram(source: String, filename: String, arguments: [String], scriptName: String? = nil) -> RunResult {
        self.filename = filename
        self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
        setArguments([scriptName ?? filename] + arguments)
        let module: Module
        do {
            module = try Parser.parse(source, filename: filename)
        } catch {
            return finish(status: 1, exception: syntaxFailure(error))
        }
        let code: CodeObject
        var writtenConstants: Set<UInt32> = []
        do {
            code = try Compiler.compile(module, into: main) { [unowned self] c in self.constantValue(c) } attributeName: { [unowned self] n in self.attributeName(n) }
                constantTuple: { [unowned self] items in self.constantTuple(items) }
                constantsHeld: { [unowned self] held, written in
                    for h in held { self.constantHolders[h, default: 0] += 1 }
                    writtenConstants.formUnion(written)
                }
            // The program's syntax tree, which CPython keeps while the program runs, holds
            // each constant it wrote once more (folded ones too).
            for h in writtenConstants { constantHolders[h, default: 0] += 1 }
        } catch let u as UnsupportedConstruct {
            let message = "'\(u.feature)' is not supported by course (line \(u.line))"
            writeErr("NotImplementedError: \(message)\n")
            return finish(status: 1, exception: UncaughtException(typeName: "NotImplementedError", message: message, line: u.line))
        } catch {
            writeErr("NotImplementedError: \(error)\n")
            return finish(status: 1, exception: nil)
        }
        main.values.reset(count: main.names.names.count)
        storeGlobal(main.names.slot("__name__"), newString("__main__"), in: main)
        storeGlobal(main.names.slot("__doc__"), .none, in: main)
        let frame = Frame(code: code, function: nil)
        var status: Int32 = 0
        var uncaught: UncaughtException? = nil
        do {
            decref(try runFrame(frame, closure: []))
            if lifetime != nil { explainAlive(traceback: nil) }
        } catch Unwind.exception(let e) {
            if lifetime != nil { explainAlive(traceback: e) }
            if classOf(.object(e)).isSubclass(of: types.exception("SystemExit")) {
                status = systemExitStatus(e)
                decref(.object(e))
            } else {
                let exc = object(e) as? PyException
                writeErr(formatTraceback(e))
                uncaught = UncaughtException(typeName: exc?.cls.map(exceptionTypeLabel) ?? "BaseException",
                                             message: exc.flatMap { try? exceptionMessage($0) } ?? "",
                                             line: exc?.traceback.last?.line)
                status = 1
                // Objects held by the traceback die first, as at CPython's exit.
                lifetime?.contexts.append(.traceback)
                decref(.object(e))
                lifetime?.contexts.removeLast()
            }
        } catch Unwind.stop(let message) {
            writeErr(message + "\n")
            return finish(status: 1, exception: UncaughtException(typeName: "SandboxLimit", message: message, line: frames.last?.line))
        } catch {
            return finish(status: 1, exception: nil)
        }
        shutdown()
        if let stop = pendingStop {
            writeErr(stop + "\n")
            return finish(status: 1, exception: UncaughtException(typeName: "SandboxLimit", message: stop, line: nil))
        }
        return finish(status: status, exception: uncaught)
    }

    private func systemExitStatus(_ e: UInt32) -> Int32 {
        guard let exc = object(e) as? PyException, let t = object(exc.args.handle ?? 0) as? PyTuple, let first = t.items.first else { return 0 }
        switch first {
        case .none: return 0
        case .int(let i): return Int32(truncatingIfNeeded: i)
        default:
            writeErr(((try? strString(first)) ?? "") + "\n")
            return 1
        }
    }

    /// Interpreter exit (part 1): the module's globals are released in insertion order, which
    /// runs the `__del__` of objects they alone keep alive. Part 2 makes the order exact.
    func shutdown() {
        lifetime?.contexts.append(.shutdown)
        defer { lifetime?.contexts.removeLast() }
        runAtExitFinalizers()
        if mainDefinesFunction() {
            shutdownCollection()
            return
        }
        for i in main.order {
            guard i < main.values.count, let v = main.values[i] else { continue }
            if case .object(let h) = v, object(h) is PyModule { continue }
            main.values[i] = nil
            decref(v)
            if pendingStop != nil { return }
        }
        main.order = []
    }

    /// Whether a function of `__main__` is alive (its globals are then in a cycle).
    /// Compares exact classes (`PyFunction` is final) rather than casting every object.
    private func mainDefinesFunction() -> Bool {
        let functionKind = ObjectIdentifier(PyFunction.self)
        return objects.withUnsafeBufferPointer { table in
            table.contains { o in
                ObjectIdentifier(type(of: o)) == functionKind && unsafeDowncast(o, to: PyFunction.self).code.module === main
            }
        }
    }

    private func syntaxFailure(_ error: Error) -> UncaughtException? {
        guard let e = error as? SyntaxError else {
            writeErr("SyntaxError: \(error)\n")
            return UncaughtException(typeName: "SyntaxError", message: "\(error)", line: nil)
        }
        if case .unsupported = e.kind {
            writeErr(e.description + "\n")
            return UncaughtException(typeName: "NotImplementedError", message: String(e.description.dropFirst("NotImplementedError: ".count)), line: e.location.line)
        }
        writeErr("  File \"\(e.filename)\", line \(e.location.line)\n")
        if let text = e.lineText {
            let stripped = text.drop { $0 == " " || $0 == "\t" }
            let removed = text.count - stripped.count
            writeErr("    \(stripped)\n")
            let caret = max(0, e.location.column - removed)
            let width = max(1, (e.endColumn ?? (e.location.column + 1)) - e.location.column)
            writeErr("    " + String(repeating: " ", count: caret) + String(repeating: "^", count: width) + "\n")
        }
        writeErr(e.description + "\n")
        return UncaughtException(typeName: e.typeName, message: e.message, line: e.location.line)
    }

    private func finish(status: Int32, exception: UncaughtException?) -> RunResult {
        RunResult(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                  status: status, exception: exception, lifetime: lifetime?.trace())
    }

    /// The immortal tuple of constant `items`, one per distinct list of items (by type
    /// and value), so equal constant tuples of a program are one object.
    func constantTuple(_ items: [Value]) -> Value {
        let key = items.map { v -> String in
            switch v {
            case .none: return "n"
            case .bool(let b): return b ? "t" : "f"
            case .int(let i): return "i\(i)"
            case .float(let d): return "d\(d.bitPattern)"
            case .object(let h): return "o\(h)"
            }
        }.joined(separator: ",")
        if let h = constantTuples[key] { return .object(h) }
        items.forEach(incref)
        let t = immortal(PyTuple(items, cls: types.tuple))
        constantTuples[key] = t.handle
        return .object(t.handle)
    }

    func constantValue(_ c: Constant) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return internedString(s)
        case .ellipsis: return ellipsis
        case .bigInt(let digits):
            guard let b = BigInt(decimal: Substring(digits), negative: false) else { return .none }
            return .object(immortal(PyBigInt(b, cls: types.int)).handle)
        case .bytes(let b): return .object(immortal(PyBytes(b, cls: types.bytes)).handle)
        case .imaginary: return .none
        }
    }
}
