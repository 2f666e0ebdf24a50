import Foundation
import Testing
import WeakrefCore

/// The core never crashes or hangs the host: every conformance program, run under tiny
/// limits and in mutated forms (lines dropped or duplicated), must end with status 0 or 1.
@Suite("Robustness")
struct RobustnessTests {
    static func programs() -> [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Conformance")
        guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var out: [URL] = []
        for case let u as URL in e where u.pathExtension == "py" && !u.path.contains(".oracle") { out.append(u) }
        return out.sorted { $0.path < $1.path }
    }

    /// A deterministic generator, so a failure can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func tinyLimitsNeverCrash() throws {
        let limitSets = [Limits(steps: 200), Limits(liveObjects: 800), Limits(recursionDepth: 5)]
        for url in Self.programs() {
            let source = try String(contentsOf: url, encoding: .utf8)
            for limits in limitSets {
                let r = Interpreter(limits: limits).run(source: source, filename: url.lastPathComponent)
                #expect(r.status == 0 || r.status == 1, "\(url.lastPathComponent) under \(limits)")
            }
        }
    }

    @Test func mutatedProgramsNeverCrash() throws {
        var rng = SplitMix(state: 2026)
        for url in Self.programs() {
            let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            guard lines.count > 2 else { continue }
            for _ in 0..<3 {
                var mutated = lines
                let i = Int.random(in: 0..<mutated.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: mutated.remove(at: i)
                case 1: mutated.insert(mutated[i], at: i)
                default:
                    let j = Int.random(in: 0..<mutated.count, using: &rng)
                    mutated.swapAt(i, j)
                }
                let source = mutated.joined(separator: "\n")
                let r = Interpreter(limits: Limits(steps: 100_000)).run(source: source, filename: "fuzz.py")
                #expect(r.status == 0 || r.status == 1, "\(url.lastPathComponent) mutated at line \(i)")
            }
        }
    }
}
