/// One thing wrong with the content, located in a file of it.
public struct ContentProblem: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// Path relative to the content root, e.g. `python-weakref/weakref/quiz.yaml`.
    public var file: String
    /// 1-based line and column.
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int = 1, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: message`, the form editors and compilers use.
    public var description: String { "\(file):\(line):\(column): \(message)" }

    public static func < (lhs: ContentProblem, rhs: ContentProblem) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}

/// Thrown when content does not validate; carries every problem found, not
/// just the first, sorted by file and position.
public struct ContentValidationError: Error, Sendable, CustomStringConvertible {
    public var problems: [ContentProblem]

    public init(problems: [ContentProblem]) {
        self.problems = problems.sorted()
    }

    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}

/// Gathers problems while a file is read, so one pass reports them all.
struct ProblemList {
    private(set) var problems: [ContentProblem] = []

    mutating func add(_ file: String, _ line: Int, _ column: Int = 1, _ message: String) {
        problems.append(ContentProblem(file: file, line: line, column: column, message: message))
    }

    mutating func append(contentsOf other: ProblemList) {
        problems.append(contentsOf: other.problems)
    }

    var isEmpty: Bool { problems.isEmpty }
}
