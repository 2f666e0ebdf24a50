import ArgumentParser
import CourseModel
import CourseStore
import Foundation
import Reports

extension ReportKind: ExpressibleByArgument {}

extension Course {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a report as CSV, streamed from the database.",
            discussion: """
                RFC 4180 CSV (UTF-8, CRLF line ends, a header row), safe to open in a spreadsheet: \
                text that could start a formula is prefixed with ' and quoted; numbers stay numbers. \
                Kinds: progress (one row per enrolled learner and lesson, 'Not Attempted' included), \
                attempts (one row per quiz attempt), responses (one row per answer given), reviews \
                (the review log in the FSRS optimizer's columns). The \
                columns are listed in README.md.

                Examples:
                  course report --csv
                  course report --csv --kind attempts --out attempts.csv
                  course report --csv --kind responses | head
                """
        )

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Write CSV (the only format so far).")
        var csv = false

        @Option(help: "Which report: \(ReportKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        var kind: ReportKind = .progress

        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
        var out: String?

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func validate() throws {
            guard csv else { throw ValidationError("Add --csv: CSV is the only report format so far.") }
        }

        func run() throws {
            let catalog = try global.catalog()
            try catalog.requireCourse(course)
            let store = try global.openStore()
            let exporter = ReportExporter(store: store, courseID: course, lessonIDs: catalog.lessonIDs(of: course))
            guard let out else {
                try exporter.write(kind, to: CSVWriter(sink: FileDescriptorSink(descriptor: 1, destination: "standard output")))
                return
            }
            let descriptor = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw CLIError.cannotWrite(path: out, reason: String(cString: strerror(errno)))
            }
            defer { close(descriptor) }
            try exporter.write(kind, to: CSVWriter(sink: FileDescriptorSink(descriptor: descriptor, destination: out)))
        }
    }
}
