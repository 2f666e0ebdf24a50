/// Failures that belong to the command line itself.
enum CLIError: Error, Equatable {
    case unknownCourse(String, known: [String])
    case unknownLesson(String, course: String, known: [String])
    case missingContent(path: String)
    case missingFile(path: String)
    case cannotWrite(path: String, reason: String)
    case usage(String)
    /// A scripted answer that cannot be read for its question (nothing was stored).
    case invalidAnswer(String)
    case noQuiz(lesson: String)
}
