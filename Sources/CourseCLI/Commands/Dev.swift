import ArgumentParser
import CourseModel
import CourseStore

extension Course {
    /// Hidden tools for tests and benchmarks; not part of the documented interface.
    struct Dev: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Developer tools for tests and benchmarks (hidden).",
            discussion: """
                Example:
                  course dev bulk-enroll --count 200 --prefix p1
                """,
            shouldDisplay: false,
            subcommands: [BulkEnroll.self, RegradeSubmissions.self]
        )
    }
}

extension Course.Dev {
    struct BulkEnroll: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bulk-enroll",
            abstract: "Enrol many generated learners, each learner and enrolment in its own transaction.",
            discussion: """
                Creates learners PREFIX-1 ... PREFIX-COUNT (named "PREFIX learner N") and enrols each; \
                used by the concurrency and crash tests. Does not change the current learner.

                Example:
                  course dev bulk-enroll --count 200 --prefix p1
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: "How many learners.")
        var count: Int

        @Option(help: "Handle prefix (lowercase letters, digits, '-').")
        var prefix: String

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func validate() throws {
            guard count >= 0 else { throw ValidationError("--count must be 0 or more") }
        }

        func run() throws {
            let catalog = try global.catalog()
            try catalog.requireCourse(course)
            let store = try global.openStore()
            for number in stride(from: 1, through: count, by: 1) {
                try store.enrol(
                    .handle("\(prefix)-\(number)", name: "\(prefix) learner \(number)"),
                    courseID: course, makeCurrent: false)
            }
            print("enrolled \(count)")
        }
    }
}
