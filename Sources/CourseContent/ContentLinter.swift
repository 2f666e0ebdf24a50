import Foundation
import CourseModel

/// One disagreement between what the content claims and what running it gives.
public struct LintProblem: Sendable, Hashable, CustomStringConvertible {
    /// Root-relative path, e.g. `python-weakref/weakref/lesson.md`.
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}

/// What running a Python program gave.
public struct ProgramRun: Sendable, Hashable {
    public var stdout: String
    public var stderr: String
    public var status: Int32

    public init(stdout: String, stderr: String, status: Int32) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }
}

/// Runs every example and every reference solution of a course and checks the
/// output the content claims. It does not know how programs are run: the
/// caller passes a runner (the weakref core in `course content lint`, `python3`
/// in tests).
///
/// Checks:
/// 1. every `python run` example exits with status 0;
/// 2. an example followed by an `output` block prints exactly that block
///    (its lines, each ending with a newline; an empty block means no output);
/// 3. every reference solution exits with status 0;
/// 4. when `exercise.yaml` has `expected_output`, the solution prints exactly it;
/// 5. every `contains:` check holds for the solution's output;
/// 6. for a `blanks` exercise, the starter with its blanks filled in from
///    `blanks` prints what the solution prints.
public struct ContentLinter {
    public typealias Runner = (_ source: String, _ filename: String) -> (stdout: String, stderr: String, status: Int32)

    private let runner: Runner

    public init(runner: @escaping Runner) {
        self.runner = runner
    }

    public func lint(_ course: Course) -> [LintProblem] {
        course.lessons.flatMap { lint($0, courseID: course.id) }
    }

    public func lint(_ lesson: Lesson, courseID: String) -> [LintProblem] {
        let folder = courseID + "/" + lesson.id
        var problems: [LintProblem] = []
        for example in lesson.examples {
            problems += lint(example, file: folder + "/lesson.md", lessonID: lesson.id)
        }
        for exercise in lesson.exercises {
            problems += lint(exercise, folder: folder + "/exercises/" + exercise.id)
        }
        return problems
    }

    private func run(_ source: String, _ filename: String) -> ProgramRun {
        let result = runner(source, filename)
        return ProgramRun(stdout: result.stdout, stderr: result.stderr, status: result.status)
    }

    private func lint(_ example: LessonExample, file: String, lessonID: String) -> [LintProblem] {
        let result = run(example.source, "\(lessonID)_example_\(example.number).py")
        var problems: [LintProblem] = []
        if result.status != 0 {
            problems.append(LintProblem(file: file, line: example.line,
                                        message: "example \(example.number) exited with status \(result.status)\(Self.lastLine(of: result.stderr))"))
        }
        if let expected = example.expectedOutput, expected != result.stdout {
            problems.append(LintProblem(file: file, line: example.outputLine ?? example.line,
                                        message: "example \(example.number) prints something else than its output block: \(OutputDifference(expected: expected, actual: result.stdout))"))
        }
        return problems
    }

    private func lint(_ exercise: Exercise, folder: String) -> [LintProblem] {
        let solutionFile = folder + "/solution.py"
        let yamlFile = folder + "/exercise.yaml"
        let result = run(exercise.solution, "solution.py")
        var problems: [LintProblem] = []
        if result.status != 0 {
            problems.append(LintProblem(file: solutionFile, line: 1,
                                        message: "the reference solution exited with status \(result.status)\(Self.lastLine(of: result.stderr))"))
        }
        if let expected = exercise.expectedOutput, expected != result.stdout {
            problems.append(LintProblem(file: yamlFile, line: exercise.expectedOutputLine ?? 1,
                                        message: "the reference solution does not print expected_output: \(OutputDifference(expected: expected, actual: result.stdout))"))
        }
        for case .outputContains(let text) in exercise.checks where !result.stdout.contains(text) {
            problems.append(LintProblem(file: yamlFile, line: 1,
                                        message: "the reference solution's output does not contain \"\(text)\""))
        }
        if exercise.kind == .blanks, let filled = Self.fill(exercise.starter, with: exercise.blanks) {
            let starterRun = run(filled, "starter.py")
            if starterRun.stdout != result.stdout || starterRun.status != result.status {
                problems.append(LintProblem(file: folder + "/starter.py", line: 1,
                                            message: "the starter with its blanks filled in does not print what the solution prints: \(OutputDifference(expected: result.stdout, actual: starterRun.stdout))"))
            }
        }
        return problems
    }

    /// The starter with each `___` replaced, in order, by the matching answer.
    static func fill(_ starter: String, with answers: [String]) -> String? {
        let pieces = starter.components(separatedBy: Exercise.blankMarker)
        guard pieces.count == answers.count + 1 else { return nil }
        var text = pieces[0]
        for (answer, piece) in zip(answers, pieces.dropFirst()) {
            text += answer + piece
        }
        return text
    }

    private static func lastLine(of stderr: String) -> String {
        guard let last = splitLines(stderr).last(where: { !$0.trimmingWhitespace.isEmpty }) else { return "" }
        return ": " + last
    }
}

/// The first line where two outputs differ, for a one-line message.
struct OutputDifference: CustomStringConvertible {
    let expected: String
    let actual: String

    var description: String {
        let want = splitLines(expected)
        let got = splitLines(actual)
        for index in 0..<max(want.count, got.count) {
            let wanted = index < want.count ? "\"\(want[index])\"" : "no line"
            let printed = index < got.count ? "\"\(got[index])\"" : "no line"
            if wanted != printed {
                return "line \(index + 1) should be \(wanted) but is \(printed)"
            }
        }
        return "the outputs differ only in their final newline"
    }
}
