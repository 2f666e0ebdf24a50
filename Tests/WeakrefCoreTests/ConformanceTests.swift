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
        let knownFailures = Self.catalog.knownFailures()
        let url = Self.catalog.url(of: program)
        let expected = try await OracleRunner.shared.run(url, sandbox: Self.catalog.oracleSandbox)
        let actual: ProgramOutcome
        do {
            actual = try await CoreRunner.run(url)
        } catch {
            Issue.record("\(program): \(error)")
            return
        }
        let mismatch = OutcomeComparison.mismatch(expected: expected, actual: actual)
        switch (mismatch, knownFailures[program]) {
        case (nil, nil):
            break
        case (nil, .some):
            Issue.record("\(program) now passes: remove it from known-failures.txt")
        case let (difference?, nil):
            Issue.record("\(program) differs from python3\n\(difference)")
        case let (difference?, reason?):
            withKnownIssue("\(program) is in known-failures.txt: \(reason)") {
                Issue.record("\(program) differs from python3\n\(difference)")
            }
        }
    }

    @Test("the suite has programs and no stale known failures")
    func catalogIsConsistent() {
        let programs = Set(Self.catalog.programs())
        #expect(programs.count >= 370)
        let stale = Self.catalog.knownFailures().keys.filter { !programs.contains($0) }.sorted()
        #expect(stale.isEmpty, "known-failures.txt lists programs that do not exist: \(stale)")
    }

    /// `COURSE_UPDATE_KNOWN_FAILURES=1 swift test --filter ConformanceTests/regenerateKnownFailures`
    /// rewrites `known-failures.txt` to list exactly the programs that fail now, keeping
    /// the reasons already written for programs that still fail.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["COURSE_UPDATE_KNOWN_FAILURES"] == "1"))
    func regenerateKnownFailures() async throws {
        let catalog = Self.catalog
        let previous = catalog.knownFailures()
        let failing = try await withThrowingTaskGroup(of: (String, String?).self) { group in
            var results: [String: String] = [:]
            for program in catalog.programs() {
                group.addTask {
                    let url = catalog.url(of: program)
                    let expected = try await OracleRunner.shared.run(url, sandbox: catalog.oracleSandbox)
                    guard let actual = try? await CoreRunner.run(url) else { return (program, "the core timed out") }
                    if OutcomeComparison.mismatch(expected: expected, actual: actual) == nil { return (program, nil) }
                    return (program, OutcomeComparison.summary(expected: expected, actual: actual))
                }
            }
            for try await (program, reason) in group {
                if let reason { results[program] = previous[program].flatMap { $0.isEmpty ? nil : $0 } ?? reason }
            }
            return results
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
        #expect(report.contains("+ NameError: x"))
        #expect(report.contains("exit status differs: python3 0, core 1"))
    }

    @Test func knownFailuresRoundTrip() {
        let entries = ["gc/001_a.py": "cycles", "weakref/002_b.py": ""]
        #expect(KnownFailures.parse(KnownFailures.render(entries)) == entries)
    }

    @Test func oracleRunsPython() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oracle-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("prog.py")
        try "print('hi')\nraise KeyError('k')\n".write(to: program, atomically: true, encoding: .utf8)
        let outcome = try await OracleRunner.shared.run(program)
        #expect(outcome.stdout == "hi\n")
        #expect(outcome.lastStderrLine == "KeyError: 'k'")
        #expect(outcome.status == 1)
    }
}
