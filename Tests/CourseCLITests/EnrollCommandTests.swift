import CourseStore
import CourseTestSupport
import Foundation
import Testing

@Suite struct EnrollCommandTests {
    @Test func enrollingCreatesTheLearnerOnceAndMakesThemCurrent() throws {
        let sandbox = try CLISandbox()
        let first = try sandbox.run(["enroll", "--name", "Ada Lovelace"])
        #expect(first == CommandResult(
            status: 0,
            standardOutput: "Enrolled Ada Lovelace (ada-lovelace) in python-weakref.\nCurrent learner: ada-lovelace\n",
            standardError: ""))

        let again = try sandbox.run(["enroll", "--name", "Ada Lovelace"])
        #expect(again.status == 0)
        #expect(again.standardOutput.hasPrefix("Ada Lovelace (ada-lovelace) is already enrolled in python-weakref."))

        let store = try CourseStore(path: sandbox.databasePath)
        #expect(try store.learnerCount() == 1)
        #expect(try store.currentLearner()?.handle == "ada-lovelace")
    }

    @Test func theDefaultDatabaseLivesUnderXDGDataHomeWithFoldersCreated() throws {
        let sandbox = try CLISandbox()
        let dataHome = sandbox.folder.path("xdg/data")
        let result = try sandbox.runExactly(["enroll", "--name", "Grace Hopper"], environment: ["XDG_DATA_HOME": dataHome])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: dataHome + "/course/course.sqlite"))

        let viaEnvironment = sandbox.folder.path("env/db.sqlite")
        #expect(try sandbox.runExactly(["enroll", "--name", "Grace Hopper"], environment: ["COURSE_DB": viaEnvironment]).status == 0)
        #expect(FileManager.default.fileExists(atPath: viaEnvironment))
    }

    @Test func aBinaryCopiedElsewhereStillCreatesAndMigratesItsDatabase() throws {
        let sandbox = try CLISandbox()
        let copy = sandbox.folder.path("bin/course")
        try FileManager.default.createDirectory(atPath: sandbox.folder.path("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: try CourseBinary.url(), to: URL(fileURLWithPath: copy))
        let result = try CourseBinary.run(
            ["enroll", "--name", "Ada Lovelace", "--db", sandbox.databasePath], home: sandbox.folder.path("home"),
            environment: [:], executable: URL(fileURLWithPath: copy))
        #expect(result.status == 0)
        #expect(try MigrationCheck.inspect(path: sandbox.databasePath).pending.isEmpty)
    }

    @Test func badInputGetsOneLineAndASysexitsStatus() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll"]) == CommandResult(
            status: 64, standardOutput: "",
            standardError: "course: give --name NAME (or --handle HANDLE) to enrol a new learner\n"))
        #expect(try sandbox.run(["enroll", "--handle", "Not Valid"]) == CommandResult(
            status: 64, standardOutput: "",
            standardError: "course: invalid handle 'Not Valid': use lowercase letters, digits and '-' (at most 64)\n"))
        #expect(try sandbox.run(["enroll", "--name", "Ada", "--course", "cobol"]) == CommandResult(
            status: 66, standardOutput: "", standardError: "course: unknown course 'cobol' (known: python-weakref)\n"))
        #expect(try sandbox.run(["progress", "--learner", "nobody"]) == CommandResult(
            status: 66, standardOutput: "", standardError: "course: unknown learner 'nobody'\n"))
        #expect(try sandbox.run(["progress"], environment: ["COURSE_LEARNER": "ghost"]).standardError
            == "course: unknown learner 'ghost'\n")
    }
}
