import ArgumentParser
import CourseContent
import CourseModel

extension Course {
    struct ExerciseHint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hint",
            abstract: "Show the next hint of an exercise (each call one more; recorded with your checks).",
            discussion: "Hints go from a nudge to the answer. After the last one, the last is shown again.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The exercise's id.")
        var id: String

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func run() throws {
            let exercise = try global.catalog().requireExercise(id, in: course).exercise
            let store = try global.openStore()
            let learner = try store.resolveLearner(handle: global.learnerHandle)
            let before = try store.hintsShown(learnerID: learner.id, courseID: course, exerciseID: exercise.id)
            let shown = try store.revealNextHint(learnerID: learner.id, courseID: course, exerciseID: exercise.id,
                                                 available: exercise.hints.count)
            guard shown > 0 else {
                print("\(exercise.id) has no hints.")
                return
            }
            let renderer = LessonRenderer(width: Terminal.width, style: Terminal.standardOutputIsTerminal ? .ansi : .plain)
            let text = renderer.renderMarkdown(exercise.hints[shown - 1])
            print("Hint \(shown) of \(exercise.hints.count):")
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            if before == shown {
                print("(that was the last hint)")
            }
        }
    }
}
