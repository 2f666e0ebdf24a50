import ArgumentParser

/// The `course` command: configuration only. Each subcommand lives in its own
/// file under `Commands/`; errors become messages in `Course+Main.swift`.
@main
struct Course: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "course",
        abstract: "A course engine whose first course teaches Python weak references.",
        discussion: """
            Everything a learner does is stored in one SQLite file (see --db). Start by enrolling:

              course enroll --name "Ada Lovelace"
              course progress
              course quiz --lesson weakref
              course review
              course report --csv --kind progress --out progress.csv
            """,
        subcommands: [
            Enroll.self, Learners.self, Lessons.self, ReadLesson.self, Run.self, TakeQuiz.self, Review.self,
            ExerciseCommand.self, Check.self, Watch.self, Progress.self, Report.self,
            Content.self, DB.self, Dev.self,
        ]
    )
}
