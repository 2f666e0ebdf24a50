/// A position in Python source: `line` counts from 1, `column` from 0 in Unicode
/// scalars, as CPython's `lineno` / `col_offset` do (CPython counts UTF-8 bytes for
/// `col_offset`; we count scalars, which is what carets under a line need).
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}
