import Foundation
import Testing
@testable import PySyntax

/// The lexer and parser never crash or hang: every input parses or throws a `SyntaxError`.
@Suite struct RobustnessTests {
    /// SplitMix64: small, seeded, the same sequence on every machine.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let fragments: [String] = [
        "x", "y", "f", "1", "2.5", "0x1F", "1j", "'s'", "\"t\"", "'''u'''", "f'{x}'", "b'b'", "rb'\\d'", "f'{x!r:>{w}}'",
        "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", "==", "+", "-", "*", "**", "/", "//", "%", "@",
        "<", ">", "<=", "!=", "|", "&", "^", "~", "<<", "->", ":=", "+=", "\\\n", "\n", "\n    ", "\n\t", "  ", "#c\n",
        "if", "else", "elif", "while", "for", "in", "not", "and", "or", "is", "def", "class", "return", "yield",
        "lambda", "try", "except", "finally", "with", "as", "import", "from", "global", "nonlocal", "del", "pass",
        "break", "continue", "raise", "assert", "None", "True", "False", "async", "await", "match", "case", "_",
        "\"", "'", "\"\"\"", "f'", "{{", "}}", "\u{e9}", "\u{20AC}", "\0", "\r", "\r\n", "\u{0C}",
    ]

    static func randomProgram(_ rng: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...40, using: &rng) {
            text += fragments.randomElement(using: &rng)!
            if Bool.random(using: &rng) { text += " " }
        }
        return text
    }

    static func mutate(_ source: String, _ rng: inout SeededGenerator) -> String {
        var scalars = Array(source.unicodeScalars)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let position = scalars.isEmpty ? 0 : Int.random(in: 0..<scalars.count, using: &rng)
            switch Int.random(in: 0..<4, using: &rng) {
            case 0 where !scalars.isEmpty:
                scalars.remove(at: position)
            case 1:
                let fragment = fragments.randomElement(using: &rng)!
                scalars.insert(contentsOf: fragment.unicodeScalars, at: position)
            case 2 where !scalars.isEmpty:
                let end = min(scalars.count, position + Int.random(in: 1...10, using: &rng))
                scalars.insert(contentsOf: scalars[position..<end], at: position)
            default:
                if !scalars.isEmpty {
                    scalars[position] = Unicode.Scalar(UInt8.random(in: 0...127, using: &rng))
                }
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// How many mutated programs the differential fuzz test sends to python3.
    static let differentialCount = 4000

    static var corpus: [String] {
        Snippets.simpleStatements + Snippets.compoundStatements + Snippets.expressions + Snippets.literals
            + Snippets.formattedStrings + Snippets.programs + Snippets.syntaxErrors
    }

    /// The error points into the source: a line that exists (or the one after the last).
    func expectSane(_ source: String) {
        do {
            _ = try Parser.parse(source, filename: "fuzz.py")
        } catch {
            let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            #expect(error.location.line >= 1 && error.location.line <= lines + 1,
                    "error line \(error.location.line) outside \(source.debugDescription)")
            #expect(!error.message.isEmpty)
        }
    }

    /// Long fuzz runs (Benchmarks/fuzz-parser.sh) pick other seeds and counts, and name a
    /// file that holds the input being parsed, so that a crash leaves its input behind.
    static let environment = ProcessInfo.processInfo.environment
    static let fuzzSeed = environment["PYSYNTAX_FUZZ_SEED"].flatMap { UInt64($0) }
    static let fuzzCount = environment["PYSYNTAX_FUZZ_COUNT"].flatMap { Int($0) } ?? 3000
    static let crashFile = environment["PYSYNTAX_FUZZ_INPUT_FILE"]

    func fuzz(_ source: String) {
        if let path = Self.crashFile { try? source.write(toFile: path, atomically: false, encoding: .utf8) }
        expectSane(source)
    }

    @Test func randomTokenSoupNeverCrashes() {
        var rng = SeededGenerator(state: Self.fuzzSeed ?? 20_261_125)
        for _ in 0..<Self.fuzzCount { fuzz(Self.randomProgram(&rng)) }
    }

    @Test func mutatedProgramsNeverCrash() {
        var rng = SeededGenerator(state: Self.fuzzSeed ?? 42)
        let corpus = Self.corpus
        for _ in 0..<Self.fuzzCount { fuzz(Self.mutate(corpus.randomElement(using: &rng)!, &rng)) }
    }

    /// Mutated programs: accepted exactly when python3's `ast.parse` accepts them, with the
    /// same tree when both accept, and the same error class when both reject.
    @Test func mutatedProgramsAgreeWithPython() throws {
        var rng = SeededGenerator(state: 7)
        let corpus = Self.corpus
        let sources = (0..<Self.differentialCount).map { _ in Self.mutate(corpus.randomElement(using: &rng)!, &rng) }
            .filter { !$0.unicodeScalars.contains("\0") }
        let oracle = try PythonOracle.run(.dump, sources)
        var disagreements: [String] = []
        for (source, expected) in zip(sources, oracle) {
            let ours = PythonOracle.ours(.dump, source)
            if ours.kind == "unsupported" { continue }
            // Errors CPython raises in its compiler, after `ast.parse` has succeeded.
            if let message = ours.message, Self.compilerMessages.contains(where: message.contains) { continue }
            // `u'...'` dumps with kind='u' in CPython; our AST does not keep that prefix.
            if expected.dump?.contains("kind='u'") == true { continue }
            if ours.dump != expected.dump || ours.kind != expected.kind {
                disagreements.append("""
                    \(source.debugDescription)
                      python3: \(expected.kind ?? "ok") \(expected.message ?? "") \(expected.line.map(String.init) ?? "")
                      ours:    \(ours.kind ?? "ok") \(ours.message ?? "") \(ours.line.map(String.init) ?? "")
                    """)
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count) of \(sources.count):\n\(disagreements.joined(separator: "\n"))")
    }

    @Test(arguments: [
        String(repeating: "(", count: 1000) + String(repeating: ")", count: 1000),
        String(repeating: "[", count: 5000),
        String(repeating: "-", count: 20_000) + "1",
        String(repeating: "not ", count: 20_000) + "x",
        String(repeating: "a**", count: 20_000) + "b",
        String(repeating: "lambda: ", count: 20_000) + "0",
        "x" + String(repeating: "[0]", count: 20_000),
        "x" + String(repeating: ".a", count: 20_000),
        "f" + String(repeating: "()", count: 20_000),
        String(repeating: "1+", count: 20_000) + "1",
        String(repeating: "a if b else ", count: 20_000) + "c",
        String(repeating: "x = ", count: 10_000) + "1",
        "x = " + String(repeating: "'a' ", count: 10_000),
        (0..<150).map { String(repeating: " ", count: $0) + "if x:\n" }.joined() + String(repeating: " ", count: 150) + "pass\n",
        String(repeating: "@d\n", count: 10_000) + "def f(): pass\n",
        "f'{" + String(repeating: "(", count: 300) + "x" + String(repeating: ")", count: 300) + "}'",
    ])
    func deepNestingEndsInAnError(source: String) {
        expectSane(source)
    }

    @Test func tooManyParenthesesIsCPythonsError() throws {
        let sources = [199, 200, 201, 1000].map { String(repeating: "(", count: $0) + "1" + String(repeating: ")", count: $0) }
        let problems = try PythonOracle.mismatches(.error, sources)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n\n"))")
    }

    @Test func moderatelyDeepProgramsStillParse() throws {
        let sources = [
            String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150),
            String(repeating: "-", count: 300) + "1",
            String(repeating: "1 + ", count: 500) + "1",
            "x" + String(repeating: ".a", count: 500),
        ]
        for source in sources {
            #expect(throws: Never.self) { _ = try Parser.parse(source) }
        }
    }
}

