import ArgumentParser
import CourseModel

/// A self-rating a learner may give a right answer.
enum SelfRating: String, ExpressibleByArgument, CaseIterable {
    case hard
    case good
    case easy
}

extension Course {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review missed questions when they are due (FSRS-6 spaced repetition); look back at attempts.",
            discussion: """
                Every question missed in a quiz becomes a review item. `course review` asks the items \
                that are due, grades them, rates them (again when wrong; good when right, unless you \
                rate it hard or easy) and schedules the next review. --undo takes back the last \
                rating. --attempt N shows a past quiz attempt as you saw it. COURSE_NOW (ISO 8601) \
                sets the clock for scripts and tests.

                Examples:
                  course review
                  course review --answers "b,is not" --rating easy
                  course review --undo
                  course review --attempt 3
                  course review history
                """,
            subcommands: [ReviewDue.self, ReviewHistory.self],
            defaultSubcommand: ReviewDue.self
        )
    }
}
