/// Plain `Sendable` value types shared by every module of `course`.
public enum CourseModel {
    /// The identifier of the only course shipped so far.
    public static let defaultCourseID = "python-weakref"
}
