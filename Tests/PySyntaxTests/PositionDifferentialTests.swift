import Testing
@testable import PySyntax

/// Start and end positions of every statement and expression must equal python3's
/// (`lineno`, `col_offset`, `end_lineno`, `end_col_offset`). ASCII sources only: CPython
/// counts UTF-8 bytes where we count scalars.
@Suite struct PositionDifferentialTests {
    func expectSamePositions(_ sources: [String]) throws {
        let problems = try PythonOracle.mismatches(.positions, sources)
        #expect(problems.isEmpty, "\(problems.count) of \(sources.count) differ:\n\(problems.joined(separator: "\n\n"))")
    }

    @Test func statementsPositions() throws {
        try expectSamePositions(Snippets.simpleStatements + Snippets.compoundStatements)
    }

    @Test func expressionPositions() throws { try expectSamePositions(Snippets.expressions) }

    @Test func literalPositions() throws {
        try expectSamePositions(Snippets.literals.filter { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func formattedStringPositions() throws { try expectSamePositions(Snippets.formattedStrings) }

    @Test func programPositions() throws { try expectSamePositions(Snippets.programs) }
}
