import Foundation

/// One program run under python3 and in the core, compared.
struct ConformanceRun: Sendable {
    var program: String
    /// nil when the core agrees with python3; otherwise the readable report.
    var mismatch: String?
    /// One line for `known-failures.txt`.
    var summary: String

    static func run(_ program: String, in catalog: ConformanceCatalog) async throws -> ConformanceRun {
        let url = catalog.url(of: program)
        let expected = try await OracleRunner.run(url, sandbox: catalog.oracleSandbox)
        let actual: ProgramOutcome
        do {
            actual = try await CoreRunner.run(url)
        } catch {
            return ConformanceRun(program: program, mismatch: "\(error)", summary: "the core did not finish")
        }
        return ConformanceRun(
            program: program,
            mismatch: OutcomeComparison.mismatch(expected: expected, actual: actual),
            summary: OutcomeComparison.summary(expected: expected, actual: actual)
        )
    }
}

/// What a conformance case concludes from its run and `known-failures.txt` (a strict xfail).
enum ConformanceVerdict: Equatable {
    case agrees
    /// Listed as a known failure but agrees now: the list must shrink.
    case nowPasses
    case differs(String)
    case knownFailure(reason: String, difference: String)

    init(mismatch: String?, knownReason: String?) {
        switch (mismatch, knownReason) {
        case (nil, nil): self = .agrees
        case (nil, .some): self = .nowPasses
        case let (difference?, nil): self = .differs(difference)
        case let (difference?, reason?): self = .knownFailure(reason: reason, difference: difference)
        }
    }
}
