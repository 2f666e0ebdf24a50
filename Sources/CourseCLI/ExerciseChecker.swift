import CourseModel
import CourseStore
import Foundation
import Grading

/// One `course check`: read the file, grade it in the core, store the submission.
/// Shared by `check` and `watch`.
struct ExerciseChecker {
    let located: LocatedExercise
    let store: CourseStore
    /// Nil when nobody is enrolled: the check is graded but not stored.
    let learner: Learner?
    let grader = ExerciseGrader()
    /// The reference solution's run, made once (watch re-checks many times).
    let reference: ReferenceRun

    init(located: LocatedExercise, store: CourseStore, learner: Learner?) {
        self.located = located
        self.store = store
        self.learner = learner
        reference = grader.reference(for: located.exercise)
    }

    struct Outcome {
        let verdict: ExerciseVerdict
        let submission: ExerciseSubmission?
        let durationMilliseconds: Int64
    }

    /// Reads the solution file as it is now.
    static func readSource(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw CLIError.missingFile(path: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw ExerciseCommandError.unreadableSource(path: path) }
        return text
    }

    func check(source: String, filename: String) throws -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let verdict = grader.grade(located.exercise, source: source, filename: filename, reference: reference)
        let elapsed = clock.now - start
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        var submission: ExerciseSubmission? = nil
        if let learner {
            submission = try store.recordExerciseCheck(
                learnerID: learner.id, courseID: located.courseID, lessonID: located.lesson.id,
                exerciseID: located.exercise.id, contentVersion: located.lesson.contentVersion, source: source,
                output: verdict.output, verdict: verdict.submissionVerdict, durationMilliseconds: milliseconds)
        }
        return Outcome(verdict: verdict, submission: submission, durationMilliseconds: milliseconds)
    }
}
