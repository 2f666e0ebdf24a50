import ArgumentParser
import CourseStore

extension Course.DB {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create the database if needed and apply pending migrations.",
            discussion: """
                Every command migrates when it opens the database; this one does only that, and says \
                what it applied. A database from a newer course is refused and left untouched.

                Example:
                  course db migrate
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let path = global.databasePath
            let before = try MigrationCheck.inspect(path: path)
            _ = try global.openStore()
            if before.pending.isEmpty {
                print("\(path): up to date")
            } else {
                for identifier in before.pending { print("applied \(identifier)") }
                print("\(path): up to date")
            }
        }
    }
}
