import Foundation
import WeakrefCore

/// Runs a program in the weakref core on its own thread, so a core that never returns
/// fails its case instead of hanging the suite (the thread is then abandoned).
enum CoreRunner {
    struct Timeout: Error, CustomStringConvertible {
        var program: String
        var description: String { "the core did not finish \(program) within the time bound" }
    }

    /// Core runs are CPU-bound: two at a time (the machine's core count).
    private static let gate = AsyncGate(limit: 2)

    static func run(_ program: URL, timeout: Duration = .seconds(30)) async throws -> ProgramOutcome {
        try await gate.run { try await runOnThread(program, timeout: timeout) }
    }

    private static func runOnThread(_ program: URL, timeout: Duration) async throws -> ProgramOutcome {
        let source = try String(contentsOf: program, encoding: .utf8)
        let filename = program.lastPathComponent
        let box = ResultBox()
        return try await withCheckedThrowingContinuation { continuation in
            box.setContinuation(continuation)
            let worker = Thread {
                let result = Interpreter(limits: Limits()).run(source: source, filename: filename, arguments: [])
                box.finish(.success(ProgramOutcome(stdout: result.stdout, stderr: result.stderr, status: result.status)))
            }
            worker.stackSize = 64 << 20  // deep Python recursion must not overflow the host stack first
            worker.start()
            let seconds = Double(timeout.components.seconds)
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                box.finish(.failure(Timeout(program: filename)))
            }
        }
    }
}

/// Resumes the continuation exactly once, whichever of run and timeout comes first.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<ProgramOutcome, Error>?

    func setContinuation(_ continuation: CheckedContinuation<ProgramOutcome, Error>) {
        lock.withLock { self.continuation = continuation }
    }

    func finish(_ result: Result<ProgramOutcome, Error>) {
        let pending: CheckedContinuation<ProgramOutcome, Error>? = lock.withLock {
            defer { continuation = nil }
            return continuation
        }
        pending?.resume(with: result)
    }
}