extension RobustnessTests {
    /// Compiler-stage errors CPython raises after parsing, which the runtime reports instead.
    static let compilerMessages = ["not properly in loop", "outside function", "outside loop", "outside async",
                                   "keyword argument repeated", "duplicate argument", "nonlocal", "global"]

    /// Random token soups: python3 and we reject (or accept) them alike, with the same
    /// exception class on the same line, and almost always the same message (CPython's PEG
    /// parser retries alternatives in ways a single-pass parser reproduces only mostly).
    @Test func randomTokenSoupsFailAsPythonFails() throws {
        var rng = SeededGenerator(state: 5)
        let sources = (0..<3000).map { _ in Self.randomProgram(&rng) }.filter { !$0.unicodeScalars.contains("\0") }
        let oracle = try PythonOracle.run(.error, sources)
        var different: [String] = []
        var differentMessages: [String] = []
        for (source, expected) in zip(sources, oracle) {
            let ours = PythonOracle.ours(.error, source)
            if ours.kind == "unsupported" { continue }
            if let message = expected.message, Self.compilerMessages.contains(where: message.contains) { continue }
            let description = """
                \(source.debugDescription)
                  python3: \(expected.kind ?? "ok") \(expected.message ?? "") \(expected.line.map(String.init) ?? "")
                  ours:    \(ours.kind ?? "ok") \(ours.message ?? "") \(ours.line.map(String.init) ?? "")
                """
            if ours.kind != expected.kind || ours.line != expected.line {
                different.append(description)
            } else if ours.message != expected.message {
                differentMessages.append(description)
            }
        }
        #expect(different.isEmpty, "\(different.count) of \(sources.count):\n\(different.joined(separator: "\n"))")
        #expect(differentMessages.count * 100 <= sources.count,
                "\(differentMessages.count) messages differ:\n\(differentMessages.joined(separator: "\n"))")
    }
}

extension RobustnessTests {
    /// On mutated programs and token soups that both reject with the same error, the caret
    /// (CPython's `offset` and caret count) agrees almost always. f-string and escape errors
    /// are left out: CPython 3.11 places those inside a reconstructed string.
    @Test func fuzzedErrorCaretsMostlyMatchPython() throws {
        var rng = SeededGenerator(state: 77)
        let corpus = Self.corpus
        var sources = (0..<3000).map { _ in Self.mutate(corpus.randomElement(using: &rng)!, &rng) }
        sources += (0..<2000).map { _ in Self.randomProgram(&rng) }
        sources = sources.filter { source in
            !source.unicodeScalars.contains("\0")
                && !["f'", "f\"", "F'", "F\"", "\\x", "\\u", "\\U"].contains(where: source.contains)
        }
        let oracle = try PythonOracle.run(.error, sources)
        func width(_ outcome: PythonOracle.Outcome) -> Int {
            guard let offset = outcome.offset, let end = outcome.endOffset else { return 1 }
            return max(1, end - offset)
        }
        var compared = 0
        var problems: [String] = []
        for (source, expected) in zip(sources, oracle) {
            let ours = PythonOracle.ours(.error, source)
            guard ours == expected, expected.kind != nil else { continue }
            compared += 1
            if ours.offset != expected.offset || width(ours) != width(expected) {
                problems.append("\(source.debugDescription) \(expected.message ?? ""): python3 offset \(expected.offset ?? 0) width \(width(expected)), ours offset \(ours.offset ?? 0) width \(width(ours))")
            }
        }
        #expect(compared > 1000)
        #expect(problems.count * 100 <= compared, "\(problems.count) of \(compared):\n\(problems.joined(separator: "\n"))")
    }
}
