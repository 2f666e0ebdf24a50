import Foundation
import GRDB

/// The one door to a `course` database: a `Sendable` facade over a GRDB
/// `DatabasePool` (WAL mode, busy timeout, foreign keys on). Opening it checks the
/// file read-only first (corrupt, newer or edited-migration databases are refused
/// before anything is written), then applies pending migrations. Every write is a
/// named method running in one IMMEDIATE transaction.
public struct CourseStore: Sendable {
    /// How long a connection waits for another process's lock before failing.
    public static let busyTimeout: TimeInterval = 10

    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating it and its parent folders if needed) and migrates the database at `path`.
    ///
    /// - Throws: `StoreError.notADatabase`, `.newerDatabase`, `.editedMigration`, `.cannotOpen`.
    public init(path: String, migrations: [Migration] = Migration.embedded) throws {
        self.path = path
        _ = try MigrationCheck.inspect(path: path, migrations: migrations)
        try Self.createParentFolder(of: path)
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw StoreError.wrapping(error, operation: "open the database", path: path)
        }
        try MigrationRunner(migrations: migrations).migrate(pool, path: path)
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "course"
        return configuration
    }

    private static func createParentFolder(of path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            if !isFolder.boolValue {
                throw StoreError.cannotOpen(path: path, reason: "\(folder.path) is not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: path, reason: "cannot create folder \(folder.path)")
        }
    }

    /// Runs `body` in one write transaction; SQLite errors come out as `StoreError` naming
    /// `operation`; errors thrown by `body` itself pass through unchanged.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw StoreError.wrapping(error, operation: operation, path: path)
        }
    }

    /// Runs `body` in a read-only snapshot; SQLite errors come out as `StoreError` naming
    /// `operation`; errors thrown by `body` itself pass through unchanged.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw StoreError.wrapping(error, operation: operation, path: path)
        }
    }

    /// `PRAGMA integrity_check`'s answer: `ok` for a sound file.
    public func integrityCheck() throws -> String {
        try read("check integrity") { db in
            try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n")
        }
    }

    /// The journal mode in force (`wal` for a store opened by `course`).
    public func journalMode() throws -> String {
        try read("read the journal mode") { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
