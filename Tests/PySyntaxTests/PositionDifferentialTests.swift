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

extension PositionDifferentialTests {
    /// Our columns count Unicode scalars: python3's UTF-8 offsets, converted, must agree.
    @Test func nonASCIIColumnsCountScalars() throws {
        let sources = [
            "caf\u{e9} = 'cr\u{e8}me' + na\u{ef}ve\n",
            "x = '\u{1F600}'; y = f(\u{3b1}, \u{3b2}=\u{3b3})\n",
            "if \u{3c0} > 3:\n    print('\u{20ac}', \u{3c0} * 2)\n",
            "d = {'\u{e9}': [\u{e9}\u{e9} for \u{e9}\u{e9} in '\u{e9}\u{e9}']}\n",
            "s = '''\u{e9}\n\u{e8}''' + x\n",
        ]
        let problems = try PythonOracle.mismatches(.characterPositions, sources)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n\n"))")
    }
}
