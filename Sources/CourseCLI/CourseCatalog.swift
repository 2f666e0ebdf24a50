import CourseContent
import CourseModel
import Foundation

/// The courses and lessons `course` knows: the content of `--content DIR`,
/// `COURSE_CONTENT`, or the copy built into the binary, loaded and validated.
struct CourseCatalog {
    let courses: [CourseDefinition]

    /// Loads and validates all content; invalid content throws every problem found.
    static func load(contentOption: String?) throws -> CourseCatalog {
        let source = ContentSourceChoice.source(
            contentOption: contentOption, environment: ProcessInfo.processInfo.environment)
        if let folder = source as? DirectoryContentSource, !folder.exists {
            throw CLIError.missingContent(path: folder.root.path)
        }
        return CourseCatalog(courses: try ContentLoader(source: source).loadAll())
    }

    var courseIDs: [String] { courses.map(\.id) }

    /// Throws `CLIError.unknownCourse` unless the course exists.
    @discardableResult
    func requireCourse(_ courseID: String) throws -> CourseDefinition {
        guard let course = courses.first(where: { $0.id == courseID }) else {
            throw CLIError.unknownCourse(courseID, known: courseIDs)
        }
        return course
    }

    /// The lesson ids of a course, in order.
    func lessonIDs(of courseID: String) -> [String] {
        courses.first { $0.id == courseID }?.outline.lessonIDs ?? []
    }

    /// Throws `CLIError.unknownLesson` unless the course has the lesson.
    func requireLesson(_ lessonID: String, in courseID: String) throws -> Lesson {
        let course = try requireCourse(courseID)
        guard let lesson = course.lessons.first(where: { $0.id == lessonID }) else {
            throw CLIError.unknownLesson(lessonID, course: courseID, known: course.lessons.map(\.id))
        }
        return lesson
    }
}
