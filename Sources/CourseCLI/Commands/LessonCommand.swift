import ArgumentParser
import CourseContent
import CourseModel
import CourseStore
import Foundation

extension Course {
    struct ReadLesson: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lesson",
            abstract: "Read a lesson; what you read is recorded in your progress.",
            discussion: """
                Without --section the whole lesson is shown; with it, one section (numbered from 1, \
                as `course lesson ID --sections` lists them). On a terminal headings are bold and \
                code is highlighted; piped, the text is plain. Reading every section completes the \
                lesson.

                Examples:
                  course lesson weakref
                  course lesson weakref --sections
                  course lesson weakref --section 3 | less
                """
        )

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The lesson's id, as `course lessons` lists it.")
        var id: String

        @Option(help: "Show only this section (from 1).")
        var section: Int?

        @Flag(help: "List the lesson's sections instead of showing them.")
        var sections = false

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func validate() throws {
            if let section, section < 1 { throw ValidationError("--section counts from 1") }
        }

        func run() throws {
            let lesson = try global.catalog().requireLesson(id, in: course)
            let renderer = LessonRenderer(width: Terminal.width,
                                          style: Terminal.standardOutputIsTerminal ? .ansi : .plain)
            if sections {
                for title in renderer.sectionTitles(of: lesson) { print(title) }
                return
            }
            let shown: [Int]
            if let section {
                guard let text = renderer.render(lesson, section: section) else {
                    throw CLIError.usage("lesson '\(id)' has \(lesson.sections.count) sections; --section \(section) is not one")
                }
                print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
                shown = [section - 1]
            } else {
                let text = renderer.render(lesson)
                print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
                shown = Array(lesson.sections.indices)
            }
            try record(shown, of: lesson)
        }

        /// Marks the sections read for the learner, when there is one enrolled.
        private func record(_ shown: [Int], of lesson: Lesson) throws {
            let store = try global.openStore()
            guard let learner = try global.learnerIfEnrolled(store) else { return }
            for index in shown {
                try store.markSectionRead(learnerID: learner.id, courseID: course, lessonID: lesson.id,
                                          section: index, sectionCount: lesson.sections.count)
            }
        }
    }
}
