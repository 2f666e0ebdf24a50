import Foundation

/// Where the conformance programs live and which of them are known to fail.
///
/// Programs are `Tests/Conformance/<area>/<name>.py`, found from this source file's
/// own path so the suite works from any working directory.
struct ConformanceCatalog: Sendable {
    /// `Tests/Conformance`, absolute.
    let root: URL

    init() {
        // This file is .../Tests/WeakrefCoreTests/Conformance/ConformanceCatalog.swift.
        // (#filePath in the body, not as a default argument, which would name the caller.)
        let thisFile: String = #filePath
        root = URL(fileURLWithPath: thisFile)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("Conformance", isDirectory: true)
    }

    var knownFailuresFile: URL { root.appendingPathComponent("known-failures.txt") }

    /// `Tests/Conformance/.oracle`: its `sitecustomize.py` makes python3 refuse every import
    /// but weakref, gc and sys, as the core's sandbox does (python-subset.md, "Statements").
    var oracleSandbox: URL { root.appendingPathComponent(".oracle", isDirectory: true) }

    /// Every program, as a path relative to `root` (`weakref/001_ref_basic.py`), sorted.
    func programs() -> [String] {
        let files = FileManager.default
        guard let areas = try? files.contentsOfDirectory(atPath: root.path) else { return [] }
        var found: [String] = []
        for area in areas.sorted() where !area.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let areaPath = root.appendingPathComponent(area).path
            guard files.fileExists(atPath: areaPath, isDirectory: &isFolder), isFolder.boolValue,
                  let names = try? files.contentsOfDirectory(atPath: areaPath) else { continue }
            found += names.filter { $0.hasSuffix(".py") }.sorted().map { "\(area)/\($0)" }
        }
        return found
    }

    func url(of program: String) -> URL { root.appendingPathComponent(program) }

    /// `known-failures.txt`: one program per line (`area/name.py # reason`); blank lines
    /// and lines starting with `#` are ignored. Returns program -> reason.
    func knownFailures() -> [String: String] {
        guard let text = try? String(contentsOf: knownFailuresFile, encoding: .utf8) else { return [:] }
        return KnownFailures.parse(text)
    }
}

/// Reading and writing `known-failures.txt`.
enum KnownFailures {
    static func parse(_ text: String) -> [String: String] {
        var entries: [String: String] = [:]
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "#", maxSplits: 1)
            let program = parts[0].trimmingCharacters(in: .whitespaces)
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
            entries[program] = reason
        }
        return entries
    }

    static func render(_ entries: [String: String]) -> String {
        var text = """
        # Conformance programs the weakref core does not pass yet: `area/name.py # reason`.
        # A listed program still runs; it is reported as a known issue while it fails and
        # makes the suite FAIL once it passes, so remove it then.
        # Regenerate with Tests/Conformance/update-known-failures.sh.

        """
        for program in entries.keys.sorted() {
            let reason = entries[program] ?? ""
            text += reason.isEmpty ? "\(program)\n" : "\(program) # \(reason)\n"
        }
        return text
    }
}
