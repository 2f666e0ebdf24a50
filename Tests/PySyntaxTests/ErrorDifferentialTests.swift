import Testing
@testable import PySyntax

/// Invalid programs must fail as python3 fails: same exception class, same message, same line.
@Suite struct ErrorDifferentialTests {
    @Test func syntaxErrorsMatchPython() throws {
        let sources = Snippets.syntaxErrors
        let problems = try PythonOracle.mismatches(.error, sources)
        #expect(problems.isEmpty, "\(problems.count) of \(sources.count) differ:\n\(problems.joined(separator: "\n\n"))")
    }

    @Test func everyErrorSnippetIsAnErrorForPython() throws {
        let outcomes = try PythonOracle.run(.error, Snippets.syntaxErrors)
        for (source, outcome) in zip(Snippets.syntaxErrors, outcomes) {
            #expect(outcome.kind != nil, "python3 accepts \(source.debugDescription)")
        }
    }
}
