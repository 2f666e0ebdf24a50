import Testing
@testable import PySyntax

/// Invalid programs must fail as python3 fails: same exception class, same message, same line.
@Suite struct ErrorDifferentialTests {
    @Test func syntaxErrorsMatchPython() throws {
        let sources = Snippets.syntaxErrors
        let problems = try PythonOracle.mismatches(.error, sources)
        #expect(problems.isEmpty, "\(problems.count) of \(sources.count) differ:\n\(problems.joined(separator: "\n\n"))")
    }

    /// Where the caret goes under the line: CPython's `offset` and the caret count it prints,
    /// `max(1, end_offset - offset)` (f-string and escape errors excepted: CPython 3.11 places
    /// those inside a reconstructed string).
    @Test func caretsMatchPython() throws {
        let sources = (Snippets.syntaxErrors + Snippets.learnerMistakes).filter {
            !$0.contains("f'") && !$0.contains("f\"") && !$0.contains("\\x") && !$0.contains("\\u")
        }
        let oracle = try PythonOracle.run(.error, sources)
        var problems: [String] = []
        func width(_ outcome: PythonOracle.Outcome) -> Int {
            guard let offset = outcome.offset, let end = outcome.endOffset else { return 1 }
            return max(1, end - offset)
        }
        for (source, expected) in zip(sources, oracle) {
            let ours = PythonOracle.ours(.error, source)
            guard ours == expected, expected.kind != nil else { continue }  // other tests report these
            if ours.offset != expected.offset || width(ours) != width(expected) {
                problems.append("\(source.debugDescription) \(expected.message ?? ""): python3 offset \(expected.offset ?? 0) width \(width(expected)), ours offset \(ours.offset ?? 0) width \(width(ours))")
            }
        }
        #expect(problems.isEmpty, "\(problems.count) of \(sources.count):\n\(problems.joined(separator: "\n"))")
    }

    @Test func compileErrorsMatchPython() throws {
        let sources = Snippets.compileErrors
        let problems = try PythonOracle.mismatches(.error, sources)
        #expect(problems.isEmpty, "\(problems.count) of \(sources.count) differ:\n\(problems.joined(separator: "\n\n"))")
    }

    /// Every parseable snippet, compiled: accepted or refused (`'return' outside function`, ...)
    /// exactly as python3's `compile()` does.
    @Test func validSnippetsCompileAsPythonCompilesThem() throws {
        let sources = Snippets.simpleStatements + Snippets.compoundStatements + Snippets.expressions
            + Snippets.literals + Snippets.formattedStrings + Snippets.programs
        let problems = try PythonOracle.mismatches(.error, sources)
        #expect(problems.isEmpty, "\(problems.count) of \(sources.count) differ:\n\(problems.joined(separator: "\n\n"))")
    }

    @Test func learnerMistakesFailAsPythonFails() throws {
        let sources = Snippets.learnerMistakes
        let problems = try PythonOracle.mismatches(.error, sources)
        #expect(problems.isEmpty, "\(problems.count) of \(sources.count) differ:\n\(problems.joined(separator: "\n\n"))")
    }

    @Test func everyErrorSnippetIsAnErrorForPython() throws {
        let all = Snippets.syntaxErrors + Snippets.learnerMistakes
        let outcomes = try PythonOracle.run(.error, all)
        for (source, outcome) in zip(all, outcomes) {
            #expect(outcome.kind != nil, "python3 accepts \(source.debugDescription)")
        }
    }
}
