import Testing
@testable import PySyntax

/// Valid Python outside the subset fails with `.unsupported`, naming the construct and its line;
/// python3 accepts every one of these programs, so the error is ours, not a syntax error.
@Suite struct UnsupportedFeatureTests {
    static let cases: [(source: String, feature: String, line: Int)] = [
        ("async def f():\n    pass\n", "async", 1),
        ("x = 1\nasync def f():\n    await g()\n", "async", 2),
        ("def f():\n    return await g()\n", "await", 2),
        ("class A:\n    @d\n    async def f(self):\n        pass\n", "async", 3),
        ("match x:\n    case 1:\n        pass\n", "match", 1),
        ("y = 2\nmatch (x, y):\n    case (1, 2):\n        pass\n", "match", 2),
        ("match -x:\n    case _:\n        pass\n", "match", 1),
        ("try:\n    pass\nexcept* ValueError:\n    pass\n", "except*", 3),
        ("x = '\\N{BULLET}'\n", "\\N{...} escapes", 1),
        ("x = f'\\N{BULLET} {y}'\n", "\\N{...} escapes", 1),
        ("class A(**kw):\n    pass\n", "** in class bases", 1),
        ("[x async for x in y]\n", "async", 1),
    ]

    @Test func unsupportedFeaturesNameTheConstructAndLine() throws {
        for (source, feature, line) in Self.cases {
            do {
                _ = try Parser.parse(source, filename: "prog.py")
                Issue.record("parsed \(source.debugDescription)")
            } catch {
                #expect(error.kind == .unsupported(feature: feature), "\(source.debugDescription): \(error)")
                #expect(error.location.line == line, "\(source.debugDescription): \(error)")
                #expect(error.description == "NotImplementedError: '\(feature)' is not supported by course (line \(line))")
            }
        }
    }

    @Test func pythonAcceptsEveryUnsupportedProgram() throws {
        let outcomes = try PythonOracle.run(.dump, Self.cases.map(\.source))
        for (testCase, outcome) in zip(Self.cases, outcomes) {
            #expect(outcome.dump != nil, "python3 rejects \(testCase.source.debugDescription): \(outcome.message ?? "")")
        }
    }

    /// `match` and `case` stay ordinary names everywhere else.
    @Test func softKeywordsAsNamesStillParse() throws {
        let sources = ["match = [1]\nmatch[0] = 2\nprint(match)\n", "case = 1\nmatch(case)\n", "_ = match.x\n",
                       "match\n", "match, case = 1, 2\n"]
        let problems = try PythonOracle.mismatches(.dump, sources)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n\n"))")
    }
}
