import CourseModel
import Yams

/// Loads courses from a `ContentSource` and validates them. Every problem in
/// every file is collected; loading throws them all at once.
public struct ContentLoader: Sendable {
    public let source: any ContentSource

    public init(source: any ContentSource) {
        self.source = source
    }

    static let courseKeys: Set<String> = ["id", "title", "summary", "lessons"]

    /// Ids of the courses under the root: every top-level folder (each must hold a `course.yaml`).
    public func courseIDs() -> [String] {
        source.subfolders(of: "")
    }

    /// Loads one course, or throws every problem found in it.
    public func loadCourse(id: String) throws(ContentValidationError) -> Course {
        var problems = ProblemList()
        let course = readCourse(id: id, into: &problems)
        guard let course, problems.isEmpty else { throw ContentValidationError(problems: problems.problems) }
        return course
    }

    /// Loads every course under the root, or throws every problem found in any of them.
    public func loadAll() throws(ContentValidationError) -> [Course] {
        var problems = ProblemList()
        let ids = courseIDs()
        if ids.isEmpty {
            problems.add(".", 1, 1, "no course found in \(source.name): expected <course>/course.yaml")
        }
        let courses = ids.compactMap { readCourse(id: $0, into: &problems) }
        guard problems.isEmpty else { throw ContentValidationError(problems: problems.problems) }
        return courses
    }

    /// Every problem in the content, sorted; empty when it is valid.
    public func validate() -> [ContentProblem] {
        do {
            _ = try loadAll()
            return []
        } catch {
            return error.problems
        }
    }

    private func readCourse(id courseID: String, into problems: inout ProblemList) -> Course? {
        let path = courseID + "/course.yaml"
        guard let text = source.text(at: path) else {
            problems.add(path, 1, 1, "missing file: every course folder needs a course.yaml")
            return nil
        }
        let yaml = YAMLText(file: path, lineOffset: 0)
        guard let root = yaml.compose(text, into: &problems) else {
            if source.text(at: path)?.trimmingWhitespace.isEmpty == true {
                problems.add(path, 1, 1, "course.yaml is empty")
            }
            return nil
        }
        guard let fields = yaml.mapping(root, what: "course.yaml", into: &problems) else { return nil }
        fields.rejectUnknownKeys(allowed: Self.courseKeys, &problems)
        let id = fields.string("id", &problems)
        if let id, id != courseID {
            let place = fields.valuePosition("id")
            problems.add(path, place.line, place.column, "course id '\(id)' does not match its folder '\(courseID)'")
        }
        let title = fields.string("title", &problems)
        let summary = fields.string("summary", required: false, &problems) ?? ""
        let lessonIDs = readLessonList(fields, yaml: yaml, courseID: courseID, &problems)
        let listed = Set(fields.value("lessons")?.sequence?.compactMap { $0.scalar?.string } ?? [])
        reportUnlistedLessons(courseID: courseID, listed: listed, &problems)

        guard let lessonIDs else { return nil }
        let known = Set(lessonIDs)
        var lessons: [Lesson] = []
        for lessonID in lessonIDs {
            let reader = LessonReader(courseID: courseID, lessonID: lessonID, source: source, courseLessonIDs: known)
            if let lesson = reader.read(into: &problems) { lessons.append(lesson) }
        }
        guard let id, id == courseID, let title else { return nil }
        return Course(outline: CourseOutline(id: id, title: title, summary: summary, lessonIDs: lessonIDs),
                      lessons: lessons)
    }

    /// `lessons`: ids in order, each with a folder holding a lesson.md, none twice.
    private func readLessonList(_ fields: MappingReader, yaml: YAMLText, courseID: String,
                                _ problems: inout ProblemList) -> [String]? {
        guard let ids = fields.strings("lessons", minimumCount: 1, &problems),
              let items = fields.value("lessons")?.sequence else { return nil }
        var seen = Set<String>()
        var unique: [String] = []
        for (id, item) in zip(ids, items) {
            let place = yaml.position(of: item)
            if !Identifier.isValid(id) {
                problems.add(fields.file, place.line, place.column, "lesson id '\(id)' \(Identifier.rule)")
            } else if !seen.insert(id).inserted {
                problems.add(fields.file, place.line, place.column, "lesson '\(id)' is listed twice")
            } else if source.text(at: "\(courseID)/\(id)/lesson.md") == nil {
                problems.add(fields.file, place.line, place.column, "lesson '\(id)' has no file \(courseID)/\(id)/lesson.md")
            } else {
                unique.append(id)
            }
        }
        // Only the lessons that can be read; the problems above already fail the load.
        return unique
    }

    /// A lesson folder that course.yaml forgets would silently never be shown.
    private func reportUnlistedLessons(courseID: String, listed: Set<String>, _ problems: inout ProblemList) {
        for folder in source.subfolders(of: courseID) where !listed.contains(folder) {
            let path = "\(courseID)/\(folder)/lesson.md"
            if source.text(at: path) != nil {
                problems.add(path, 1, 1, "lesson folder '\(folder)' is not listed in \(courseID)/course.yaml")
            }
        }
    }
}
