import PySyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The limits a run is held to. Hitting one ends the program with a clear error
/// (exit status 1); the host process carries on.
public struct Limits: Sendable, Equatable {
    /// Evaluation steps (roughly: statements and calls) before the run is stopped.
    public var steps: Int
    /// Python call depth; CPython's default recursion limit is 1000.
    public var recursionDepth: Int
    /// Python objects alive at once.
    public var liveObjects: Int
    /// Bytes written to stdout and stderr together.
    public var outputBytes: Int
    /// Approximate bytes of Python data (container slots, string bytes, object headers).
    public var memoryBytes: Int

    public init(steps: Int = 10_000_000, recursionDepth: Int = 1000, liveObjects: Int = 2_000_000,
                outputBytes: Int = 1_000_000, memoryBytes: Int = 256_000_000) {
        self.steps = steps
        self.recursionDepth = recursionDepth
        self.liveObjects = liveObjects
        self.outputBytes = outputBytes
        self.memoryBytes = memoryBytes
    }
}

/// An exception that ended a run.
public struct UncaughtException: Sendable, Equatable {
    /// `ZeroDivisionError`, `NameError`, ...
    public var typeName: String
    /// `str()` of the exception: `division by zero`.
    public var message: String
    public var line: Int?
}

/// What a run printed and how it ended.
public struct RunResult: Sendable, Equatable {
    public var stdout: String
    public var stderr: String
    /// The process exit status `python3` would give: 0, or 1 after an uncaught exception.
    public var status: Int32
    public var exception: UncaughtException?
    /// The lifetime trace, for a run made with `trace: true`.
    public var lifetime: LifetimeTrace? = nil
}

/// Runs Python source in the weakref core.
public struct Interpreter: Sendable {
    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Runs a whole program, `python3 filename` style, and returns what it printed.
    /// `filename` names the program in tracebacks; `sys.argv` is `scriptName` (default:
    /// `filename`) followed by `arguments`, as python3 keeps the path it was given there
    /// while its tracebacks show the absolute path.
    /// The run happens on its own thread with a large stack, so 1000 Python frames (and deep
    /// deallocation cascades) fit in the tree-walking evaluator.
    public func run(source: String, filename: String = "prog.py", arguments: [String] = [],
                    scriptName: String? = nil) -> RunResult {
        run(source: source, filename: filename, arguments: arguments, scriptName: scriptName, trace: false)
    }

    /// Runs a whole program; with `trace`, the result carries its `LifetimeTrace`: every
    /// life of an object of the program's classes, and why each one still alive when the
    /// main code ended is alive.
    public func run(source: String, filename: String = "prog.py", arguments: [String] = [],
                    scriptName: String? = nil, trace: Bool) -> RunResult {
        run(source: source, filename: filename, arguments: arguments, scriptName: scriptName, trace: trace,
            observe: nil)
    }

    /// `observe` sees the runtime once the program has run, before its teardown (tests check
    /// that the runtime and every object of its heap are freed afterwards).
    func run(source: String, filename: String, arguments: [String], scriptName: String? = nil, trace: Bool,
             observe: ((Runtime) -> Void)?) -> RunResult {
        let limits = self.limits
        let box = ResultBox()
        // The core counts references non-atomically (see Package.swift): it works on
        // private copies of what it is given, never on storage another thread may share.
        let source = isolatedCopy(of: source), filename = isolatedCopy(of: filename)
        let arguments = isolatedCopy(of: arguments), scriptName = isolatedCopy(of: scriptName)
        runOnLargeStack {
            let runtime = Runtime(limits: limits)
            if trace { runtime.lifetime = LifetimeTracer() }
            box.result = runtime.runProgram(source: source, filename: filename, arguments: arguments,
                                            scriptName: scriptName)
            observe?(runtime)
            runtime.tearDown()
        }
        return box.result ?? RunResult(stdout: "", stderr: "course: the interpreter thread could not start\n", status: 1, exception: nil)
    }
}

private final class ResultBox: @unchecked Sendable {
    var result: RunResult?
}

private final class ThreadBody: @unchecked Sendable {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
}

/// Runs `body` on a new thread with a 1 GiB stack (reserved, not committed) and waits for
/// it; when the system refuses that much, smaller stacks are tried.
func runOnLargeStack(_ body: @escaping () -> Void) {
    for size in [1 << 30, 1 << 28, 1 << 26] where runOnThread(stackSize: size, body) { return }
    body()
}

private func runOnThread(stackSize: Int, _ body: @escaping () -> Void) -> Bool {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    let context = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
    #if canImport(Glibc)
    var thread = pthread_t()
    #else
    var thread: pthread_t? = nil
    #endif
    let created = pthread_create(&thread, &attributes, { raw in
        #if canImport(Glibc)
        guard let raw else { return nil }
        #endif
        let box = Unmanaged<ThreadBody>.fromOpaque(raw).takeRetainedValue()
        box.body()
        return nil
    }, context)
    if created != 0 {
        Unmanaged<ThreadBody>.fromOpaque(context).release()
        return false
    }
    #if canImport(Glibc)
    pthread_join(thread, nil)
    #else
    if let thread { pthread_join(thread, nil) }
    #endif
    return true
}
