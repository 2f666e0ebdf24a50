import Foundation
import Testing
import WeakrefCore

/// Every input in `Tests/FuzzCorpus/` once crashed or threatened to crash the core (a
/// libFuzzer finding of `Benchmarks/fuzz-core.sh`, or a hand-made stress of the same kind).
/// Each must now run to an end with status 0 or 1, the host process intact.
@Suite("Fuzz corpus replay")
struct FuzzCorpusTests {
    static func inputs() -> [String] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("FuzzCorpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".py") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test func corpusIsNotEmpty() {
        #expect(!Self.inputs().isEmpty)
    }

    @Test("replays without a crash", arguments: inputs())
    func replays(_ path: String) throws {
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let result = Interpreter().run(source: source, filename: (path as NSString).lastPathComponent)
        #expect(result.status == 0 || result.status == 1)
        if result.status == 1 {
            #expect(!result.stderr.isEmpty, "a failing run says why")
        }
    }
}
