import ArgumentParser
import CourseStore

extension Course.DB {
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the database's path, applied and pending migrations, without changing it.",
            discussion: """
                Reads the file read-only: a database made by a newer course, one whose applied \
                migrations were edited, or a file that is not a database is reported as an error \
                (status 65) and left untouched.

                Example:
                  course db status
                """
        )

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let path = global.databasePath
            let status = try MigrationCheck.inspect(path: path)
            print("database: \(path)\(status.exists ? "" : " (not created yet; created on first use)")")
            if status.applied.isEmpty {
                print("applied: none")
            }
            for applied in status.applied {
                let checksum = applied.checksum.map { "sha256 \($0.prefix(12))" } ?? "no checksum"
                print("applied: \(applied.identifier) (\(checksum), \(applied.appliedAt ?? "unknown time"))")
            }
            print("pending: \(status.pending.isEmpty ? "none" : status.pending.joined(separator: ", "))")
        }
    }
}
