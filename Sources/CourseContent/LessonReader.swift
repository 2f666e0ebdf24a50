import CourseModel

/// Reads one lesson folder: `lesson.md`, `quiz.yaml` (optional) and `exercises/`.
struct LessonReader {
    let courseID: String
    let lessonID: String
    let source: any ContentSource
    /// Every lesson id of the course, for checking `next` and `prerequisites`.
    let courseLessonIDs: Set<String>

    static let frontMatterKeys: Set<String> = ["id", "title", "summary", "objectives", "prerequisites", "next", "exercises"]

    var folder: String { courseID + "/" + lessonID }
    var lessonPath: String { folder + "/lesson.md" }

    func read(into problems: inout ProblemList) -> Lesson? {
        guard let text = source.text(at: lessonPath) else {
            problems.add(lessonPath, 1, 1, "missing file: every lesson needs a lesson.md")
            return nil
        }
        let document = LessonMarkdownParser(file: lessonPath).parse(text, into: &problems)
        let header = document.flatMap { readFrontMatter($0, &problems) }
        let quiz = readQuiz(&problems)
        let exercises = readExercises(order: header?.exerciseOrder, orderPosition: header?.exerciseOrderPosition, &problems)
        guard let document, let header, let exercises else { return nil }
        let lessonQuiz: Quiz?
        switch quiz {
        case .absent: lessonQuiz = nil
        case .read(let read): lessonQuiz = read
        case .broken: return nil
        }
        return Lesson(id: header.id, title: header.title, summary: header.summary, objectives: header.objectives,
                      prerequisites: header.prerequisites, next: header.next, sections: document.sections,
                      quiz: lessonQuiz, exercises: exercises,
                      contentVersion: ContentVersion.ofLesson(folder: folder, in: source))
    }

    private struct Header {
        var id: String
        var title: String
        var summary: String
        var objectives: [String]
        var prerequisites: [String]
        var next: String?
        var exerciseOrder: [String]?
        var exerciseOrderPosition: (line: Int, column: Int)
    }

    private func readFrontMatter(_ document: LessonDocument, _ problems: inout ProblemList) -> Header? {
        let yaml = YAMLText(file: lessonPath, lineOffset: document.frontMatterLineOffset)
        guard let root = yaml.compose(document.frontMatter, into: &problems) else {
            if problems.isEmpty { problems.add(lessonPath, 2, 1, "front matter is empty") }
            return nil
        }
        guard let fields = yaml.mapping(root, what: "front matter", into: &problems) else { return nil }
        fields.rejectUnknownKeys(allowed: Self.frontMatterKeys, &problems)

        let id = fields.string("id", &problems)
        if let id, id != lessonID {
            let place = fields.valuePosition("id")
            problems.add(lessonPath, place.line, place.column, "lesson id '\(id)' does not match its folder '\(lessonID)'")
        }
        let title = fields.string("title", &problems)
        let summary = fields.string("summary", &problems)
        let objectives = fields.strings("objectives", minimumCount: 1, &problems)
        let prerequisites = fields.strings("prerequisites", required: false, &problems)
        for prerequisite in prerequisites ?? [] where !courseLessonIDs.contains(prerequisite) {
            let place = fields.valuePosition("prerequisites")
            problems.add(lessonPath, place.line, place.column, "prerequisite '\(prerequisite)' is not a lesson of this course")
        }
        let next = fields.string("next", required: false, &problems)
        if let next, !courseLessonIDs.contains(next) {
            let place = fields.valuePosition("next")
            problems.add(lessonPath, place.line, place.column, "'next' names unknown lesson '\(next)'")
        }
        let order = fields.has("exercises") ? fields.strings("exercises", &problems) : nil
        guard let id, id == lessonID, let title, let summary, let objectives, let prerequisites else { return nil }
        return Header(id: id, title: title, summary: summary, objectives: objectives, prerequisites: prerequisites,
                      next: next, exerciseOrder: order, exerciseOrderPosition: fields.valuePosition("exercises"))
    }

    /// What the lesson folder holds for a quiz: a quiz is optional, a broken one is an error.
    private enum QuizFile {
        case absent
        case read(Quiz)
        case broken
    }

    private func readQuiz(_ problems: inout ProblemList) -> QuizFile {
        let path = folder + "/quiz.yaml"
        guard let text = source.text(at: path) else { return .absent }
        var own = ProblemList()
        let quiz = QuizReader(file: path).read(text, into: &own)
        problems.append(contentsOf: own)
        guard let quiz, own.isEmpty else { return .broken }
        return .read(quiz)
    }

    /// The exercises in `order` when the front matter gives one, else by folder name.
    private func readExercises(order: [String]?, orderPosition: (line: Int, column: Int)?,
                               _ problems: inout ProblemList) -> [Exercise]? {
        let exercisesFolder = folder + "/exercises"
        let folders = source.subfolders(of: exercisesFolder)
        var valid = true
        var byID: [String: Exercise] = [:]
        for name in folders {
            var own = ProblemList()
            let exercise = ExerciseReader(folder: exercisesFolder + "/" + name, source: source).read(into: &own)
            problems.append(contentsOf: own)
            if let exercise, own.isEmpty { byID[name] = exercise } else { valid = false }
        }
        var ordered = folders
        if let order {
            let place = orderPosition ?? (1, 1)
            for name in order where !folders.contains(name) {
                problems.add(lessonPath, place.line, place.column, "'exercises' names unknown exercise '\(name)'")
                valid = false
            }
            for name in folders where !order.contains(name) {
                problems.add(lessonPath, place.line, place.column, "exercise folder '\(name)' is not listed in 'exercises'")
                valid = false
            }
            ordered = order
        }
        guard valid else { return nil }
        return ordered.compactMap { byID[$0] }
    }
}
