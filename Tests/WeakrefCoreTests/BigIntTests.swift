import Foundation
import Testing
import WeakrefCore

/// Big-int arithmetic against python3 on random operands, and the sandbox's refusal of
/// ints too large for its memory limit.
@Suite("Big ints")
struct BigIntTests {
    /// SplitMix64: deterministic operands, so a failure can be replayed.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A random int literal of up to `maxDigits` decimal digits, either sign, sometimes near
    /// a power of two so carries and borrows run through whole limbs.
    private func operand(_ rng: inout SeededGenerator, maxDigits: Int) -> String {
        let sign = Bool.random(using: &rng) ? "-" : ""
        switch Int.random(in: 0..<5, using: &rng) {
        case 4:
            // Limbs of extreme values, where long division needs its rare corrections.
            let special = ["0", "1", "0x7fffffff", "0x80000000", "0x80000001", "0xffffffff", "0xfffffffe"]
            let count = Int.random(in: 1...max(1, maxDigits / 9), using: &rng)
            let terms = (0..<count).map { i in "(\(special.randomElement(using: &rng) ?? "1") << \(32 * i))" }
            return sign + "(" + terms.joined(separator: " | ") + " | 1)"
        case 0:
            let p = Int.random(in: 1...(maxDigits * 3), using: &rng)
            return "\(sign)(2 ** \(p) \(Bool.random(using: &rng) ? "-" : "+") \(Int.random(in: 0...3, using: &rng)))"
        default:
            let count = Int.random(in: 1...maxDigits, using: &rng)
            let digits = (0..<count).map { i in String(Int.random(in: (i == 0 ? 1 : 0)...9, using: &rng)) }.joined()
            return sign + digits
        }
    }

    /// One program printing every operator on many operand pairs; python3 must print the same.
    private func program(seed: UInt64, pairs: Int, maxDigits: Int) -> String {
        var rng = SeededGenerator(state: seed)
        var lines = ["def show(f):", "    try:", "        print(f())", "    except Exception as e:", "        print(type(e).__name__, e)"]
        for _ in 0..<pairs {
            let a = operand(&rng, maxDigits: maxDigits), b = operand(&rng, maxDigits: maxDigits)
            lines.append("a, b = \(a), \(b)")
            for expr in ["a + b", "a - b", "a * b", "a // b", "a % b", "divmod(a, b)", "a / b", "a & b", "a | b", "a ^ b", "~a",
                         "a >> (b % 200)", "a << (b % 100)", "a == b", "a < b", "a < float(b)", "a == float(a)",
                         "hash(a)", "float(a)", "hex(a)", "round(a, -(b % 30))", "pow(a, b % 50 + 1, b)", "a ** (b % 7)",
                         "f'{a:,}'", "int(str(a)) == a", "int(float(b))"] {
                lines.append("show(lambda: \(expr))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("random operands agree with python3", arguments: [(UInt64(1), 20), (UInt64(2), 60), (UInt64(3), 400), (UInt64(4), 1500)])
    func randomOperands(seed: UInt64, maxDigits: Int) async throws {
        let source = program(seed: seed, pairs: 40, maxDigits: maxDigits)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("core-bigint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("bigint_\(seed).py")
        try source.write(to: url, atomically: true, encoding: .utf8)
        let expected = try await OracleRunner.run(url, timeout: .seconds(30))
        let result = Interpreter().run(source: source, filename: "bigint_\(seed).py")
        #expect(result.stderr == expected.stderr)
        let want = expected.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let got = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(got.count == want.count)
        // Report the first disagreeing line with the program line that produced it.
        if let i = (0..<min(want.count, got.count)).first(where: { want[$0] != got[$0] }) {
            Issue.record("seed \(seed), output line \(i + 1): python3 printed \(want[i]), the core \(got[i])")
        }
    }

    private func lastLine(_ s: String) -> String {
        s.split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test("ints past the memory limit are refused before they are built", arguments: [
        "x = 2 ** 10 ** 9", "x = 1 << 10 ** 10", "x = 7 ** (2 ** 70)", "x = 1 << (2 ** 64)",
        "x = 10 ** 10 ** 8\ny = x * x",
    ])
    func memoryLimit(_ source: String) {
        let start = ContinuousClock.now
        let r = Interpreter(limits: Limits(memoryBytes: 16_000_000)).run(source: source, filename: "prog.py")
        #expect(r.status == 1)
        #expect(lastLine(r.stderr) == "course: stopped: the program needs more than 16 MB of memory")
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test("quadratic work on huge ints counts against the step budget")
    func hugeWorkStops() {
        let start = ContinuousClock.now
        let r = Interpreter(limits: Limits(steps: 100_000)).run(source: "x = 3 ** 10 ** 7\n", filename: "prog.py")
        #expect(r.status == 1)
        #expect(lastLine(r.stderr) == "course: stopped after 100,000 steps")
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test("big temporaries die at once: a long loop stays within a small object limit")
    func noLeaks() async throws {
        let source = """
        total = 0
        for i in range(20000):
            x = (2 ** 100 + i) * (3 ** 50) // 7 - (2 ** 90 ^ -i)
            total += x % 1000
            d = {x: [x, -x, str(x), hash(x), float(x) > x]}
        print(total)

        """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("core-bigint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("loop.py")
        try source.write(to: url, atomically: true, encoding: .utf8)
        let expected = try await OracleRunner.run(url, timeout: .seconds(30))
        let r = Interpreter(limits: Limits(liveObjects: 2_000)).run(source: source, filename: "loop.py")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == expected.stdout)
    }
}
