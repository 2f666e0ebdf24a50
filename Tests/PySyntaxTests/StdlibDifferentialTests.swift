import Foundation
import Testing
@testable import PySyntax

/// Real-world Python: a sample of CPython's own standard library (found through python3 at
/// test time) must parse to the same tree as `ast.parse` gives, file by file.
@Suite struct StdlibDifferentialTests {
    /// Every n-th file of the standard library, in path order (the whole library takes a minute).
    static let stride = 12

    /// Differences we accept, each for a documented reason:
    /// - `u'...'` literals dump with `kind='u'` in CPython; our AST does not keep the prefix.
    /// - Non-ASCII identifiers are NFKC-normalised by CPython; we keep them as written.
    static func normalise(_ dump: String) -> String {
        dump.replacingOccurrences(of: ", kind='u'", with: "")
    }

    static func libraryFiles() throws -> (root: String, paths: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let root = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".py") && !path.contains("site-packages") && !path.contains("bad") {
                paths.append(path)
            }
        }
        return (root, paths.sorted())
    }

    @Test func sampleOfTheStandardLibraryParsesAsPythonParsesIt() throws {
        try compareSample(.dump, stride: Self.stride, start: 0)
    }

    /// Positions of every statement and expression, columns in scalars, on another sample.
    @Test func sampleOfTheStandardLibraryHasPythonsPositions() throws {
        try compareSample(.characterPositions, stride: Self.stride * 2, start: Self.stride / 2)
    }

    func compareSample(_ mode: PythonOracle.Mode, stride: Int, start: Int) throws {
        let (root, allPaths) = try Self.libraryFiles()
        let sample = allPaths.enumerated().filter { $0.offset % stride == start }.map(\.element)
        var names: [String] = []
        var sources: [String] = []
        for path in sample {
            guard let data = FileManager.default.contents(atPath: root + "/" + path),
                  let source = String(data: data, encoding: .utf8) else { continue }
            names.append(path)
            sources.append(source)
        }
        #expect(sources.count > 50, "found only \(sources.count) library files under \(root)")
        let oracle = try PythonOracle.run(mode, sources)
        var compared = 0
        var problems: [String] = []
        for ((name, source), expected) in zip(zip(names, sources), oracle) {
            let ours = PythonOracle.ours(mode, source)
            if ours.kind == "unsupported" { continue }
            compared += 1
            let expectedDump = expected.dump.map(Self.normalise)
            if ours.dump != expectedDump || ours.kind != expected.kind {
                problems.append("\(name): \(firstDifference(ours.dump, expectedDump)) python3 \(expected.kind ?? "ok") \(expected.message ?? ""), ours \(ours.kind ?? "same kind, different tree") \(ours.message ?? "")")
            }
        }
        #expect(compared > 50)
        #expect(problems.isEmpty, "\(problems.count) of \(compared) files differ:\n\(problems.joined(separator: "\n"))")
    }

    /// The first 80 lines of library files, each with a few random edits: python3 and we
    /// accept or reject them alike, with the same exception class on the same line, and
    /// nearly always the same message.
    @Test func mutatedLibraryFilesFailAsPythonFails() throws {
        let (root, allPaths) = try Self.libraryFiles()
        var rng = RobustnessTests.SeededGenerator(state: 1)
        var sources: [String] = []
        for path in allPaths.enumerated().filter({ $0.offset % 6 == 1 }).map(\.element) {
            guard let data = FileManager.default.contents(atPath: root + "/" + path),
                  let source = String(data: data, encoding: .utf8) else { continue }
            let head = source.split(separator: "\n", omittingEmptySubsequences: false).prefix(80)
            let mutated = RobustnessTests.mutate(head.joined(separator: "\n"), &rng)
            // compile() words the null byte error differently from `python3 prog.py`.
            if !mutated.unicodeScalars.contains("\0") { sources.append(mutated) }
        }
        let oracle = try PythonOracle.run(.error, sources)
        var different: [String] = []
        var differentMessages: [String] = []
        for (source, expected) in zip(sources, oracle) {
            let ours = PythonOracle.ours(.error, source)
            if ours.kind == "unsupported" { continue }
            if let message = expected.message, RobustnessTests.compilerMessages.contains(where: message.contains) {
                continue
            }
            let line = (expected.line ?? ours.line).flatMap { number in
                source.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(number - 1).first
            } ?? ""
            let description = """
                python3: \(expected.kind ?? "ok") \(expected.message ?? "") \(expected.line.map(String.init) ?? "")
                  ours:    \(ours.kind ?? "ok") \(ours.message ?? "") \(ours.line.map(String.init) ?? "")
                  line:    \(line)
                """
            if ours.kind != expected.kind || ours.line != expected.line {
                different.append(description)
            } else if ours.message != expected.message {
                differentMessages.append(description)
            }
        }
        #expect(different.isEmpty, "\(different.count) of \(sources.count):\n\(different.joined(separator: "\n"))")
        #expect(differentMessages.count * 100 <= sources.count,
                "\(differentMessages.count) messages differ:\n\(differentMessages.joined(separator: "\n"))")
    }

    /// Where two dumps part, with some context, to make a failure readable.
    func firstDifference(_ ours: String?, _ expected: String?) -> String {
        guard let ours, let expected else { return "" }
        let a = Array(ours.utf8), b = Array(expected.utf8)
        var index = 0
        while index < min(a.count, b.count) && a[index] == b[index] { index += 1 }
        let from = max(0, index - 120)
        return "\n  python3: ...\(String(decoding: b[from..<min(b.count, index + 120)], as: UTF8.self))"
            + "\n  ours:    ...\(String(decoding: a[from..<min(a.count, index + 120)], as: UTF8.self))\n "
    }
}
