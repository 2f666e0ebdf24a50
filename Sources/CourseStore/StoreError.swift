import GRDB

/// Everything that can go wrong in the store, with the context a person needs to
/// act on it. The CLI turns these into one-line messages and exit statuses.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not an SQLite database (or is damaged).
    case notADatabase(path: String)
    /// The database was migrated by a newer `course`: it has migrations this binary does not know.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// An already-applied migration's SQL differs from the one this binary carries.
    case editedMigration(path: String, migration: String, recorded: String, embedded: String)
    /// The database file or its folder cannot be created, opened or written.
    case cannotOpen(path: String, reason: String)
    case unknownLearner(handle: String)
    case noCurrentLearner
    case invalidHandle(String)
    case emptyName
    case unknownAttempt(id: Int64)
    /// A stored value has the wrong type or form (a database edited by hand).
    case unexpectedValue(column: String, found: String)
    /// Any other SQLite failure during an operation.
    case database(operation: String, reason: String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            return "\(path) is not a course database (not SQLite, or damaged)"
        case .newerDatabase(let path, let unknown):
            return "\(path) was made by a newer course (unknown migrations: \(unknown.joined(separator: ", "))); upgrade course, the database was left untouched"
        case .editedMigration(let path, let migration, let recorded, let embedded):
            return "migration \(migration) was edited after it was applied to \(path) (recorded checksum \(recorded.prefix(12)), built-in \(embedded.prefix(12)))"
        case .cannotOpen(let path, let reason):
            return "cannot open database \(path): \(reason)"
        case .unknownLearner(let handle):
            return "unknown learner '\(handle)'"
        case .noCurrentLearner:
            return "no current learner; enrol first with `course enroll --name NAME`"
        case .invalidHandle(let handle):
            return "invalid handle '\(handle)': use lowercase letters, digits and '-' (at most 64)"
        case .emptyName:
            return "a learner's name cannot be empty"
        case .unknownAttempt(let id):
            return "unknown quiz attempt \(id)"
        case .unexpectedValue(let column, let found):
            return "unexpected value in the database: column \(column) holds \(found.prefix(40))"
        case .database(let operation, let reason):
            return "database error while trying to \(operation): \(reason)"
        }
    }
}

extension StoreError {
    /// Turns an error thrown inside a database access into a `StoreError` naming the operation.
    static func wrapping(_ error: any Error, operation: String, path: String) -> StoreError {
        if let storeError = error as? StoreError { return storeError }
        guard let databaseError = error as? DatabaseError else {
            return .database(operation: operation, reason: String(describing: error))
        }
        let reason = databaseError.message ?? "\(databaseError.resultCode)"
        switch databaseError.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .notADatabase(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_FULL, .SQLITE_PERM, .SQLITE_AUTH:
            return .cannotOpen(path: path, reason: reason)
        default:
            return .database(operation: operation, reason: reason)
        }
    }
}
