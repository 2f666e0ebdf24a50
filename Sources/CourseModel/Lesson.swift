/// One lesson: the front matter of its `lesson.md`, its sections, and the quiz
/// and exercises that sit beside it.
public struct Lesson: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var summary: String
    /// What a learner can do after the lesson, one sentence each.
    public var objectives: [String]
    /// Ids of lessons (of the same course) to read first.
    public var prerequisites: [String]
    /// The lesson to read after this one; nil at the end of a course.
    public var next: String?
    public var sections: [LessonSection]
    public var quiz: Quiz?
    public var exercises: [Exercise]
    /// A stable hash of the lesson's files (hex). Attempts record it so that a
    /// later change to the content can be detected.
    public var contentVersion: String

    public init(id: String, title: String, summary: String, objectives: [String], prerequisites: [String],
                next: String?, sections: [LessonSection], quiz: Quiz?, exercises: [Exercise],
                contentVersion: String) {
        self.id = id
        self.title = title
        self.summary = summary
        self.objectives = objectives
        self.prerequisites = prerequisites
        self.next = next
        self.sections = sections
        self.quiz = quiz
        self.exercises = exercises
        self.contentVersion = contentVersion
    }

    /// Every runnable example of the lesson, in reading order.
    public var examples: [LessonExample] {
        sections.flatMap { section in
            section.blocks.compactMap { block -> LessonExample? in
                if case .example(let example) = block { return example }
                return nil
            }
        }
    }

    /// The exercise with this id, if the lesson has one.
    public func exercise(id: String) -> Exercise? {
        exercises.first { $0.id == id }
    }
}

/// A `## ` section of a lesson.
public struct LessonSection: Sendable, Hashable {
    public var title: String
    public var blocks: [LessonBlock]
    /// Line of the `## ` heading in `lesson.md`.
    public var line: Int

    public init(title: String, blocks: [LessonBlock], line: Int) {
        self.title = title
        self.blocks = blocks
        self.line = line
    }
}

/// The pieces a section is made of.
public enum LessonBlock: Sendable, Hashable {
    /// A paragraph of prose (Markdown inline marks kept: `code`, **bold**).
    case paragraph(String)
    /// A `###` sub-heading.
    case subheading(String)
    /// A bulleted (`- `) or numbered (`1. `) list; each item's text.
    case list(items: [String], numbered: Bool)
    /// A fenced code block that is shown but not run.
    case code(language: String, source: String)
    /// A ```` ```python run ```` block, with its ```` ```output ```` block if any.
    case example(LessonExample)
}

/// A runnable example and what the lesson claims it prints.
public struct LessonExample: Sendable, Hashable {
    /// 1-based position among the lesson's examples.
    public var number: Int
    public var source: String
    /// The exact text the example prints (stdout), or nil when the lesson shows no output.
    public var expectedOutput: String?
    /// Line of the opening fence of the example in `lesson.md`.
    public var line: Int
    /// Line of the opening fence of the output block, when there is one.
    public var outputLine: Int?

    public init(number: Int, source: String, expectedOutput: String?, line: Int, outputLine: Int?) {
        self.number = number
        self.source = source
        self.expectedOutput = expectedOutput
        self.line = line
        self.outputLine = outputLine
    }
}
