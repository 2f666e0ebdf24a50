import ArgumentParser
import CourseStore
import Foundation

extension Course {
    struct Learners: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List learners with their enrolments and a progress summary.",
            discussion: """
                One line per learner, by handle: enrolment date, courses, lessons completed of those \
                started, quiz attempts and exercises passed. The current learner is marked with '*'.

                Examples:
                  course learners
                  course learners --json
                """
        )

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Print JSON instead of a table.")
        var json = false

        struct Entry: Encodable {
            let handle: String
            let name: String
            let current: Bool
            let enrolledAt: Date?
            let courses: [String]
            let lessonsStarted: Int
            let lessonsCompleted: Int
            let attempts: Int
            let exercisesPassed: Int
        }

        func run() throws {
            let store = try global.openStore()
            let overviews = try store.learnerOverviews()
            let currentHandle = try store.currentLearner()?.handle
            let entries = overviews.map { overview in
                Entry(
                    handle: overview.learner.handle, name: overview.learner.name,
                    current: overview.learner.handle == currentHandle, enrolledAt: overview.firstEnrolledAt,
                    courses: overview.courses, lessonsStarted: overview.lessonsStarted,
                    lessonsCompleted: overview.lessonsCompleted, attempts: overview.attempts,
                    exercisesPassed: overview.exercisesPassed)
            }
            if json {
                try JSONOutput.print(entries)
                return
            }
            guard !entries.isEmpty else {
                print("No learners yet. Enrol one with: course enroll --name \"Ada Lovelace\"")
                return
            }
            let handleWidth = max(6, entries.map(\.handle.count).max() ?? 0) + 2
            let nameWidth = max(4, entries.map(\.name.count).max() ?? 0) + 2
            print("  " + Terminal.pad("HANDLE", handleWidth) + Terminal.pad("NAME", nameWidth)
                  + Terminal.pad("ENROLLED", 12) + "LESSONS  ATTEMPTS  EXERCISES  COURSES")
            for entry in entries {
                let enrolled = entry.enrolledAt.map { String(Timestamp.string(from: $0).prefix(10)) } ?? "-"
                print((entry.current ? "* " : "  ") + Terminal.pad(entry.handle, handleWidth)
                      + Terminal.pad(entry.name, nameWidth) + Terminal.pad(enrolled, 12)
                      + Terminal.pad("\(entry.lessonsCompleted)/\(entry.lessonsStarted)", 9)
                      + Terminal.pad("\(entry.attempts)", 10) + Terminal.pad("\(entry.exercisesPassed)", 11)
                      + entry.courses.joined(separator: ","))
            }
        }
    }
}
