import Foundation

/// What one run of a program showed: the parts the conformance suite compares.
struct ProgramOutcome: Sendable, Equatable {
    var stdout: String
    var stderr: String
    var status: Int32

    /// The last non-empty line of stderr: the `Type: message` line of an uncaught exception.
    var lastStderrLine: String {
        stderr.split(separator: "\n", omittingEmptySubsequences: true)
            .last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            .map(String.init) ?? ""
    }
}

/// Compares an oracle outcome (python3) with the core's, after normalising addresses.
enum OutcomeComparison {
    /// `0x7f3a...` -> `0x...`, so reprs with addresses compare equal.
    static func normalise(_ text: String) -> String {
        text.replacingOccurrences(of: "0x[0-9a-fA-F]+", with: "0x...", options: .regularExpression)
    }

    /// nil when they agree; otherwise a readable report of every difference.
    static func mismatch(expected: ProgramOutcome, actual: ProgramOutcome) -> String? {
        var report: [String] = []
        let expectedOut = normalise(expected.stdout), actualOut = normalise(actual.stdout)
        if expectedOut != actualOut {
            report.append("stdout differs (- python3, + core):")
            report.append(LineDiff.render(expected: expectedOut, actual: actualOut))
        }
        let expectedErr = normalise(expected.lastStderrLine), actualErr = normalise(actual.lastStderrLine)
        if expectedErr != actualErr {
            report.append("last stderr line differs:")
            report.append("- \(expectedErr.isEmpty ? "(no stderr)" : expectedErr)")
            report.append("+ \(actualErr.isEmpty ? "(no stderr)" : actualErr)")
        }
        if expected.status != actual.status {
            report.append("exit status differs: python3 \(expected.status), core \(actual.status)")
        }
        return report.isEmpty ? nil : report.joined(separator: "\n")
    }

    /// A one-line summary of a mismatch, for `known-failures.txt`.
    static func summary(expected: ProgramOutcome, actual: ProgramOutcome) -> String {
        let err = normalise(actual.lastStderrLine)
        if expected.status != actual.status || normalise(expected.lastStderrLine) != err {
            return err.isEmpty ? "exit status \(actual.status)" : String(err.prefix(100))
        }
        return "stdout differs"
    }
}

/// A line diff (longest common subsequence): `  ` same, `- ` only in expected, `+ ` only in actual.
enum LineDiff {
    static func render(expected: String, actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // common[i][j]: LCS length of old[i...] and new[j...].
        var common = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
        for i in stride(from: old.count - 1, through: 0, by: -1) {
            for j in stride(from: new.count - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, old[i] == new[j] {
                lines.append("  \(old[i])"); i += 1; j += 1
            } else if j < new.count, i == old.count || common[i][j + 1] >= common[i + 1][j] {
                lines.append("+ \(new[j])"); j += 1
            } else {
                lines.append("- \(old[i])"); i += 1
            }
        }
        return lines.joined(separator: "\n")
    }
}
