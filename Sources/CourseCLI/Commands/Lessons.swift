import ArgumentParser
import CourseModel
import CourseStore

extension Course {
    struct Lessons: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a course's lessons, with the current learner's status in each.",
            discussion: """
                Lessons are listed in course order with their summary. When a learner is enrolled, \
                each line also shows their status and how many sections they have read.

                Examples:
                  course lessons
                  course lessons --learner ada-lovelace
                  course lessons --content ./MyCourse --course my-course
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: "The course.")
        var course: String = CourseModel.defaultCourseID

        func run() throws {
            let catalog = try global.catalog()
            let definition = try catalog.requireCourse(course)
            let summaries = try learnerSummaries(lessonIDs: definition.outline.lessonIDs)
            print(definition.outline.title)
            for (index, lesson) in definition.lessons.enumerated() {
                var line = "\(index + 1). \(lesson.id): \(lesson.title)"
                if let summary = summaries[lesson.id] {
                    line += " [\(summary.status.rawValue), \(summary.sectionsRead)/\(lesson.sections.count) sections read]"
                }
                print(line)
                if !lesson.summary.isEmpty { print("   \(lesson.summary)") }
            }
        }

        /// The learner's summaries by lesson, or none when nobody is enrolled yet.
        private func learnerSummaries(lessonIDs: [String]) throws -> [String: LessonSummary] {
            let store = try global.openStore()
            guard let learner = try global.learnerIfAny(store) else { return [:] }
            let summaries = try store.lessonSummaries(learnerID: learner.id, courseID: course, lessonIDs: lessonIDs)
            return Dictionary(summaries.map { ($0.lessonID, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
