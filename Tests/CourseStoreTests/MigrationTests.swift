import CourseStore
import CourseTestSupport
import Foundation
import GRDB
import Testing

@Suite struct MigrationTests {
    @Test func migratingAnEmptyFolderCreatesTheWholeSchemaInWALMode() throws {
        // Given a folder with no database, when the store opens
        let folder = try TemporaryDirectory()
        let path = folder.path("nested/deeper/course.sqlite")
        let store = try CourseStore(path: path)

        // Then the file exists, is in WAL mode, and has every table of the schema
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.journalMode() == "wal")
        let queue = try DatabaseQueue(path: path)
        let tables = try queue.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for table in ["learner", "enrolment", "lessonProgress", "sectionRead", "quizAttempt", "quizResponse",
                      "exerciseSubmission", "reviewItem", "reviewLog", "setting", "migrationChecksum"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let status = try MigrationCheck.inspect(path: path)
        #expect(status.pending.isEmpty)
        #expect(status.applied.map(\.identifier) == Migration.embedded.map(\.identifier))
    }

    @Test func theRecordedChecksumIsTheSHA256OfTheMigrationFile() throws {
        // sha256sum is the oracle for our own SHA-256.
        let database = try TemporaryDatabase()
        let migration = try #require(Migration.embedded.first)
        let file = database.folder.path("migration.sql")
        try Data(migration.sql.utf8).write(to: URL(fileURLWithPath: file))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = String(output.prefix(64))
        let recorded = try MigrationCheck.inspect(path: database.path).applied.first?.checksum
        #expect(recorded == expected)
        #expect(migration.checksum == expected)
    }

    @Test func reopeningAMigratedDatabaseChangesNothing() throws {
        let database = try TemporaryDatabase()
        let before = try MigrationCheck.inspect(path: database.path)
        let schemaBefore = try schemaVersion(database.path)

        _ = try CourseStore(path: database.path)
        _ = try CourseStore(path: database.path)

        #expect(try MigrationCheck.inspect(path: database.path) == before)
        #expect(try schemaVersion(database.path) == schemaBefore)
    }

    @Test func anEditedAppliedMigrationIsRefused() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("course.sqlite")
        let original = Migration(identifier: "0001_first", sql: "CREATE TABLE migrationChecksum (identifier TEXT PRIMARY KEY, checksum TEXT, appliedAt TEXT); CREATE TABLE thing (id INTEGER PRIMARY KEY);")
        _ = try CourseStore(path: path, migrations: [original])

        let edited = Migration(identifier: "0001_first", sql: original.sql + " CREATE TABLE other (id INTEGER);")
        #expect {
            _ = try CourseStore(path: path, migrations: [edited])
        } throws: { error in
            guard case .editedMigration(_, let name, let recorded, let embedded) = error as? StoreError else { return false }
            return name == "0001_first" && recorded == original.checksum && embedded == edited.checksum
        }
    }

    @Test func aTamperedChecksumInTheDatabaseIsRefused() throws {
        let database = try TemporaryDatabase()
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in try db.execute(sql: "UPDATE migrationChecksum SET checksum = 'forged'") }
        try queue.close()

        #expect(throws: StoreError.self) { _ = try CourseStore(path: database.path) }
    }

    @Test func aMigrationAppliedWithoutAChecksumIsRefused() throws {
        // Given a database whose 0001_initial was applied by a migrator that recorded no checksum
        let folder = try TemporaryDirectory()
        let path = folder.path("course.sqlite")
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("0001_initial") { db in try db.execute(sql: "CREATE TABLE learner (id INTEGER PRIMARY KEY)") }
        try migrator.migrate(queue)
        try queue.close()

        #expect {
            _ = try CourseStore(path: path)
        } throws: { error in
            guard case .editedMigration(_, "0001_initial", "none", _) = error as? StoreError else { return false }
            return true
        }
    }

    @Test func aDatabaseFromANewerCourseIsRefusedAndLeftByteForByte() throws {
        // Given a database migrated by a "newer course" that knows one more migration
        let folder = try TemporaryDirectory()
        let path = folder.path("course.sqlite")
        let future = Migration(identifier: "9999_future", sql: "CREATE TABLE future (id INTEGER PRIMARY KEY);")
        do {
            let newer = try CourseStore(path: path, migrations: Migration.embedded + [future])
            try newer.enrol(.name("Ada Lovelace"), courseID: "python-weakref")
        }
        let filesBefore = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        let bytesBefore = try #require(FileFingerprint.of(path))

        // When this course opens it
        #expect {
            _ = try CourseStore(path: path)
        } throws: { error in
            (error as? StoreError) == .newerDatabase(path: path, unknownMigrations: ["9999_future"])
        }

        // Then not a byte changed and no file appeared
        #expect(FileFingerprint.of(path) == bytesBefore)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted() == filesBefore)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("course.sqlite")
        try Data(String(repeating: "not a database ", count: 100).utf8).write(to: URL(fileURLWithPath: path))
        let before = FileFingerprint.of(path)

        #expect(throws: StoreError.notADatabase(path: path)) { _ = try CourseStore(path: path) }
        #expect(FileFingerprint.of(path) == before)
    }

    @Test func aPathUnderARegularFileCannotBeOpened() throws {
        let folder = try TemporaryDirectory()
        let blocker = folder.path("file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        #expect {
            _ = try CourseStore(path: blocker + "/course.sqlite")
        } throws: { error in
            if case .cannotOpen = error as? StoreError { return true }
            return false
        }
    }

    @Test func migrationsAddedLaterAreAppliedOnOpen() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("course.sqlite")
        _ = try CourseStore(path: path)
        let next = Migration(identifier: "0099_more", sql: "ALTER TABLE learner ADD COLUMN email TEXT;")
        #expect(try MigrationCheck.inspect(path: path, migrations: Migration.embedded + [next]).pending == ["0099_more"])

        _ = try CourseStore(path: path, migrations: Migration.embedded + [next])

        let status = try MigrationCheck.inspect(path: path, migrations: Migration.embedded + [next])
        #expect(status.pending.isEmpty)
        #expect(status.applied.last?.checksum == next.checksum)
    }

    private func schemaVersion(_ path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA schema_version") ?? -1 }
    }
}
