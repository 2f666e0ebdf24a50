/// Entry point: Python source to a `Module`.
public enum Parser {
    /// Parses a whole program. Throws the first `SyntaxError`, as CPython reports one.
    public static func parse(_ source: String, filename: String = "<string>") throws(SyntaxError) -> Module {
        // Filled in by the syntax work (lexer + recursive-descent parser).
        throw SyntaxError(.unsupported(feature: "parsing"), message: "parsing", filename: filename,
                          location: SourceLocation(line: 1, column: 0))
    }
}
