import CourseStore
import CourseTestSupport
import Foundation
import GRDB
import Testing

@Suite(.serialized) struct ConcurrencyAndCrashTests {
    @Test func eightConcurrentEnrollLoopsCreateExactly1600LearnersWithUniqueHandles() throws {
        // Eight workers each run 200 `course enroll` processes one after another, so
        // eight processes race at any moment. Names differ only in punctuation across
        // workers ("Learner! 7", "Learner? 7", ...), so they all derive the same slug
        // and the handle de-duplication itself is raced.
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["db", "migrate"]).status == 0)
        let separators = [" ", "-", "_", ".", "!", "?", "~", "*"]
        let failures = FailureLog()
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for number in 1...200 {
                do {
                    let result = try sandbox.run(["enroll", "--name", "Learner\(separators[worker]) \(number)"])
                    if result.status != 0 { failures.add("worker \(worker) #\(number): \(result.standardError)") }
                } catch {
                    failures.add("worker \(worker) #\(number): \(error)")
                }
            }
        }
        #expect(failures.entries.isEmpty, "\(failures.entries.prefix(5))")

        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        let (learners, enrolments, distinctHandles, sevenths) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enrolment") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT handle) FROM learner") ?? 0,
             try String.fetchSet(db, sql: "SELECT handle FROM learner WHERE name LIKE 'Learner_ 7'"))
        }
        #expect(learners == 1600)
        #expect(enrolments == 1600)
        #expect(distinctHandles == 1600)
        #expect(sevenths == Set(["learner-7"] + (2...8).map { "learner-7-\($0)" }))
    }

    @Test func eightConcurrentBulkWritersEnrollExactly1600Learners() throws {
        let sandbox = try CLISandbox()
        let processes = try (1...8).map { index in
            try CourseBinary.start(
                ["dev", "bulk-enroll", "--count", "200", "--prefix", "p\(index)", "--db", sandbox.databasePath],
                home: sandbox.folder.path("home"))
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == Array(repeating: 0, count: 8))

        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        let (learners, enrolments, distinctHandles) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM enrolment") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT handle) FROM learner") ?? 0)
        }
        #expect(learners == 1600)
        #expect(enrolments == 1600)
        #expect(distinctHandles == 1600)
    }

    @Test func aProcessKilledMidWriteLeavesASoundDatabaseWithNoHalfWrittenRows() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["db", "migrate"]).status == 0)
        let process = try CourseBinary.start(
            ["dev", "bulk-enroll", "--count", "1000000", "--prefix", "k", "--db", sandbox.databasePath],
            home: sandbox.folder.path("home"))

        // Wait until it is visibly writing, then kill it without warning.
        let reader = try DatabaseQueue(path: sandbox.databasePath, configuration: { var c = Configuration(); c.readonly = true; c.busyMode = .timeout(5); return c }())
        let deadline = Date().addingTimeInterval(30)
        while try reader.read({ db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner") ?? 0 }) < 200, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        try reader.close()
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let store = try CourseStore(path: sandbox.databasePath)
        #expect(try store.integrityCheck() == "ok")
        let queue = try DatabaseQueue(path: sandbox.databasePath)
        defer { try? queue.close() }
        let (learners, orphans, foreignKeyViolations) = try queue.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner WHERE id NOT IN (SELECT learnerId FROM enrolment)") ?? -1,
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count)
        }
        #expect(learners >= 200)
        #expect(learners < 1_000_000)
        #expect(orphans == 0)
        #expect(foreignKeyViolations == 0)
    }
}

/// Failures collected from concurrent workers.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []
    func add(_ entry: String) { lock.withLock { stored.append(entry) } }
    var entries: [String] { lock.withLock { stored } }
}
