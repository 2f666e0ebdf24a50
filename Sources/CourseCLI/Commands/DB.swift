import ArgumentParser

extension Course {
    struct DB: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "db",
            abstract: "Inspect or migrate the database.",
            discussion: """
                Examples:
                  course db status
                  course db migrate --db /tmp/class.sqlite
                """,
            subcommands: [Status.self, Migrate.self]
        )
    }
}
