import Foundation
import Testing

/// The differential suite: every program of `Tests/Conformance/` runs under `python3`
/// (the oracle) and in the weakref core; stdout, the last stderr line and the exit
/// status must agree, with `0x...` addresses normalised. Programs listed in
/// `known-failures.txt` are expected to fail (strictly: one that passes fails the suite).
@Suite("Conformance with python3")
struct ConformanceTests {
    static let catalog = ConformanceCatalog()

    @Test("program agrees with python3", arguments: catalog.programs())
    func programAgreesWithPython(_ program: String) async throws {
        let knownReason = Self.catalog.knownFailures()[program]
        let run = try await ConformanceRun.run(program, in: Self.catalog)
        switch ConformanceVerdict(mismatch: run.mismatch, knownReason: knownReason) {
        case .agrees:
            break
        case .nowPasses:
            Issue.record("\(program) now passes: remove it from known-failures.txt")
        case let .differs(difference):
            Issue.record("\(program) differs from python3\n\(difference)")
        case let .knownFailure(reason, difference):
            withKnownIssue("\(program) is in known-failures.txt: \(reason)") {
                Issue.record("\(program) differs from python3\n\(difference)")
            }
        }
    }

    @Test("the suite has its programs and no stale known failures")
    func catalogIsConsistent() {
        let programs = Set(Self.catalog.programs())
        #expect(programs.count >= 370)
        let stale = Self.catalog.knownFailures().keys.filter { !programs.contains($0) }.sorted()
        #expect(stale.isEmpty, "known-failures.txt lists programs that do not exist: \(stale)")
    }

    /// `COURSE_UPDATE_KNOWN_FAILURES=1 swift test --filter ConformanceTests/regenerateKnownFailures`
    /// (or `Tests/Conformance/update-known-failures.sh`) rewrites `known-failures.txt` to list
    /// exactly the programs that fail now. Reasons written by hand are kept for programs that
    /// still fail; generated ones (`auto: ...`) are refreshed.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["COURSE_UPDATE_KNOWN_FAILURES"] == "1"))
    func regenerateKnownFailures() async throws {
        let catalog = Self.catalog
        let previous = catalog.knownFailures()
        let runs = try await withThrowingTaskGroup(of: ConformanceRun.self) { group in
            for program in catalog.programs() {
                group.addTask { try await ConformanceRun.run(program, in: catalog) }
            }
            var runs: [ConformanceRun] = []
            for try await run in group { runs.append(run) }
            return runs
        }
        var failing: [String: String] = [:]
        for run in runs where run.mismatch != nil {
            let kept = previous[run.program].flatMap { $0.isEmpty || $0.hasPrefix("auto:") ? nil : $0 }
            failing[run.program] = kept ?? "auto: \(run.summary)"
        }
        try KnownFailures.render(failing).write(to: catalog.knownFailuresFile, atomically: true, encoding: .utf8)
    }
}

@Suite("Conformance harness")
struct ConformanceHarnessTests {
    @Test func addressesAreNormalised() {
        let text = "<weakref at 0x7f12ab; to 'A' at 0xDEAD00>"
        #expect(OutcomeComparison.normalise(text) == "<weakref at 0x...; to 'A' at 0x...>")
    }

    @Test func lastStderrLineSkipsBlankLines() {
        let outcome = ProgramOutcome(stdout: "", stderr: "Traceback\n  x\nKeyError: 'a'\n\n", status: 1)
        #expect(outcome.lastStderrLine == "KeyError: 'a'")
    }

    @Test func agreeingOutcomesHaveNoMismatch() {
        let a = ProgramOutcome(stdout: "<A at 0x1>\n", stderr: "boom\nValueError: x\n", status: 1)
        let b = ProgramOutcome(stdout: "<A at 0xff>\n", stderr: "other traceback\nValueError: x", status: 1)
        #expect(OutcomeComparison.mismatch(expected: a, actual: b) == nil)
    }

    @Test func mismatchShowsLineDiffAndStatus() throws {
        let expected = ProgramOutcome(stdout: "1\n2\n3\n", stderr: "", status: 0)
        let actual = ProgramOutcome(stdout: "1\n3\n", stderr: "NameError: x", status: 1)
        let report = try #require(OutcomeComparison.mismatch(expected: expected, actual: actual))
        #expect(report.contains("  1\n- 2\n  3"))
        #expect(report.contains("- (no stderr)\n+ NameError: x"))
        #expect(report.contains("exit status differs: python3 0, core 1"))
    }

    @Test func verdictIsStrictAboutKnownFailures() {
        #expect(ConformanceVerdict(mismatch: nil, knownReason: nil) == .agrees)
        #expect(ConformanceVerdict(mismatch: nil, knownReason: "auto: x") == .nowPasses)
        #expect(ConformanceVerdict(mismatch: "diff", knownReason: nil) == .differs("diff"))
        #expect(ConformanceVerdict(mismatch: "diff", knownReason: "r") == .knownFailure(reason: "r", difference: "diff"))
    }

    @Test func knownFailuresRoundTrip() {
        let entries = ["gc/001_a.py": "cycles", "weakref/002_b.py": ""]
        #expect(KnownFailures.parse(KnownFailures.render(entries)) == entries)
    }

    @Test func oracleRunsPythonWithTheSandboxRule() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("prog.py")
        try "import sys\nprint('hi')\nimport os\n".write(to: program, atomically: true, encoding: .utf8)
        let outcome = try await OracleRunner.run(program, sandbox: ConformanceCatalog().oracleSandbox)
        #expect(outcome.stdout == "hi\n")
        #expect(outcome.lastStderrLine == "ModuleNotFoundError: No module named 'os'")
        #expect(outcome.status == 1)
    }

    @Test func oracleTimesOut() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("spin.py")
        try "while True:\n    pass\n".write(to: program, atomically: true, encoding: .utf8)
        await #expect(throws: OracleError.self) {
            try await OracleRunner.run(program, timeout: .seconds(1))
        }
    }
}
