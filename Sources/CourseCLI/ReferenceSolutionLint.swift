import CourseContent
import CourseModel
import Grading

/// `course content lint`'s last step: every reference solution must pass its own exercise
/// as `course check` grades it (its required constructs and lifetime checks included).
enum ReferenceSolutionLint {
    static func problems(in course: CourseDefinition) -> [LintProblem] {
        let grader = ExerciseGrader()
        var problems: [LintProblem] = []
        for lesson in course.lessons {
            for exercise in lesson.exercises {
                let verdict = grader.grade(exercise, source: exercise.solution)
                guard !verdict.passed else { continue }
                let failed = verdict.checks.filter { $0.status != .pass }
                    .map { $0.name + ($0.message.map { ": " + $0 } ?? "") }
                let file = "\(course.id)/\(lesson.id)/exercises/\(exercise.id)/solution.py"
                problems.append(LintProblem(file: file, line: 1,
                                            message: "the reference solution does not pass its own checks: " + failed.joined(separator: "; ")))
            }
        }
        return problems
    }
}
