import CourseModel

/// How one check of an exercise went, as exercism's test runners say it.
public enum CheckStatus: String, Sendable, Hashable, Codable {
    case pass
    /// The program ran but did not do what was asked.
    case fail
    /// The program could not be judged: blanks left, a syntax error, a crash, a limit.
    case error
}

/// One named check of a verdict: "output matches", "uses weakref.WeakValueDictionary"...
public struct CheckResult: Sendable, Hashable {
    /// A short sentence naming what was checked.
    public var name: String
    public var status: CheckStatus
    /// Why it failed (nil on a pass).
    public var message: String?
    /// Whether the check is about what the program printed (its output is shown with it).
    public var concernsOutput: Bool

    public init(name: String, status: CheckStatus, message: String? = nil, concernsOutput: Bool = false) {
        self.name = name
        self.status = status
        self.message = message
        self.concernsOutput = concernsOutput
    }
}

/// A `___` still in the learner's source.
public struct BlankSite: Sendable, Hashable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A chain of strong references from a root to an object that should have died,
/// e.g. `global 'cache' -> dict['img2'] -> Image` (from the core's why-alive API).
public struct ReferenceChain: Sendable, Hashable {
    /// From the root (a global, a frame) to the object, one step each.
    public var links: [String]

    public init(links: [String]) {
        self.links = links
    }

    public var description: String { links.joined(separator: " -> ") }
}

/// Why objects lived longer (or shorter) than the exercise expects.
///
/// `chains` comes from the core's why-alive API once it exists; until then the grader fills
/// `observations` with what the output itself shows (e.g. the expected output says an
/// object died but the program still reports it alive).
public struct LifetimeExplanation: Sendable, Hashable {
    public var observations: [String]
    public var chains: [ReferenceChain]

    public init(observations: [String] = [], chains: [ReferenceChain] = []) {
        self.observations = observations
        self.chains = chains
    }

    public var isEmpty: Bool { observations.isEmpty && chains.isEmpty }
}

/// Why a run of the learner's program did not finish normally.
public enum RunProblem: Sendable, Hashable {
    /// `___` left in the source.
    case blanksLeft([BlankSite])
    case syntaxError(message: String, line: Int?)
    /// `import os` and friends: the core has no such module.
    case unsupportedModule(name: String, line: Int?)
    /// `open`, `eval`, `exec`, `__import__`...: not reachable from exercises.
    case forbiddenBuiltin(name: String, line: Int?)
    /// A Python feature the core does not implement.
    case unsupportedFeature(message: String, line: Int?)
    /// An exception nobody caught.
    case uncaughtException(typeName: String, message: String, line: Int?)
    /// A sandbox limit stopped the run (steps, output, memory, recursion).
    case limitReached(message: String, line: Int?)
}

/// The outcome of checking a learner's solution to an exercise.
public struct ExerciseVerdict: Sendable, Hashable {
    public var exerciseID: String
    /// `pass` only when every check passed; `error` when the program could not run to the end.
    public var status: CheckStatus
    /// One sentence for the learner.
    public var summary: String
    public var checks: [CheckResult]
    /// What the learner's program printed (stdout), as it printed it.
    public var output: String
    /// What the program wrote to stderr (tracebacks).
    public var errorOutput: String
    /// What the exercise expects on stdout, when output is compared.
    public var expectedOutput: String?
    /// Unified diff of the normalised expected and actual outputs, when they differ.
    public var diff: String?
    /// Required constructs the source lacks.
    public var missingConstructs: [RequiredConstruct]
    public var problem: RunProblem?
    public var lifetime: LifetimeExplanation?
    /// Set when the core's run of the reference solution disagreed with the exercise's
    /// recorded expected output (a gap in the core, not the learner's mistake).
    public var referenceNote: String?

    public init(exerciseID: String, status: CheckStatus, summary: String, checks: [CheckResult], output: String,
                errorOutput: String, expectedOutput: String?, diff: String?, missingConstructs: [RequiredConstruct],
                problem: RunProblem?, lifetime: LifetimeExplanation?) {
        self.exerciseID = exerciseID
        self.status = status
        self.summary = summary
        self.checks = checks
        self.output = output
        self.errorOutput = errorOutput
        self.expectedOutput = expectedOutput
        self.diff = diff
        self.missingConstructs = missingConstructs
        self.problem = problem
        self.lifetime = lifetime
    }

    public var passed: Bool { status == .pass }

    /// How the verdict is stored with a submission.
    public var submissionVerdict: SubmissionVerdict {
        switch status {
        case .pass: .passed
        case .fail: .failed
        case .error: .error
        }
    }
}

extension RequiredConstruct {
    /// How a learner reads the construct: `weakref.WeakValueDictionary(...)`, `del`, `import weakref`.
    public var display: String {
        switch kind {
        case .call: "\(value)(...)"
        case .statement: value
        case .import: "import \(value)"
        case .name: value
        }
    }
}
