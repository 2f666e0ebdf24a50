import ArgumentParser
import CourseModel
import Foundation

extension Course {
    struct ExerciseStart: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Write the exercise's starter file into the current folder.",
            discussion: "The file is named after the exercise (weak-cache.py) unless the exercise names it. An existing file is never overwritten.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The exercise's id.")
        var id: String

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func run() throws {
            let exercise = try global.catalog().requireExercise(id, in: course).exercise
            let name = exercise.starterFileName
            let url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(name)
            do {
                // `.withoutOverwriting` creates the file exclusively (O_EXCL): no race with an existing one.
                try Data(exercise.starter.utf8).write(to: url, options: .withoutOverwriting)
            } catch CocoaError.fileWriteFileExists {
                throw ExerciseCommandError.fileExists(path: name, exerciseID: exercise.id)
            } catch {
                if FileManager.default.fileExists(atPath: url.path) { throw ExerciseCommandError.fileExists(path: name, exerciseID: exercise.id) }
                throw CLIError.cannotWrite(path: name, reason: (error as NSError).localizedDescription)
            }
            print("wrote \(name): \(exercise.title)")
            print("When it is ready: course check \(exercise.id) \(name)   (or `course watch \(exercise.id) \(name)` while you edit)")
        }
    }
}
