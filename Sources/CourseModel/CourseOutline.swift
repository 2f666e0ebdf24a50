/// A course as its `course.yaml` describes it: identity and lesson order.
public struct CourseOutline: Sendable, Hashable, Identifiable {
    /// Stable identifier; also the name of the course's folder under `Content/`.
    public var id: String
    public var title: String
    /// One or two sentences for catalogues; may be empty.
    public var summary: String
    /// Lesson ids in reading order; each is also the name of the lesson's folder.
    public var lessonIDs: [String]

    public init(id: String, title: String, summary: String = "", lessonIDs: [String]) {
        self.id = id
        self.title = title
        self.summary = summary
        self.lessonIDs = lessonIDs
    }
}

/// A whole course: its outline and its lessons, in the outline's order.
public struct Course: Sendable, Hashable, Identifiable {
    public var outline: CourseOutline
    public var lessons: [Lesson]

    public var id: String { outline.id }

    public init(outline: CourseOutline, lessons: [Lesson]) {
        self.outline = outline
        self.lessons = lessons
    }

    /// The lesson with this id, if the course has one.
    public func lesson(id: String) -> Lesson? {
        lessons.first { $0.id == id }
    }
}

/// Another name for `Course`, for modules where `Course` means something else
/// (the command line's root command is `Course`).
public typealias CourseDefinition = Course
