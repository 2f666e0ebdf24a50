import ArgumentParser
import CourseModel

/// When a quiz shows whether an answer was right.
enum FeedbackTiming: String, ExpressibleByArgument, CaseIterable {
    case each
    case end
}

extension Course {
    struct TakeQuiz: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "quiz",
            abstract: "Take a lesson's quiz, or regrade stored attempts.",
            discussion: """
                On a terminal the quiz asks one question at a time: type the letter of a choice \
                (several letters such as a+c when more than one is right), or type a short answer; \
                separate the gaps of a fill-in question with |. Each answer is stored the moment it is \
                given, so Ctrl-C, a closed terminal or a crash loses nothing: the next \
                `course quiz --lesson ID` offers to resume (--restart abandons the unfinished attempt \
                and starts a new one).

                Scripted: --answers "c,a,b+d,text,gap1|gap2" (a comma between questions), or one answer \
                per line on standard input when it is not a terminal. An unfinished attempt is then \
                resumed automatically: the answers go to the questions not yet answered. Choices are \
                shuffled per attempt from a seed stored with it (--seed fixes it). A score below the \
                pass mark is not an error: the exit status is 0.

                --regrade grades every stored attempt (of --lesson, else of every lesson) against the \
                current content and reports each score that changes; --dry-run reports without storing.

                Examples:
                  course quiz --lesson weakref
                  course quiz --lesson weakref --feedback end
                  course quiz --lesson weakref --seed 7 --answers "b,a,is not" --json
                  course quiz --regrade --dry-run
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("The lesson whose quiz to take.", valueName: "id"))
        var lesson: String?

        @Option(help: ArgumentHelp("Answers, one per question, separated by commas (scripted mode).", valueName: "list"))
        var answers: String?

        @Flag(help: "Print the graded attempt as JSON (scripted mode).")
        var json = false

        @Option(help: ArgumentHelp("The seed that shuffles the choices of a new attempt.", valueName: "n"))
        var seed: Int64?

        @Option(help: "When to show right answers and explanations: each (after every answer) or end.")
        var feedback: FeedbackTiming = .each

        @Flag(help: "Abandon an unfinished attempt and start over.")
        var restart = false

        @Flag(help: "Regrade stored attempts against the current content.")
        var regrade = false

        @Flag(help: "With --regrade: report what would change, store nothing.")
        var dryRun = false

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func validate() throws {
            if regrade {
                if answers != nil || seed != nil || restart || json {
                    throw ValidationError("--regrade takes only --lesson, --dry-run and --course.")
                }
            } else {
                if dryRun { throw ValidationError("--dry-run goes with --regrade.") }
                if lesson == nil { throw ValidationError("Name the quiz with --lesson ID (see `course lessons`).") }
            }
        }

        func run() throws {
            if regrade {
                try runRegrade()
            } else {
                try takeQuiz()
            }
        }
    }
}
