import Foundation
import Testing
import WeakrefCore

/// A developer aid, off by default: `CORE_PROBE=file_or_dir CORE_PROBE_OUT=dir swift test --filter ProbeTests`
/// runs each `.py` in the core and writes `name.out`, `name.err`, `name.status` to the out folder,
/// so a script can diff them against `python3` without rebuilding.
@Suite struct ProbeTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CORE_PROBE"] != nil))
    func probe() throws {
        let env = ProcessInfo.processInfo.environment
        let root = URL(fileURLWithPath: env["CORE_PROBE"] ?? "")
        let out = URL(fileURLWithPath: env["CORE_PROBE_OUT"] ?? "/tmp/core-probe")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var files: [URL] = []
        if root.pathExtension == "py" { files = [root] } else if let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let u as URL in e where u.pathExtension == "py" { files.append(u) }
        }
        for f in files.sorted(by: { $0.path < $1.path }) {
            let source = try String(contentsOf: f, encoding: .utf8)
            let r = Interpreter().run(source: source, filename: f.lastPathComponent)
            let rel = f.path.dropFirst(root.pathExtension == "py" ? f.deletingLastPathComponent().path.count + 1 : root.path.count + 1)
            let base = out.appendingPathComponent(rel.replacingOccurrences(of: "/", with: "__"))
            try r.stdout.write(to: base.appendingPathExtension("out"), atomically: true, encoding: .utf8)
            try r.stderr.write(to: base.appendingPathExtension("err"), atomically: true, encoding: .utf8)
            try "\(r.status)".write(to: base.appendingPathExtension("status"), atomically: true, encoding: .utf8)
        }
    }
}
