import CourseContent
import CourseStore
import Reports

/// The one-line message and exit status for an error reaching the CLI's edge.
struct Failure {
    let message: String
    let status: ExitStatus

    init(message: String, status: ExitStatus) {
        self.message = message
        self.status = status
    }

    init(_ error: any Error) {
        switch error {
        case let error as StoreError:
            self.init(store: error)
        case let error as CLIError:
            self.init(cli: error)
        case let error as ContentValidationError:
            // Every problem on its own `file:line:column: message` line.
            self.init(message: "invalid content:\n" + error.problems.map { "  \($0)" }.joined(separator: "\n"),
                      status: .dataError)
        case let error as ExerciseCommandError:
            self.init(message: error.message, status: error.status)
        case let error as CSVOutputError:
            self.init(message: error.description, status: .ioError)
        default:
            self.init(message: "internal error: \(String(describing: type(of: error)))", status: .software)
        }
    }

    private init(store error: StoreError) {
        message = error.description
        switch error {
        case .notADatabase, .newerDatabase, .editedMigration, .unexpectedValue:
            status = .dataError
        case .cannotOpen, .database:
            status = .ioError
        case .unknownLearner, .noCurrentLearner, .unknownAttempt:
            status = .noInput
        case .invalidHandle, .emptyName:
            status = .usage
        }
    }

    private init(cli error: CLIError) {
        switch error {
        case .unknownCourse(let course, let known):
            message = "unknown course '\(course)' (known: \(known.joined(separator: ", ")))"
            status = .noInput
        case .unknownLesson(let lesson, let course, let known):
            message = "unknown lesson '\(lesson)' in course '\(course)' (known: \(known.joined(separator: ", ")))"
            status = .noInput
        case .missingContent(let path):
            message = "content folder not found: \(path)"
            status = .noInput
        case .missingFile(let path):
            message = "no such file: \(path)"
            status = .noInput
        case .cannotWrite(let path, let reason):
            message = "cannot write \(path): \(reason)"
            status = .ioError
        case .usage(let text):
            message = text
            status = .usage
        case .invalidAnswer(let text):
            message = "cannot read answer: \(text); nothing was stored for that question"
            status = .dataError
        case .noQuiz(let lesson):
            message = "lesson '\(lesson)' has no quiz"
            status = .noInput
        }
    }
}
