import Foundation
@testable import PySyntax

/// Asks the `python3` on this machine (CPython 3.11, the oracle) how it parses sources:
/// one process for a whole batch, sources in and results out as JSON.
enum PythonOracle {
    /// `dump`: `ast.dump`; `positions`: with statement and expression positions (columns in
    /// UTF-8 bytes, as CPython counts); `characterPositions`: the same with columns converted to
    /// Unicode scalars, as we count; `error`: `compile()`'s SyntaxError.
    enum Mode: String { case dump, positions, characterPositions, error }

    struct Outcome: Decodable, Equatable {
        var dump: String?
        var kind: String?
        var message: String?
        var line: Int?
        /// Where the caret goes: CPython's 1-based `offset` and `end_offset` (errors only,
        /// compared separately).
        var offset: Int?
        var endOffset: Int?

        static func == (a: Outcome, b: Outcome) -> Bool {
            a.dump == b.dump && a.kind == b.kind && a.message == b.message && a.line == b.line
        }
    }

    static let script = #"""
    import ast, json, sys
    mode = sys.argv[1]
    out = []

    def strip(tree):
        # Keep positions of statements and expressions only, and none inside f-strings,
        # which is what our AST records.
        def visit(node, in_fstring, starred_argument=False):
            keep = isinstance(node, (ast.stmt, ast.expr)) and not in_fstring and not starred_argument
            if not keep:
                for name in node._attributes:
                    if hasattr(node, name):
                        delattr(node, name)
            for field, value in ast.iter_fields(node):
                inner = in_fstring or isinstance(node, ast.JoinedStr)
                if isinstance(node, ast.FormattedValue) and field == 'value':
                    inner = False
                items = value if isinstance(value, list) else [value]
                for item in items:
                    if isinstance(item, ast.AST):
                        # Our AST keeps no position for the `*` of `f(*xs)`.
                        starred = isinstance(node, ast.Call) and field == 'args' and isinstance(item, ast.Starred)
                        visit(item, inner, starred)
        visit(tree, False)

    for src in json.load(sys.stdin):
        try:
            if mode == 'error':
                compile(src, 'prog.py', 'exec')
                out.append({})
            else:
                tree = ast.parse(src)
                if mode in ('positions', 'characterPositions'):
                    strip(tree)
                if mode == 'characterPositions':
                    lines = src.splitlines(keepends=True)
                    def chars(line, offset):
                        return len(lines[line - 1].encode()[:offset].decode()) if line - 1 < len(lines) else offset
                    for node in ast.walk(tree):
                        if hasattr(node, 'col_offset'):
                            node.col_offset = chars(node.lineno, node.col_offset)
                            node.end_col_offset = chars(node.end_lineno, node.end_col_offset)
                out.append({'dump': ast.dump(tree, include_attributes=(mode != 'dump'))})
        except SyntaxError as e:
            end = e.end_offset if e.end_lineno == e.lineno else None
            out.append({'kind': type(e).__name__, 'message': e.msg, 'line': e.lineno, 'offset': e.offset, 'endOffset': end})
        except Exception as e:
            out.append({'kind': type(e).__name__, 'message': str(e), 'line': None})
    json.dump(out, sys.stdout)
    """#

    static func run(_ mode: Mode, _ sources: [String]) throws -> [Outcome] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, mode.rawValue]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let payload = try JSONEncoder().encode(sources)
        input.fileHandleForWriting.write(payload)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([Outcome].self, from: data)
    }

    /// Our parser's answer in the same shape.
    static func ours(_ mode: Mode, _ source: String) -> Outcome {
        do {
            // `ast.parse` stops after parsing; `compile()` also runs CPython's compiler checks.
            let module = try Parser.parse(source, filename: "prog.py", compileChecks: mode == .error)
            if mode == .error { return Outcome() }
            return Outcome(dump: ASTDump.dump(module, includeAttributes: mode != .dump))
        } catch {
            if case .unsupported(let feature) = error.kind {
                return Outcome(kind: "unsupported", message: feature, line: error.location.line)
            }
            return Outcome(kind: error.typeName, message: error.message, line: error.location.line,
                           offset: error.location.column + 1, endOffset: error.endColumn.map { $0 + 1 })
        }
    }

    /// Compares every source with python3; returns a readable description of each mismatch.
    static func mismatches(_ mode: Mode, _ sources: [String]) throws -> [String] {
        let expected = try run(mode, sources)
        var problems: [String] = []
        for (source, oracle) in zip(sources, expected) {
            let actual = ours(mode, source)
            if actual != oracle {
                problems.append("""
                    source: \(source.debugDescription)
                    python3: \(oracle.dump ?? "\(oracle.kind ?? "ok"): \(oracle.message ?? "") line \(oracle.line.map(String.init) ?? "-")")
                    ours:    \(actual.dump ?? "\(actual.kind ?? "ok"): \(actual.message ?? "") line \(actual.line.map(String.init) ?? "-")")
                    """)
            }
        }
        return problems
    }
}
