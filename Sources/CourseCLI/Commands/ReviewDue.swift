import ArgumentParser
import CourseModel
import CourseStore
import Dispatch
import Foundation
import Grading
import Review

extension Course {
    struct ReviewDue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract: "Ask the review items that are due (the default), undo the last rating, or show an attempt.",
            discussion: """
                Choices are shown in the content's order. Scripted: --answers "b,is not" (a comma \
                between items) or one answer per line on standard input when it is not a terminal; \
                --rating applies to every right answer.
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Answers to the due items, separated by commas (scripted mode).", valueName: "list"))
        var answers: String?

        @Option(help: "How a right answer felt: hard, good or easy (default good; a wrong answer is always again).")
        var rating: SelfRating?

        @Flag(help: "Take back the last rating.")
        var undo = false

        @Option(help: ArgumentHelp("Show quiz attempt N: your answers as you saw them, the right ones, explanations.",
                                   valueName: "n"))
        var attempt: Int64?

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func validate() throws {
            if undo && (attempt != nil || answers != nil || rating != nil) {
                throw ValidationError("--undo takes no other option.")
            }
            if attempt != nil && (answers != nil || rating != nil) {
                throw ValidationError("--attempt only shows an attempt; it takes no answers.")
            }
        }

        func run() throws {
            let clock = try CommandClock.current()
            let catalog = try global.catalog()
            try catalog.requireCourse(course)
            let store = try global.openStore()
            let learner = try store.enrolledLearner(handle: global.learnerHandle, courseID: course)
            if let attempt {
                try AttemptView(catalog: catalog, store: store, learner: learner, attemptID: attempt).show()
            } else if undo {
                try undoLast(store: store, learner: learner, catalog: catalog)
            } else {
                try reviewDue(store: store, learner: learner, catalog: catalog, clock: clock)
            }
        }

        private func undoLast(store: CourseStore, learner: Learner, catalog: CourseCatalog) throws {
            guard let (entry, item) = try store.undoLastReview(learnerID: learner.id, courseID: course) else {
                print("Nothing to undo.")
                return
            }
            let name = FSRSRating(rawValue: entry.rating).map { "\($0)" } ?? "\(entry.rating)"
            print("Took back the rating '\(name)' of \(Self.label(item.itemKey)) given at "
                  + "\(Timestamp.string(from: entry.reviewedAt)); it is due again at \(Timestamp.string(from: item.due)).")
        }

        private func reviewDue(store: CourseStore, learner: Learner, catalog: CourseCatalog, clock: any Clock) throws {
            let due = try store.dueReviewItems(learnerID: learner.id, courseID: course, now: clock.now)
            guard !due.isEmpty else {
                let next = try store.reviewItems(learnerID: learner.id, courseID: course).first
                print("Nothing to review now." + (next.map { " Next review due at \(Timestamp.string(from: $0.due))." } ?? ""))
                return
            }
            let input = AnswerInput.choose(answers: answers)
            let interactive = input.isInteractive
            var feed = AnswerFeed(input)
            let scheduling = ReviewItemScheduling()
            let width = Terminal.width
            if interactive { InterruptNotice.install() }
            var reviewed = 0
            for (index, item) in due.enumerated() {
                guard let key = ReviewKey.parseQuestion(item.itemKey),
                      let question = try? catalog.requireLesson(key.lessonID, in: course).quiz?.question(id: key.questionID)
                else {
                    FileHandle.standardError.write(Data("note: skipping \(item.itemKey): no longer in the content\n".utf8))
                    continue
                }
                let shown = question.choices
                if interactive {
                    print("\nReview \(index + 1) of \(due.count) (\(key.lessonID))")
                    print(QuestionText.render(question, shown: shown, width: width))
                }
                let started = DispatchTime.now()
                var graded: QuestionGrade?
                while graded == nil {
                    guard let typed = feed.next(prompt: QuestionText.answerPrompt(question, shown: shown)) else { break }
                    do {
                        graded = QuizGrader.grade(try LearnerAnswer.parse(typed, for: question, shownChoices: shown),
                                                  for: question)
                    } catch {
                        if !interactive { throw CLIError.invalidAnswer(error.description) }
                        print("  \(error.reason); try again.")
                    }
                }
                guard let grade = graded else { break }
                let duration = Int((DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1_000_000)
                var selfRating = rating.flatMap { Self.fsrs($0) }
                if interactive {
                    let verdict = grade.correct ? "Right." : "Not quite. The answer: "
                        + RightAnswer.described(for: question, shown: shown)
                    print(QuestionText.wrap(verdict, width: width, indent: "  "))
                    print(QuestionText.wrap("  " + question.explanation, width: width, indent: "  "))
                    if grade.correct && rating == nil {
                        let reply = feed.next(prompt: "How was it? [h]ard, [g]ood, [e]asy (Enter: good) ")?
                            .trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                        selfRating = reply.hasPrefix("h") ? .hard : reply.hasPrefix("e") ? .easy : .good
                    }
                }
                let fsrsRating = FSRSRating.from(correct: grade.correct, selfRating: selfRating)
                let now = clock.now
                let next = scheduling.review(item, rating: fsrsRating, at: now)
                try store.recordReview(next, rating: fsrsRating.rawValue, reviewedAt: now, durationMilliseconds: duration)
                reviewed += 1
                let when = Self.interval(from: now, to: next.due)
                if interactive {
                    print("Rated \(fsrsRating); next review in \(when).")
                } else {
                    print("\(Self.label(item.itemKey)): \(grade.correct ? "right" : "wrong"), rated \(fsrsRating), "
                          + "next review \(Timestamp.string(from: next.due)) (in \(when))")
                }
            }
            let left = try store.dueReviewCount(learnerID: learner.id, courseID: course, now: clock.now)
            print((interactive ? "\n" : "") + "Reviewed \(reviewed) of \(due.count) due; \(left) due now.")
        }

        static func fsrs(_ rating: SelfRating) -> FSRSRating? {
            switch rating {
            case .hard: return .hard
            case .good: return nil
            case .easy: return .easy
            }
        }

        /// `weakref/what-is-weak` for `question:weakref/what-is-weak`.
        static func label(_ key: String) -> String {
            ReviewKey.parseQuestion(key).map { "\($0.lessonID)/\($0.questionID)" } ?? key
        }

        /// `10 minutes`, `3 days`.
        static func interval(from start: Date, to end: Date) -> String {
            let seconds = max(0, end.timeIntervalSince(start))
            func plural(_ value: Int, _ unit: String) -> String { "\(value) \(unit)\(value == 1 ? "" : "s")" }
            if seconds < 3600 { return plural(Int((seconds / 60).rounded()), "minute") }
            if seconds < 86_400 { return plural(Int((seconds / 3600).rounded()), "hour") }
            return plural(Int((seconds / 86_400).rounded()), "day")
        }
    }
}
