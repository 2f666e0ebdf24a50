/// Failures of the exercise commands (`exercise`, `check`, `watch`).
enum ExerciseCommandError: Error, Equatable {
    case unknownExercise(String, course: String, known: [String])
    /// `exercise start` never overwrites a learner's file.
    case fileExists(path: String, exerciseID: String)
    /// `exercise solution` before the learner passed the exercise.
    case solutionLocked(String)
    /// The file given to `check` or `watch` is not UTF-8 text.
    case unreadableSource(path: String)

    var message: String {
        switch self {
        case .unknownExercise(let id, let course, let known):
            "unknown exercise '\(id)' in course '\(course)' (known: \(known.joined(separator: ", ")))"
        case .fileExists(let path, let id):
            "\(path) already exists; keep working on it (`course check \(id) \(path)`), or move it away to start over"
        case .solutionLocked(let id):
            "the reference solution of '\(id)' is locked until you pass it: run `course check \(id) FILE`"
        case .unreadableSource(let path):
            "\(path) is not UTF-8 text"
        }
    }

    var status: ExitStatus {
        switch self {
        case .unknownExercise: .noInput
        case .fileExists: .usage
        case .solutionLocked: .failure
        case .unreadableSource: .dataError
        }
    }
}
