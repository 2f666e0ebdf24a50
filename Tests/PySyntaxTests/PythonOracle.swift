import Foundation
@testable import PySyntax

/// Asks the `python3` on this machine (CPython 3.11, the oracle) how it parses sources:
/// one process for a whole batch, sources in and results out as JSON.
enum PythonOracle {
    enum Mode: String { case dump, positions, error }

    struct Outcome: Decodable, Equatable {
        var dump: String?
        var kind: String?
        var message: String?
        var line: Int?
    }

    static let script = #"""
    import ast, json, sys
    mode = sys.argv[1]
    out = []

    def strip(tree):
        # Keep positions of statements and expressions only, and none inside f-strings,
        # which is what our AST records.
        def visit(node, in_fstring):
            keep = isinstance(node, (ast.stmt, ast.expr)) and not in_fstring
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
                        visit(item, inner)
        visit(tree, False)

    for src in json.load(sys.stdin):
        try:
            if mode == 'error':
                compile(src, 'prog.py', 'exec')
                out.append({})
            else:
                tree = ast.parse(src)
                if mode == 'positions':
                    strip(tree)
                out.append({'dump': ast.dump(tree, include_attributes=(mode == 'positions'))})
        except SyntaxError as e:
            out.append({'kind': type(e).__name__, 'message': e.msg, 'line': e.lineno})
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
            let module = try Parser.parse(source, filename: "prog.py")
            if mode == .error { return Outcome() }
            return Outcome(dump: ASTDump.dump(module, includeAttributes: mode == .positions))
        } catch {
            if case .unsupported(let feature) = error.kind {
                return Outcome(kind: "unsupported", message: feature, line: error.location.line)
            }
            return Outcome(kind: error.typeName, message: error.message, line: error.location.line)
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
