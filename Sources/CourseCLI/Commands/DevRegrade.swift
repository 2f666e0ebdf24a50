import ArgumentParser
import CourseModel
import Foundation
import Grading

extension Course.Dev {
    struct RegradeSubmissions: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "regrade-submissions",
            abstract: "Grade every stored submission of a course again against the current content (read-only).",
            discussion: """
                Prints how many submissions were graded, how many verdicts differ from the stored \
                ones, and the rate in submissions per second (the batch regrading benchmark). \
                Each exercise's reference solution runs once.

                Example:
                  course dev regrade-submissions
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func run() throws {
            let catalog = try global.catalog()
            let exercises = Dictionary(uniqueKeysWithValues: try catalog.exercises(of: course).map { ($0.exercise.id, $0) })
            let store = try global.openStore()
            let grader = ExerciseGrader()
            var references: [String: ReferenceRun] = [:]
            var graded = 0, changed = 0, skipped = 0
            let clock = ContinuousClock()
            let start = clock.now
            try store.forEachSubmission(courseID: course) { submission in
                guard let located = exercises[submission.exerciseID] else {
                    skipped += 1
                    return
                }
                let reference = references[submission.exerciseID] ?? grader.reference(for: located.exercise)
                references[submission.exerciseID] = reference
                let verdict = grader.grade(located.exercise, source: submission.source, reference: reference)
                graded += 1
                if verdict.submissionVerdict != submission.verdict { changed += 1 }
            }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let rate = seconds > 0 ? Double(graded) / seconds : 0
            print("graded \(graded) submissions in \(String(format: "%.2f", seconds)) s (\(String(format: "%.0f", rate)) per second); \(changed) verdicts differ from the stored ones; \(skipped) of unknown exercises skipped")
        }
    }
}
