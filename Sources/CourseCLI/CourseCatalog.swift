import CourseModel

/// The courses and lessons `course` knows. Temporary: a fixed list until the
/// content loader (CourseContent) is wired in, then this reads `Content/`.
enum CourseCatalog {
    static let courseIDs = [CourseModel.defaultCourseID]

    /// The lesson ids of a course, in order.
    static func lessonIDs(of courseID: String) -> [String] {
        courseID == CourseModel.defaultCourseID ? ["weakref"] : []
    }

    /// Throws `CLIError.unknownCourse` unless the course exists.
    static func requireCourse(_ courseID: String) throws {
        guard courseIDs.contains(courseID) else { throw CLIError.unknownCourse(courseID, known: courseIDs) }
    }
}
