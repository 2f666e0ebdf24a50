import CourseModel
import PySyntax
import WeakrefCore

/// What the reference solution printed in the core, computed once per exercise.
public struct ReferenceRun: Sendable, Hashable {
    /// The stdout a learner's program must match.
    public var expectedOutput: String
    /// Set when the reference solution itself failed in the core and the exercise's
    /// `expected_output` was used instead (a content or core problem, not the learner's).
    public var referenceProblem: String?
    /// The program's objects alive when the reference solution ends (nil if unknown).
    public var aliveAtEnd: [AliveObject]?
}

/// Grades a learner's solution to an exercise by running it in the weakref core.
///
/// 1. Blanks (`___`) left in the source are reported as such, without running anything.
/// 2. The source is parsed; a syntax error is an `error` verdict.
/// 3. The program runs under the sandbox limits; the reference solution ran the same way.
/// 4. The exercise's checks are applied in order (clean exit, same output after
///    normalising, output contains), then its required constructs on the syntax tree.
/// 5. A wrong output is explained in terms of object lifetimes where the output shows it.
///
/// Pure apart from the interpreter runs: no clock, no files, no database.
public struct ExerciseGrader: Sendable {
    public var limits: Limits

    /// The sandbox limits exercises run under (the core's defaults: 10,000,000 steps...).
    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// Runs the reference solution in the core. Its output is what the learner must print;
    /// when the exercise records an `expected_output` (checked against python3 by `course
    /// content lint`) and the core disagrees with it, the recorded output wins and the
    /// disagreement is noted: that is a gap in the core, not the learner's mistake.
    public func reference(for exercise: Exercise) -> ReferenceRun {
        let result = run(exercise.solution, filename: "solution.py")
        let alive = result.aliveAtEnd
        let ranCleanly = result.status == 0
        guard let recorded = exercise.expectedOutput else {
            let problem = ranCleanly ? nil
                : "the reference solution failed in the core: \(RunProblem(result.result)?.explanation ?? "status \(result.status)")"
            return ReferenceRun(expectedOutput: result.stdout, referenceProblem: problem, aliveAtEnd: alive)
        }
        if ranCleanly, OutputNormalizer.normalize(result.stdout) == OutputNormalizer.normalize(recorded) {
            return ReferenceRun(expectedOutput: result.stdout, referenceProblem: nil, aliveAtEnd: alive)
        }
        let why = ranCleanly ? "prints something else than the exercise's expected output"
            : "fails in the core: \(RunProblem(result.result)?.explanation ?? "status \(result.status)")"
        // The core got the reference wrong, so what it says is alive cannot be trusted either.
        return ReferenceRun(expectedOutput: recorded, referenceProblem: "the reference solution \(why)", aliveAtEnd: nil)
    }

    /// A traced run: the core's why-alive chains say which objects outlive the main code.
    private func run(_ source: String, filename: String) -> ProbedRun {
        var result = Interpreter(limits: limits).run(source: source, filename: filename, trace: true)
        let alive = AliveObject.survivors(of: result)
        result.lifetime = nil
        return ProbedRun(result: result, aliveAtEnd: alive)
    }

    private struct ProbedRun {
        var result: RunResult
        var aliveAtEnd: [AliveObject]?
        var stdout: String { result.stdout }
        var status: Int32 { result.status }
    }

