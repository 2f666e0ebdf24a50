import ArgumentParser
import CourseContent
import CourseModel
import Grading

extension Course {
    struct ExerciseShow: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show an exercise: its instructions and what a solution must use.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The exercise's id, as `course exercise list` shows it.")
        var id: String

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func run() throws {
            let located = try global.catalog().requireExercise(id, in: course)
            let exercise = located.exercise
            let renderer = LessonRenderer(width: Terminal.width, style: Terminal.standardOutputIsTerminal ? .ansi : .plain)
            print("\(exercise.title) (\(exercise.id), lesson \(located.lesson.id))")
            print("")
            let text = renderer.renderMarkdown(exercise.instructions)
            print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
            print("")
            print("Your solution must use: " + exercise.requiredConstructs.map(\.display).joined(separator: ", "))
            if exercise.kind == .blanks {
                let count = exercise.blanks.count
                print("Replace the \(count) \(count == 1 ? "blank" : "blanks") (___) of the starter.")
            }
            print("")
            print("Start with `course exercise start \(exercise.id)`, then `course check \(exercise.id) \(exercise.starterFileName)`.")
            print("Stuck? `course exercise hint \(exercise.id)` (\(exercise.hints.count) hints).")
        }
    }
}
