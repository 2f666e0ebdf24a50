/// Failures that belong to the command line itself.
enum CLIError: Error, Equatable {
    case unknownCourse(String, known: [String])
    case cannotWrite(path: String, reason: String)
    case usage(String)
}