    /// Grades `source` against the exercise. Pass a `reference` computed earlier to grade
    /// many submissions of one exercise without re-running the solution each time.
    public func grade(_ exercise: Exercise, source: String, filename: String = "solution.py",
                      reference: ReferenceRun? = nil) -> ExerciseVerdict {
        // 1. Blanks first: `___` parses as a name, so running would only say NameError.
        let blanks = BlankScanner.blanks(in: source)
        if !blanks.isEmpty {
            let problem = RunProblem.blanksLeft(blanks)
            return unrunnable(exercise, problem: problem, checkName: "no blanks left")
        }
        // 2. Parse.
        let module: Module
        do {
            module = try Parser.parse(source, filename: filename)
        } catch {
            let problem: RunProblem
            if case .unsupported = error.kind {
                problem = .unsupportedFeature(message: String(error.description.trimmingPrefix("NotImplementedError: ")),
                                              line: error.location.line)
            } else {
                problem = .syntaxError(message: error.description, line: error.location.line)
            }
            return unrunnable(exercise, problem: problem, checkName: "program parses")
        }
        let inventory = SourceInventory(module: module)
        if let call = inventory.calls.first(where: {
            RunProblem.forbiddenBuiltins.contains($0.name) && !inventory.boundNames.contains($0.name)
        }) {
            return unrunnable(exercise, problem: .forbiddenBuiltin(name: call.name, line: call.line),
                              checkName: "program stays in the sandbox")
        }
        // 3. Run.
        let probed = run(source, filename: filename)
        let result = probed.result
        let problem = RunProblem(result, filename: filename)
        let reference = reference ?? self.reference(for: exercise)

        // 4. Checks.
        var checks: [CheckResult] = []
        var diff: LineDiff? = nil
        let actualLines = OutputNormalizer.lines(result.stdout)
        let expectedLines = OutputNormalizer.lines(reference.expectedOutput)
        for check in exercise.checks {
            switch check {
            case .noBlanks:
                checks.append(CheckResult(name: "no blanks left", status: .pass))
            case .exitsCleanly:
                checks.append(CheckResult(name: "runs to the end without an error",
                                          status: problem == nil ? .pass : .fail, message: problem?.explanation))
            case .sameOutput:
                let lineDiff = LineDiff(old: expectedLines, new: actualLines)
                if lineDiff.hasChanges {
                    diff = lineDiff
                    checks.append(CheckResult(name: "prints the expected output", status: .fail,
                                              message: "your output differs from the expected output (see the diff)",
                                              concernsOutput: true))
                } else {
                    checks.append(CheckResult(name: "prints the expected output", status: .pass, concernsOutput: true))
                }
            case .outputContains(let text):
                let wanted = OutputNormalizer.normalize(text)
                let found = OutputNormalizer.normalize(result.stdout).contains(wanted)
                checks.append(CheckResult(name: "prints \"\(wanted)\"", status: found ? .pass : .fail,
                                          message: found ? nil : "your output never contains \"\(wanted)\"",
                                          concernsOutput: true))
            case .aliveAtEnd(let className, let count):
                checks.append(Self.aliveCheck(className: className, count: count, alive: probed.aliveAtEnd))
            }
        }
        let missing = exercise.requiredConstructs.filter { !inventory.uses($0) }
        for construct in exercise.requiredConstructs {
            let used = !missing.contains(construct)
            checks.append(CheckResult(name: "uses \(construct.display)", status: used ? .pass : .fail,
                                      message: used ? nil : Self.missingMessage(construct)))
        }
        // 5. Lifetimes.
        // Only a program that ran to the end says something about lifetimes.
        var lifetime: LifetimeExplanation? = nil
        let failing = checks.contains { $0.status != .pass }
        if problem == nil, failing {
            lifetime = diff.flatMap { LifetimeExplainer.explain(diff: $0, expected: expectedLines, actual: actualLines) }
            if let mine = probed.aliveAtEnd, let theirs = reference.aliveAtEnd {
                lifetime = LifetimeExplainer.survivors(alive: mine, expected: theirs, adding: lifetime)
            }
        }

        let status: CheckStatus = problem != nil ? .error : (checks.allSatisfy { $0.status == .pass } ? .pass : .fail)
        let summary: String
        switch status {
        case .pass:
            summary = "passed: all \(checks.count) checks"
        case .error:
            summary = problem?.explanation ?? "your program did not run to the end"
        case .fail:
            summary = lifetime?.observations.first
                ?? checks.first { $0.status != .pass }?.message
                ?? "a check failed"
        }
        var verdict = ExerciseVerdict(
            exerciseID: exercise.id, status: status, summary: summary, checks: checks, output: result.stdout,
            errorOutput: result.stderr, expectedOutput: reference.expectedOutput,
            diff: diff?.unified(), missingConstructs: missing, problem: problem, lifetime: lifetime)
        verdict.referenceNote = reference.referenceProblem
        return verdict
    }

    /// "exactly 1 Image alive at the end"; the message names the survivors and their chains.
    static func aliveCheck(className: String, count: Int, alive: [AliveObject]?) -> CheckResult {
        let name = "exactly \(count) \(className) alive after a final gc.collect()"
        guard let alive else {
            return CheckResult(name: name, status: .fail, message: "could not be checked: your program did not reach its last line (an error, or sys.exit())")
        }
        let mine = alive.filter { $0.className == className }
        if mine.count == count { return CheckResult(name: name, status: .pass) }
        var message = "\(mine.count) \(className) \(mine.count == 1 ? "object" : "objects") would still be alive after a final gc.collect(), \(count) expected"
        if !mine.isEmpty {
            message += "; kept alive by: " + mine.map(\.chain.description).joined(separator: "; ")
        } else if count > 0 {
            message += " (has something dropped its last strong reference too early?)"
        }
        return CheckResult(name: name, status: .fail, message: message)
    }

    static func missingMessage(_ construct: RequiredConstruct) -> String {
        switch construct.kind {
        case .call: "the exercise asks you to call \(construct.value)(), and your program never does"
        case .statement: "the exercise asks for a `\(construct.value)` statement, and your program has none"
        case .import: "the exercise asks you to import \(construct.value)"
        case .name: "the exercise asks you to use \(construct.value)"
        }
    }

    /// A verdict for a source that cannot run at all.
    private func unrunnable(_ exercise: Exercise, problem: RunProblem, checkName: String) -> ExerciseVerdict {
        ExerciseVerdict(
            exerciseID: exercise.id, status: .error, summary: problem.explanation,
            checks: [CheckResult(name: checkName, status: .error, message: problem.explanation)],
            output: "", errorOutput: "", expectedOutput: nil, diff: nil, missingConstructs: [],
            problem: problem, lifetime: nil)
    }
}

extension String {
    fileprivate func trimmingPrefix(_ prefix: String) -> Substring {
        hasPrefix(prefix) ? dropFirst(prefix.count) : self[...]
    }
}
