import Foundation

/// What a finished `course` process did.
public struct CommandResult: Sendable, Equatable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String

    public init(status: Int32, standardOutput: String, standardError: String) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}

/// Runs the `course` executable built beside the test bundle, as a user would.
public enum CourseBinary {
    public enum LocateError: Error, CustomStringConvertible {
        case notFound(searched: [String])
        public var description: String {
            if case .notFound(let searched) = self {
                return "built `course` binary not found; looked in: \(searched.joined(separator: ", "))"
            }
            return "built `course` binary not found"
        }
    }

    /// The built binary: `COURSE_BINARY` if set, else `course` in the folder of the
    /// running test bundle (SwiftPM puts both in the same build folder), else the
    /// newest `.build*/debug/course` under the package root.
    public static func url(filePath: String = #filePath) throws -> URL {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["COURSE_BINARY"], !explicit.isEmpty {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("course"))
        }
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("course"))
        }
        let packageRoot = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let buildFolders = ((try? FileManager.default.contentsOfDirectory(atPath: packageRoot.path)) ?? [])
            .filter { $0.hasPrefix(".build") }
        candidates += buildFolders.map { packageRoot.appendingPathComponent("\($0)/debug/course") }
        let existing = candidates.filter { FileManager.default.isExecutableFile(atPath: $0.path) }
        guard let first = existing.first else { throw LocateError.notFound(searched: candidates.map(\.path)) }
        return first
    }

    /// An environment for `course` that cannot touch the real home folder:
    /// `XDG_DATA_HOME` points into `home`, and COURSE_* variables are cleared.
    public static func environment(home: String, extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["COURSE_DB"] = nil
        environment["COURSE_LEARNER"] = nil
        environment["HOME"] = home
        environment["XDG_DATA_HOME"] = home + "/data"
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs `course` with `arguments` to the end, capturing both streams and the status.
    public static func run(
        _ arguments: [String], home: String, environment extra: [String: String] = [:], input: String? = nil,
        executable: URL? = nil, workingDirectory: String? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = try executable ?? url()
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        process.arguments = arguments
        process.environment = environment(home: home, extra: extra)
        let output = Pipe()
        let errors = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        // Read both streams at once so neither pipe can fill and block the child.
        let collected = CollectedData()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { collected.setErrors(errors.fileHandleForReading.readDataToEndOfFile()) }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: collected.errors, as: UTF8.self))
    }

    /// Starts `course` without waiting (output discarded), for concurrency and crash tests.
    public static func start(_ arguments: [String], home: String) throws -> Process {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.environment = environment(home: home)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// Stderr bytes handed from the reading thread to the caller.
private final class CollectedData: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()
    func setErrors(_ data: Data) { lock.withLock { stored = data } }
    var errors: Data { lock.withLock { stored } }
}
