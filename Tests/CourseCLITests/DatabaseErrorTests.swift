import CourseStore
import CourseTestSupport
import Foundation
import GRDB
import Testing

@Suite struct DatabaseErrorTests {
    @Test func anUnwritableDatabasePathIsAnIOError() throws {
        let sandbox = try CLISandbox()
        let blocker = sandbox.folder.path("plain-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let result = try sandbox.run(["learners"], database: blocker + "/course.sqlite")
        #expect(result == CommandResult(
            status: 74, standardOutput: "",
            standardError: "course: cannot open database \(blocker)/course.sqlite: \(blocker) is not a folder\n"))
    }

    @Test func aCorruptDatabaseIsADataErrorAndLeftAlone() throws {
        let sandbox = try CLISandbox()
        try Data(String(repeating: "garbage!", count: 512).utf8).write(to: URL(fileURLWithPath: sandbox.databasePath))
        let before = FileFingerprint.of(sandbox.databasePath)
        for command in [["learners"], ["enroll", "--name", "Ada"], ["db", "status"], ["db", "migrate"]] {
            let result = try sandbox.run(command)
            #expect(result.status == 65, "\(command)")
            #expect(result.standardError == "course: \(sandbox.databasePath) is not a course database (not SQLite, or damaged)\n")
        }
        #expect(FileFingerprint.of(sandbox.databasePath) == before)
    }

    @Test func aDatabaseFromANewerCourseIsRefusedUntouched() throws {
        let sandbox = try CLISandbox()
        let future = Migration(identifier: "0999_from_the_future", sql: "CREATE TABLE future (id INTEGER);")
        do {
            let newer = try CourseStore(path: sandbox.databasePath, migrations: Migration.embedded + [future])
            try newer.enrol(.name("Ada Lovelace"), courseID: "python-weakref")
        }
        let before = FileFingerprint.of(sandbox.databasePath)
        let result = try sandbox.run(["enroll", "--name", "Grace Hopper"])
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("course: \(sandbox.databasePath) was made by a newer course (unknown migrations: 0999_from_the_future)"))
        #expect(!result.standardError.dropLast().contains("\n"))
        #expect(FileFingerprint.of(sandbox.databasePath) == before)
    }

    @Test func dbStatusAndMigrateDescribeTheSchema() throws {
        let sandbox = try CLISandbox()
        let fresh = try sandbox.run(["db", "status"])
        #expect(fresh.status == 0)
        #expect(fresh.standardOutput.contains("not created yet"))
        #expect(fresh.standardOutput.contains("pending: 0001_initial"))
        #expect(!FileManager.default.fileExists(atPath: sandbox.databasePath))

        let migrate = try sandbox.run(["db", "migrate"])
        let applied = Migration.embedded.map { "applied \($0.identifier)\n" }.joined()
        #expect(migrate.standardOutput == applied + "\(sandbox.databasePath): up to date\n")
        let status = try sandbox.run(["db", "status"])
        #expect(status.standardOutput.contains("applied: 0001_initial (sha256 \(Migration.embedded[0].checksum.prefix(12))"))
        #expect(status.standardOutput.hasSuffix("pending: none\n"))
        #expect(try sandbox.run(["db", "migrate"]).standardOutput == "\(sandbox.databasePath): up to date\n")
    }

    @Test func valuesEditedByHandGiveADataErrorNotACrash() throws {
        let sandbox = try CLISandbox()
        _ = try sandbox.run(["enroll", "--name", "Ada Lovelace"])
        let store = try CourseStore(path: sandbox.databasePath)
        let ada = try #require(try store.currentLearner())
        _ = try store.startAttempt(learnerID: ada.id, courseID: "python-weakref", lessonID: "weakref", contentVersion: "v1", seed: 1)
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        try queue.write { db in
            try db.execute(sql: "UPDATE quizAttempt SET seed = 'not a number'")
            try db.execute(sql: "UPDATE learner SET createdAt = 'yesterday'")
        }
        try queue.close()

        // Reports convert by SQLite's own rules (text in a number column reads as 0): no trap.
        let report = try sandbox.run(["report", "--csv", "--kind", "attempts"])
        #expect(report.status == 0)
        #expect(report.standardOutput.contains(",in_progress,0,"))
        let learners = try sandbox.run(["learners"])
        #expect(learners == CommandResult(
            status: 65, standardOutput: "",
            standardError: "course: unexpected value in the database: column createdAt holds yesterday\n"))
    }
}
