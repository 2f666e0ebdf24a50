import ArgumentParser
import CourseModel
import CourseStore

extension Course {
    struct ReviewHistory: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "List your quiz attempts, oldest first (see one with `course review --attempt N`)."
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Only this lesson's attempts.", valueName: "id"))
        var lesson: String?

        @Flag(help: "Print JSON.")
        var json = false

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func run() throws {
            let catalog = try global.catalog()
            try catalog.requireCourse(course)
            if let lesson { _ = try catalog.requireLesson(lesson, in: course) }
            let store = try global.openStore()
            let learner = try store.resolveLearner(handle: global.learnerHandle)
            let attempts = try store.attempts(learnerID: learner.id, courseID: course, lessonID: lesson)
            if json {
                try JSONOutput.print(attempts)
                return
            }
            guard !attempts.isEmpty else {
                print("No quiz attempts yet: try `course quiz --lesson ID`.")
                return
            }
            print(["attempt", "lesson", "state", "score", "answers", "started", "finished"].joined(separator: "\t"))
            for attempt in attempts {
                let answered = try store.responses(attemptID: attempt.id).count
                let score: String
                if let value = attempt.score, let maximum = attempt.maxScore, maximum > 0 {
                    score = ScoreText.percent(100 * value / maximum)
                } else {
                    score = "-"
                }
                print([String(attempt.id), attempt.lessonID, attempt.state.rawValue, score, String(answered),
                       Timestamp.string(from: attempt.startedAt),
                       attempt.finishedAt.map(Timestamp.string(from:)) ?? "-"].joined(separator: "\t"))
            }
        }
    }
}
