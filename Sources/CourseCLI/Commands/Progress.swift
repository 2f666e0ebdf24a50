import ArgumentParser
import CourseModel
import CourseStore
import Foundation

extension Course {
    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show progress per lesson: status, sections read, best quiz score, exercises, next step.",
            discussion: """
                Shows the current learner (or --learner) in the course; --all shows every enrolled \
                learner. On a terminal each lesson gets a bar; piped, the output is plain text, one \
                line per lesson.

                Examples:
                  course progress
                  course progress --all
                  course progress --learner ada-lovelace --json
                """
        )

        @OptionGroup var global: GlobalOptions

        @Flag(help: "Show every enrolled learner.")
        var all = false

        @Flag(help: "Print JSON.")
        var json = false

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        struct LearnerProgress: Encodable {
            let handle: String
            let name: String
            let course: String
            var lessons: [LessonLine]
            /// Review items due now (`course review`).
            var reviewsDue: Int
        }

        struct LessonLine: Encodable {
            let lesson: String
            let status: String
            let sectionsRead: Int
            let bestScore: Double?
            let attempts: Int
            let exercisesPassed: Int
            let completedAt: Date?
            let next: String?
        }

        func run() throws {
            let catalog = try global.catalog()
            try catalog.requireCourse(course)
            let now = try CommandClock.current().now
            let store = try global.openStore()
            let lessonIDs = catalog.lessonIDs(of: course)
            var report: [LearnerProgress] = []
            if all {
                // One cursor over every enrolled learner and lesson, ordered by handle.
                try store.forEachProgressRow(courseID: course, lessonIDs: lessonIDs) { row in
                    let line = Self.line(LessonSummary(
                        lessonID: row.lessonID, status: row.status, sectionsRead: row.sectionsRead,
                        bestScore: row.bestScore, attempts: row.attempts, exercisesPassed: row.exercisesPassed,
                        completedAt: row.completedAt.flatMap(Timestamp.date(from:))))
                    if let last = report.last, last.handle == row.handle {
                        report[report.count - 1].lessons.append(line)
                    } else {
                        report.append(LearnerProgress(handle: row.handle, name: row.name, course: course,
                                                      lessons: [line], reviewsDue: 0))
                    }
                }
                for index in report.indices {
                    if let learner = try store.learner(handle: report[index].handle) {
                        report[index].reviewsDue = try store.dueReviewCount(learnerID: learner.id, courseID: course, now: now)
                    }
                }
            } else {
                let learner = try store.resolveLearner(handle: global.learnerHandle)
                let summaries = try store.lessonSummaries(learnerID: learner.id, courseID: course, lessonIDs: lessonIDs)
                if summaries.isEmpty {
                    throw CLIError.usage("\(learner.handle) is not enrolled in \(course); run `course enroll --course \(course)`")
                }
                report.append(LearnerProgress(
                    handle: learner.handle, name: learner.name, course: course, lessons: summaries.map(Self.line),
                    reviewsDue: try store.dueReviewCount(learnerID: learner.id, courseID: course, now: now)))
            }
            if json {
                try JSONOutput.print(all ? AnyEncodable(report) : AnyEncodable(report.first))
                return
            }
            if report.isEmpty {
                print("No learners enrolled in \(course) yet. Enrol one with: course enroll --name \"Ada Lovelace\"")
                return
            }
            let bars = Terminal.standardOutputIsTerminal
            for (index, learner) in report.enumerated() {
                if index > 0 { print("") }
                print("\(learner.name) (\(learner.handle)) in \(learner.course)")
                for line in learner.lessons {
                    print(bars ? Self.barLine(line) : Self.plainLine(line))
                }
                if learner.reviewsDue > 0 {
                    print("reviews due: \(learner.reviewsDue) (course review)")
                }
            }
        }

        static func line(_ summary: LessonSummary) -> LessonLine {
            LessonLine(
                lesson: summary.lessonID, status: summary.status.rawValue, sectionsRead: summary.sectionsRead,
                bestScore: summary.bestScore, attempts: summary.attempts, exercisesPassed: summary.exercisesPassed,
                completedAt: summary.completedAt, next: NextStep.suggestion(for: summary))
        }

        static func scoreText(_ score: Double?) -> String {
            score.map { "\(Int(($0 * 100).rounded()))%" } ?? "-"
        }

        static func plainLine(_ line: LessonLine) -> String {
            "\(line.lesson)\t\(line.status)\tsections \(line.sectionsRead)\tbest \(scoreText(line.bestScore))"
                + "\tattempts \(line.attempts)\texercises \(line.exercisesPassed)\tnext \(line.next ?? "-")"
        }

        static func barLine(_ line: LessonLine) -> String {
            let fraction: Double
            switch LessonStatus(rawValue: line.status) {
            case .completed: fraction = 1
            case .inProgress: fraction = 0.5
            default: fraction = 0
            }
            var text = "  " + Terminal.pad(line.lesson, 12) + Terminal.bar(fraction: fraction) + " "
                + Terminal.pad(line.status, 14) + "sections \(line.sectionsRead)  best \(scoreText(line.bestScore))"
                + "  exercises \(line.exercisesPassed)"
            if let next = line.next { text += "\n  " + String(repeating: " ", count: 12) + "next: \(next)" }
            return text
        }
    }
}

/// What a learner should do next in a lesson.
enum NextStep {
    static func suggestion(for summary: LessonSummary) -> String? {
        switch summary.status {
        case .notAttempted:
            return "course lesson \(summary.lessonID)"
        case .inProgress where summary.attempts == 0 && summary.sectionsRead == 0:
            return "course lesson \(summary.lessonID)"
        case _ where summary.attempts == 0:
            return "course quiz --lesson \(summary.lessonID)"
        case _ where summary.exercisesPassed == 0:
            return "course exercise list"
        case .inProgress:
            return "course lesson \(summary.lessonID)"
        case .completed:
            return nil
        }
    }
}

/// Wraps any encodable value (JSON output of one learner or of all).
struct AnyEncodable: Encodable {
    private let encodeValue: (Encoder) throws -> Void
    init<T: Encodable>(_ value: T) { encodeValue = value.encode(to:) }
    func encode(to encoder: Encoder) throws { try encodeValue(encoder) }
}
