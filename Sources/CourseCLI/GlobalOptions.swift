import ArgumentParser
import CourseStore
import Foundation

/// Options every command takes: which database, and which learner.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file (env COURSE_DB; default $XDG_DATA_HOME/course/course.sqlite, else ~/.local/share/course/course.sqlite).",
            valueName: "path"))
    var db: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The learner to act for (env COURSE_LEARNER; default the current learner, who enrolled last).",
            valueName: "handle"))
    var learner: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A content folder to use instead of the built-in course (env COURSE_CONTENT).",
            valueName: "dir"))
    var content: String?

    /// `--db`, else `COURSE_DB`, else the XDG data folder.
    var databasePath: String {
        DatabaseLocation.resolve(option: db, environment: ProcessInfo.processInfo.environment)
    }

    /// `--learner`, else `COURSE_LEARNER`, else nil (meaning: the current learner).
    var learnerHandle: String? {
        if let learner, !learner.isEmpty { return learner }
        if let fromEnvironment = ProcessInfo.processInfo.environment["COURSE_LEARNER"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return nil
    }

    /// The courses of `--content`, `COURSE_CONTENT` or the built-in copy.
    func catalog() throws -> CourseCatalog {
        try CourseCatalog.load(contentOption: content)
    }

    /// Opens (creating and migrating if needed) the database.
    func openStore() throws -> CourseStore {
        try CourseStore(path: databasePath)
    }
}

/// Where the database lives when `--db` is not given.
enum DatabaseLocation {
    static func resolve(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let fromEnvironment = environment["COURSE_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = home + "/.local/share"
        }
        return dataHome + "/course/course.sqlite"
    }
}
