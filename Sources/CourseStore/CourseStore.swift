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
        pool = try Self.openAndMigrate(path: path, migrations: migrations)
    }

    /// Opens the pool and applies pending migrations. Switching a new file to WAL
    /// mode needs an exclusive lock, and SQLite reports SQLITE_BUSY there without
    /// waiting when several processes create the same database at once, so this
    /// step is retried (with jitter) until the busy timeout has passed.
    private static func openAndMigrate(path: String, migrations: [Migration]) throws -> DatabasePool {
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration())
                try MigrationRunner(migrations: migrations).migrate(pool)
                return pool
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && Date() < deadline {
                Thread.sleep(forTimeInterval: Double.random(in: 0.005...0.05))
            } catch {
                throw StoreError.wrapping(error, operation: "open the database", path: path)
            }
        }
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

    /// A row just written and read back inside the same transaction; only a
    /// concurrent schema change could make it vanish, reported as a database error.
    static func required<T>(_ value: T?, _ operation: String) throws -> T {
        guard let value else { throw StoreError.database(operation: operation, reason: "row vanished after writing it") }
        return value
    }

    /// `PRAGMA integrity_check`'s answer: `ok` for a sound file.
    public func integrityCheck() throws -> String {
        try read("check integrity") { db in
            try Row.fetchAll(db, sql: "PRAGMA integrity_check").map { try $0.text(at: 0) }.joined(separator: "\n")
        }
    }

    /// The journal mode in force (`wal` for a store opened by `course`).
    public func journalMode() throws -> String {
        try read("read the journal mode") { db in try Row.fetchOne(db, sql: "PRAGMA journal_mode")?.text(at: 0) ?? "" }
    }
}
