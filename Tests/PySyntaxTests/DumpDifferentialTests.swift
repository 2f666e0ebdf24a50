import Testing
@testable import PySyntax

/// Our AST, dumped as `ast.dump` prints it, must equal python3's for every snippet.
@Suite struct DumpDifferentialTests {
    func expectSameDumps(_ sources: [String]) throws {
        let problems = try PythonOracle.mismatches(.dump, sources)
        #expect(problems.isEmpty, "\(problems.count) of \(sources.count) differ:\n\(problems.joined(separator: "\n\n"))")
    }

    @Test func simpleStatements() throws { try expectSameDumps(Snippets.simpleStatements) }
    @Test func compoundStatements() throws { try expectSameDumps(Snippets.compoundStatements) }
    @Test func expressions() throws { try expectSameDumps(Snippets.expressions) }
    @Test func literals() throws { try expectSameDumps(Snippets.literals) }
    @Test func formattedStrings() throws { try expectSameDumps(Snippets.formattedStrings) }
}
