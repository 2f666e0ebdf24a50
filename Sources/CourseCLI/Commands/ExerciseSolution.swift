import ArgumentParser
import CourseModel

extension Course {
    struct ExerciseSolution: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "solution",
            abstract: "After you pass an exercise, show the reference solution beside your passing one.",
            discussion: "Locked until `course check` has passed the exercise for you.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The exercise's id.")
        var id: String

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        @Flag(help: "Show the two one after the other instead of side by side.")
        var stacked = false

        func run() throws {
            let exercise = try global.catalog().requireExercise(id, in: course).exercise
            let store = try global.openStore()
            let learner = try store.resolveLearner(handle: global.learnerHandle)
            let passing = try store.submissions(learnerID: learner.id, courseID: course, exerciseID: exercise.id)
                .last { $0.verdict == .passed }
            guard let passing else { throw ExerciseCommandError.solutionLocked(exercise.id) }
            let width = Terminal.width
            if stacked || width < 60 {
                print("== reference solution ==")
                print(exercise.solution, terminator: exercise.solution.hasSuffix("\n") ? "" : "\n")
                print("== your passing solution ==")
                print(passing.source, terminator: passing.source.hasSuffix("\n") ? "" : "\n")
                return
            }
            for line in SideBySide.lines(left: exercise.solution, right: passing.source,
                                         leftTitle: "reference solution", rightTitle: "your passing solution",
                                         width: width) {
                print(line)
            }
        }
    }
}
