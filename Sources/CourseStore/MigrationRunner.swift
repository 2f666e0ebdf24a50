import Foundation
import GRDB

/// Applies the SQL migrations through GRDB's `DatabaseMigrator`, one transaction
/// each, recording each one's checksum in `migrationChecksum` in that same transaction.
struct MigrationRunner {
    let migrations: [Migration]

    /// Thrown inside a migration's transaction when another process applied it
    /// first: the transaction rolls back and the migrator runs again.
    private struct AppliedByAnotherProcess: Error {}

    /// Applies what is pending. SQLite errors come out unchanged (the caller
    /// retries on SQLITE_BUSY and names the failure).
    func migrate(_ writer: any DatabaseWriter) throws {
        let migrator = makeMigrator()
        var attemptsLeft = 5
        while true {
            do {
                try migrator.migrate(writer)
                return
            } catch is AppliedByAnotherProcess where attemptsLeft > 0 {
                attemptsLeft -= 1
            }
        }
    }

    private func makeMigrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.identifier) { db in
                // The migrator reads the applied list before its transaction; a
                // concurrent `course` process may have applied this one since.
                let alreadyApplied = try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)",
                    arguments: [migration.identifier]) ?? false
                if alreadyApplied { throw AppliedByAnotherProcess() }
                try db.execute(sql: migration.sql)
                try db.execute(
                    sql: "INSERT INTO migrationChecksum (identifier, checksum, appliedAt) VALUES (?, ?, ?)",
                    arguments: [migration.identifier, migration.checksum, Timestamp.string(from: Date())])
            }
        }
        return migrator
    }
}
