import ArgumentParser
import CourseModel
import Foundation

extension Course {
    struct ExerciseList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the course's exercises with your status: new, tried, passed.")

        @OptionGroup var global: GlobalOptions

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        @Flag(help: "Print JSON.")
        var json = false

        struct Line: Encodable {
            let id: String
            let lesson: String
            let title: String
            let kind: String
            let status: String
            let checks: Int
            let hintsShown: Int
            let hints: Int
        }

        func run() throws {
            let exercises = try global.catalog().exercises(of: course)
            let store = try global.openStore()
            let learner = try global.learnerIfAny(store)
            let submissions = try learner.map { try store.submissions(learnerID: $0.id, courseID: course) } ?? []
            let lines = try exercises.map { located in
                let mine = submissions.filter { $0.exerciseID == located.exercise.id }
                let status = mine.contains { $0.verdict == .passed } ? "passed" : (mine.isEmpty ? "new" : "tried")
                let shown = try learner.map {
                    try store.hintsShown(learnerID: $0.id, courseID: course, exerciseID: located.exercise.id)
                } ?? 0
                return Line(id: located.exercise.id, lesson: located.lesson.id, title: located.exercise.title,
                            kind: located.exercise.kind.rawValue, status: status, checks: mine.count,
                            hintsShown: shown, hints: located.exercise.hints.count)
            }
            if json {
                try JSONOutput.print(lines)
                return
            }
            if lines.isEmpty {
                print("\(course) has no exercises.")
                return
            }
            let idWidth = max(8, lines.map(\.id.count).max() ?? 0) + 2
            let lessonWidth = max(6, lines.map(\.lesson.count).max() ?? 0) + 2
            print(Terminal.pad("exercise", idWidth) + Terminal.pad("lesson", lessonWidth) + Terminal.pad("status", 8)
                  + Terminal.pad("checks", 8) + Terminal.pad("hints", 7) + "title")
            for line in lines {
                print(Terminal.pad(line.id, idWidth) + Terminal.pad(line.lesson, lessonWidth) + Terminal.pad(line.status, 8)
                      + Terminal.pad(String(line.checks), 8) + Terminal.pad("\(line.hintsShown)/\(line.hints)", 7) + line.title)
            }
        }
    }
}
