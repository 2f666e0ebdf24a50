import ArgumentParser
import CourseModel
import Foundation
import Grading

extension Course {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check your solution to an exercise in the weakref core; the check is recorded.",
            discussion: """
                Your file runs in course's own interpreter under sandbox limits (no files, network or \
                environment); its output is compared with the reference solution's (addresses such as \
                0x7f..., line endings and trailing white space do not matter), and the constructs the \
                exercise asks for are looked for in your code. A wrong output is shown as a diff, with \
                what it says about object lifetimes. Exit status 0 on a pass, 1 otherwise.

                --json prints exercism's test-runner results.json (version 3).

                Examples:
                  course check weak-cache weak-cache.py
                  course check weak-cache weak-cache.py --json
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The exercise's id.")
        var id: String

        @Argument(help: "Your solution file.")
        var file: String

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        @Flag(help: "Print exercism's results.json (version 3) instead of text.")
        var json = false

        func run() throws {
            let located = try global.catalog().requireExercise(id, in: course)
            let source = try ExerciseChecker.readSource(file)
            let store = try global.openStore()
            let checker = ExerciseChecker(located: located, store: store, learner: try global.learnerIfEnrolled(store))
            let outcome = try checker.check(source: source, filename: file)
            if json {
                try JSONOutput.print(ExercismResults(outcome.verdict))
            } else {
                print(VerdictText.render(outcome.verdict, file: file))
            }
            if !outcome.verdict.passed { throw ExitCode(ExitStatus.failure.rawValue) }
        }
    }
}
