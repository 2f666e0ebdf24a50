import Foundation
@testable import CourseContent

/// A content folder written to a fresh temporary directory from small strings.
struct TemporaryContent {
    let root: URL

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("course-content-\(UUID().uuidString)", isDirectory: true)
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    var source: DirectoryContentSource { DirectoryContentSource(root: root) }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes `files`, validates them from disk, removes them, returns the problems as text.
    static func problems(in files: [String: String]) throws -> [String] {
        let content = try TemporaryContent(files: files)
        defer { content.remove() }
        return ContentLoader(source: content.source).validate().map(\.description)
    }
}

/// The repository's own `Content/` folder.
let shippedContentRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Content", isDirectory: true)

/// Runs a program with the machine's `python3`, the oracle for every output
/// the content claims.
func runWithPython(source: String, filename: String) -> (stdout: String, stderr: String, status: Int32) {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("course-python-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(filename)
        try Data(source.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", file.path]
        process.currentDirectoryURL = folder
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
    } catch {
        return ("", "could not run python3: \(error)", 127)
    }
}
