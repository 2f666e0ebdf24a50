import ArgumentParser

/// The statuses `course` exits with, from sysexits(3).
enum ExitStatus: Int32 {
    case success = 0
    /// A graded failure (a failing `check`).
    case failure = 1
    /// EX_USAGE: the command was used wrongly.
    case usage = 64
    /// EX_DATAERR: bad data: a corrupt, newer or tampered database, invalid content.
    case dataError = 65
    /// EX_NOINPUT: a named thing does not exist: learner, course, lesson, file.
    case noInput = 66
    /// EX_SOFTWARE: a bug in `course`.
    case software = 70
    /// EX_IOERR: the database or an output file cannot be opened or written.
    case ioError = 74

    var exitCode: ExitCode { ExitCode(rawValue) }
}
