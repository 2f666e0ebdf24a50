import PySyntax

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

    public init(steps: Int = 10_000_000, recursionDepth: Int = 1000, liveObjects: Int = 2_000_000,
                outputBytes: Int = 1_000_000) {
        self.steps = steps
        self.recursionDepth = recursionDepth
        self.liveObjects = liveObjects
        self.outputBytes = outputBytes
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
}

/// Runs Python source in the weakref core.
public struct Interpreter: Sendable {
    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Runs a whole program, `python3 filename` style, and returns what it printed.
    public func run(source: String, filename: String = "prog.py", arguments: [String] = []) -> RunResult {
        // Filled in by the core work.
        RunResult(stdout: "", stderr: "NotImplementedError: the weakref core is not built yet\n", status: 1,
                  exception: UncaughtException(typeName: "NotImplementedError", message: "the weakref core is not built yet", line: nil))
    }
}
