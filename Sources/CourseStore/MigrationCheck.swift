import Foundation
import GRDB

/// What a database file says about its migrations, read without writing a byte.
public struct MigrationStatus: Sendable, Equatable {
    public struct Applied: Sendable, Equatable {
        public let identifier: String
        public let checksum: String?
        public let appliedAt: String?
    }
    /// False when there is no file yet (it is created on first use).
    public let exists: Bool
    public let applied: [Applied]
    /// Built-in migrations not applied yet, in order.
    public let pending: [String]
}

/// The read-only inspection done before a database is opened for writing.
public enum MigrationCheck {
    /// Reads the migration history of `path` through a read-only connection and
    /// refuses files that are not databases, come from a newer `course`, or whose
    /// applied migrations were edited. A missing or empty file is a new database.
    public static func inspect(path: String, migrations: [Migration] = Migration.embedded) throws -> MigrationStatus {
        let allPending = migrations.map(\.identifier)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return MigrationStatus(exists: false, applied: [], pending: allPending)
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw StoreError.cannotOpen(path: path, reason: "it is a folder")
        }
        if (attributes[.size] as? NSNumber)?.intValue == 0 {
            return MigrationStatus(exists: true, applied: [], pending: allPending)
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(CourseStore.busyTimeout)
        let applied: [MigrationStatus.Applied]
        do {
            applied = try readHistory(path: path, configuration: configuration)
        } catch {
            throw StoreError.wrapping(error, operation: "read the migration history", path: path)
        }

        let known = Dictionary(uniqueKeysWithValues: migrations.map { ($0.identifier, $0) })
        let unknown = applied.map(\.identifier).filter { known[$0] == nil }
        if !unknown.isEmpty {
            throw StoreError.newerDatabase(path: path, unknownMigrations: unknown)
        }
        // A checksum is recorded in the same transaction as its migration, so an
        // applied migration without one was applied by something else (an early
        // build of `course`, or by hand): its SQL cannot be trusted either.
        for record in applied {
            guard let migration = known[record.identifier] else { continue }
            if record.checksum != migration.checksum {
                throw StoreError.editedMigration(
                    path: path, migration: record.identifier, recorded: record.checksum ?? "none",
                    embedded: migration.checksum)
            }
        }
        let appliedIdentifiers = Set(applied.map(\.identifier))
        return MigrationStatus(exists: true, applied: applied, pending: allPending.filter { !appliedIdentifiers.contains($0) })
    }

    /// Reads the history without leaving a trace: when neither a `-wal` nor a
    /// `-journal` file is beside the database (no `course` has it open), SQLite's
    /// `immutable` URI parameter keeps even a read-only connection from creating
    /// `-wal`/`-shm` files. Otherwise (or where URIs are not supported) an
    /// ordinary read-only connection is used.
    private static func readHistory(path: String, configuration: Configuration) throws -> [MigrationStatus.Applied] {
        if !FileManager.default.fileExists(atPath: path + "-wal"),
           !FileManager.default.fileExists(atPath: path + "-journal"),
           let encoded = URL(fileURLWithPath: path).standardizedFileURL.path
               .addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "?#%"))),
           let queue = try? DatabaseQueue(path: "file:\(encoded)?mode=ro&immutable=1", configuration: configuration) {
            defer { try? queue.close() }
            do {
                return try queue.read { db in try readHistory(db) }
            } catch is DatabaseError {
                // URIs not supported, or a file being created by another process at this
                // very moment (immutable reads take no lock): ask again the ordinary way.
            }
        }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in try readHistory(db) }
    }

    private static func readHistory(_ db: Database) throws -> [MigrationStatus.Applied] {
        // Touching the schema is what reveals a file that is not a database.
        let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        guard tables.contains("grdb_migrations") else { return [] }
        let identifiers = try Row.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            .map { try $0.text(at: 0) }
        var checksums: [String: (String, String)] = [:]
        if tables.contains("migrationChecksum") {
            for row in try Row.fetchAll(db, sql: "SELECT identifier, checksum, appliedAt FROM migrationChecksum") {
                checksums[try row.text(at: 0)] = (try row.text(at: 1), try row.optionalText(at: 2) ?? "")
            }
        }
        return identifiers.map { identifier in
            MigrationStatus.Applied(
                identifier: identifier, checksum: checksums[identifier]?.0, appliedAt: checksums[identifier]?.1)
        }
    }
}
