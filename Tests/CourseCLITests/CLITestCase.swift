import CourseTestSupport
import Foundation

/// A temporary home and database for one CLI test, and a way to run `course` in it.
struct CLISandbox {
    let folder: TemporaryDirectory
    var databasePath: String { folder.path("course.sqlite") }

    init() throws {
        folder = try TemporaryDirectory(prefix: "course-cli")
    }

    /// Runs `course ARGUMENTS --db <sandbox database>` (global options go after the subcommand).
    func run(_ arguments: [String], database: String? = nil, environment: [String: String] = [:],
             workingDirectory: String? = nil) throws -> CommandResult {
        try CourseBinary.run(arguments + ["--db", database ?? databasePath], home: folder.path("home"), environment: environment,
                             workingDirectory: workingDirectory)
    }

    /// Runs `course ARGUMENTS` exactly as given.
    func runExactly(_ arguments: [String], environment: [String: String] = [:],
                    workingDirectory: String? = nil) throws -> CommandResult {
        try CourseBinary.run(arguments, home: folder.path("home"), environment: environment,
                             workingDirectory: workingDirectory)
    }
}
