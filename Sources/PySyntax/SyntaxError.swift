/// Why source could not be turned into an AST. `kind` names CPython's exception
/// class, so the runtime can print `SyntaxError: invalid syntax` exactly as
/// `python3` does; `.unsupported` is our own: valid Python outside the subset.
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// `SyntaxError`.
        case syntax
        /// `IndentationError`.
        case indentation
        /// `TabError`.
        case tab
        /// Valid Python that `course` does not run; reported as
        /// `NotImplementedError: 'yield' is not supported by course (line 4)`.
        case unsupported(feature: String)
    }

    public var kind: Kind
    /// CPython's message, without the class name: `invalid syntax`,
    /// `expected ':'`, `unexpected indent`, ... For `.unsupported`, the feature.
    public var message: String
    public var filename: String
    public var location: SourceLocation
    /// Where the caret range ends on the same line (exclusive), when known.
    public var endColumn: Int?
    /// The offending source line without its newline, when there is one.
    public var lineText: String?

    public init(
        _ kind: Kind, message: String, filename: String, location: SourceLocation,
        endColumn: Int? = nil, lineText: String? = nil
    ) {
        self.kind = kind
        self.message = message
        self.filename = filename
        self.location = location
        self.endColumn = endColumn
        self.lineText = lineText
    }

    /// CPython's exception class name for this error.
    public var typeName: String {
        switch kind {
        case .syntax: "SyntaxError"
        case .indentation: "IndentationError"
        case .tab: "TabError"
        case .unsupported: "NotImplementedError"
        }
    }

    /// The last line CPython (or `course`, for unsupported features) prints.
    public var description: String {
        switch kind {
        case .unsupported(let feature):
            "NotImplementedError: '\(feature)' is not supported by course (line \(location.line))"
        default:
            "\(typeName): \(message)"
        }
    }
}
