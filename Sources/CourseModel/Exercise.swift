/// What sort of work an exercise asks for.
public enum ExerciseKind: String, Sendable, Hashable, CaseIterable {
    /// Replace each `___` of the starter.
    case blanks
    /// Write or complete a program from the starter.
    case program
}

/// Something a solution's source must contain, checked on its syntax tree.
public struct RequiredConstruct: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A call of a (dotted) name: `weakref.ref`, `gc.collect`.
        case call
        /// A statement keyword: `del`, `class`, `def`, `for`, `while`, `try`, `with`, `import`.
        case statement
        /// An `import` (or `from ... import`) of a module: `weakref`.
        case `import`
        /// Any use of a (dotted) name: `weakref.WeakSet`.
        case name
    }

    public var kind: Kind
    public var value: String

    public init(kind: Kind, value: String) {
        self.kind = kind
        self.value = value
    }
}

/// A check a learner's submission must pass.
public enum ExerciseCheck: Sendable, Hashable {
    /// No `___` may be left in the submission.
    case noBlanks
    /// The program must end with status 0 (no uncaught exception).
    case exitsCleanly
    /// stdout must equal the expected output (or, without one, the reference solution's).
    case sameOutput
    /// stdout must contain this text.
    case outputContains(String)
    /// When the program ends, exactly `count` instances of the program's class `className` are
    /// still alive, i.e. reachable from its names (what a `gc.collect()` at that point leaves).
    case aliveAtEnd(className: String, count: Int)
}

/// An exercise: instructions, hints, a starter and a reference solution.
public struct Exercise: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var kind: ExerciseKind
    public var instructions: String
    /// Progressively more telling hints; the last may give the answer away.
    public var hints: [String]
    /// For `blanks` exercises: the answer of each `___` of the starter, in order.
    public var blanks: [String]
    public var requiredConstructs: [RequiredConstruct]
    public var checks: [ExerciseCheck]
    /// What the reference solution prints, exactly, when the exercise records it.
    public var expectedOutput: String?
    /// Line in `exercise.yaml` of the `expected_output` key, for messages.
    public var expectedOutputLine: Int?
    public var starter: String
    public var solution: String
    /// The name `course exercise start` writes the starter under (default `<id>.py`).
    public var fileName: String?

    public init(id: String, title: String, kind: ExerciseKind, instructions: String, hints: [String],
                blanks: [String], requiredConstructs: [RequiredConstruct], checks: [ExerciseCheck],
                expectedOutput: String?, expectedOutputLine: Int?, starter: String, solution: String,
                fileName: String? = nil) {
        self.id = id
        self.title = title
        self.kind = kind
        self.instructions = instructions
        self.hints = hints
        self.blanks = blanks
        self.requiredConstructs = requiredConstructs
        self.checks = checks
        self.expectedOutput = expectedOutput
        self.expectedOutputLine = expectedOutputLine
        self.starter = starter
        self.solution = solution
        self.fileName = fileName
    }

    /// The starter's file name in the learner's folder.
    public var starterFileName: String { fileName ?? id + ".py" }

    /// The marker of a gap in a `blanks` starter.
    public static let blankMarker = "___"
}
