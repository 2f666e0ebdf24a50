import ArgumentParser
import CourseModel
import Foundation
import Grading

extension Course {
    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-check your solution every time you save it, until it passes.",
            discussion: """
                Checks once at the start, then whenever the file's modification time changes \
                (looked at every 300 ms). Every check is recorded, as with `course check`. Stops \
                with status 0 when the solution passes; Ctrl-C stops it at any time.

                Examples:
                  course watch weak-cache weak-cache.py
                  course watch weak-cache weak-cache.py --timeout 600
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The exercise's id.")
        var id: String

        @Argument(help: "Your solution file.")
        var file: String

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        @Option(help: "Give up after this many seconds without a pass (status 1).")
        var timeout: Double?

        @Option(help: ArgumentHelp("Milliseconds between looks at the file.", visibility: .hidden))
        var interval: Int = 300

        func validate() throws {
            if let timeout, timeout <= 0 { throw ValidationError("--timeout must be positive") }
            if interval < 10 { throw ValidationError("--interval must be at least 10 ms") }
        }

        func run() throws {
            let located = try global.catalog().requireExercise(id, in: course)
            let store = try global.openStore()
            let checker = ExerciseChecker(located: located, store: store, learner: try global.learnerIfEnrolled(store))
            let deadline = timeout.map { Date().addingTimeInterval($0) }
            var lastSeen: Date? = nil
            var announcedMissing = false
            print("Watching \(file) for \(located.exercise.id); save to re-check, Ctrl-C to stop.")
            while true {
                if let modified = Self.modificationDate(file) {
                    announcedMissing = false
                    if modified != lastSeen {
                        lastSeen = modified
                        // An editor may still be writing: a file that cannot be read yet is read next time.
                        if let source = try? ExerciseChecker.readSource(file) {
                            let outcome = try checker.check(source: source, filename: file)
                            print(VerdictText.render(outcome.verdict, file: file))
                            if outcome.verdict.passed { return }
                            print("\nWaiting for you to save \(file)...")
                        } else {
                            lastSeen = nil
                        }
                    }
                } else if !announcedMissing {
                    print("\(file) does not exist (yet); waiting for it...")
                    announcedMissing = true
                }
                fflush(nil)
                if let deadline, Date() >= deadline {
                    FileHandle.standardError.write(Data("course: stopped watching after \(timeout.map { String(format: "%g", $0) } ?? "?") seconds without a pass\n".utf8))
                    throw ExitCode(ExitStatus.failure.rawValue)
                }
                usleep(UInt32(interval) * 1000)
            }
        }

        private static func modificationDate(_ path: String) -> Date? {
            (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        }
    }
}
