import Grading

/// A verdict as the learner reads it in a terminal.
enum VerdictText {
    static func render(_ verdict: ExerciseVerdict, file: String) -> String {
        var out: [String] = []
        switch verdict.status {
        case .pass: out.append("PASS \(verdict.exerciseID) (\(file))")
        case .fail: out.append("FAIL \(verdict.exerciseID) (\(file))")
        case .error: out.append("ERROR \(verdict.exerciseID) (\(file))")
        }
        for check in verdict.checks {
            let mark = switch check.status {
            case .pass: "  ok    "
            case .fail: "  FAIL  "
            case .error: "  ERROR "
            }
            out.append(mark + check.name + (check.message.map { ": " + $0 } ?? ""))
        }
        if let diff = verdict.diff {
            out.append("")
            out.append(diff.hasSuffix("\n") ? String(diff.dropLast()) : diff)
        }
        if let lifetime = verdict.lifetime, !lifetime.isEmpty {
            out.append("")
            out.append("Object lifetimes:")
            for note in lifetime.observations { out.append("  - " + note) }
            for chain in lifetime.chains where !lifetime.observations.contains(where: { $0.contains(chain.description) }) {
                out.append("  - kept alive by: " + chain.description)
            }
        }
        if verdict.status == .error, !verdict.errorOutput.isEmpty {
            out.append("")
            out.append("Your program wrote to stderr:")
            out += verdict.errorOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "  " + $0 }
        }
        if let note = verdict.referenceNote {
            out.append("")
            out.append("note: \(note); the expected output is the one the exercise records (not your mistake).")
        }
        out.append("")
        out.append(verdict.passed
                   ? "Passed. See the reference solution with `course exercise solution \(verdict.exerciseID)`."
                   : verdict.summary.prefix(1).uppercased() + verdict.summary.dropFirst())
        return out.joined(separator: "\n")
    }
}
