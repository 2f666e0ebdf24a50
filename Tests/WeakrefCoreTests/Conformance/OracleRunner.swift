import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program under `python3`, the oracle, with a time bound; at most four at once.
enum OracleRunner {
    private static let gate = AsyncGate(limit: 4)

    /// Runs `python3 <basename>` in the program's folder; `sandbox`, when given, is put on
    /// `PYTHONPATH` (the folder whose `sitecustomize.py` applies the import rule).
    static func run(_ program: URL, sandbox: URL? = nil, timeout: Duration = .seconds(10)) async throws -> ProgramOutcome {
        try await gate.run { try await PythonProcess.run(program, sandbox: sandbox, timeout: timeout) }
    }
}

/// Why the oracle could not give an outcome.
struct OracleError: Error, CustomStringConvertible {
    var program: String
    var reason: String
    var description: String { "python3 \(program): \(reason)" }
}

/// One python3 process whose output goes to temporary files (no pipe can fill up).
enum PythonProcess {
    static func run(_ program: URL, sandbox: URL?, timeout: Duration) async throws -> ProgramOutcome {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("conformance-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
        defer { try? outHandle.close(); try? errHandle.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", program.lastPathComponent]
        process.currentDirectoryURL = program.deletingLastPathComponent()
        var environment = ProcessInfo.processInfo.environment
        environment["PYTHONHASHSEED"] = "0"
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environment["PYTHONIOENCODING"] = "utf-8"
        environment["PYTHONPATH"] = sandbox?.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = outHandle
        process.standardError = errHandle

        let handle = ProcessHandle(process)
        let status: Int32 = await withCheckedContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do { try process.run() } catch {
                process.terminationHandler = nil
                continuation.resume(returning: -1)
                return
            }
            let nanoseconds = UInt64(timeout.components.seconds) * 1_000_000_000
            DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) {
                handle.killIfRunning()
            }
        }
        if handle.wasKilled { throw OracleError(program: program.path, reason: "timed out after \(timeout)") }
        if status == -1 { throw OracleError(program: program.path, reason: "could not start python3") }
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        return ProgramOutcome(stdout: stdout, stderr: stderr, status: status)
    }
}

/// Lets the timeout closure reach the process; the lock keeps the two flags consistent.
private final class ProcessHandle: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var killed = false

    init(_ process: Process) { self.process = process }

    var wasKilled: Bool { lock.withLock { killed } }

    func killIfRunning() {
        lock.withLock {
            guard process.isRunning else { return }
            killed = true
            // SIGKILL, not terminate()'s SIGTERM: the child inherits libdispatch's blocked
            // signal mask, so python3 never sees a SIGTERM.
            kill(process.processIdentifier, SIGKILL)
        }
    }
}
