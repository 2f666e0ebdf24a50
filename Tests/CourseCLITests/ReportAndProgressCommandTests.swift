import CourseStore
import CourseTestSupport
import Foundation
import Testing

@Suite struct ReportAndProgressCommandTests {
    @Test func reportWritesAProgressCSVToAFileOrStandardOutput() throws {
        let sandbox = try CLISandbox()
        for name in ["Ada Lovelace", "=1+2\";=1+2", "Zoë"] {
            #expect(try sandbox.run(["enroll", "--name", name]).status == 0)
        }
        let out = sandbox.folder.path("progress.csv")
        let toFile = try sandbox.run(["report", "--csv", "--out", out])
        #expect(toFile == CommandResult(status: 0, standardOutput: "", standardError: ""))
        let fileBytes = Array(try Data(contentsOf: URL(fileURLWithPath: out)))
        let rows = try PythonCSV.parse(fileBytes)
        #expect(rows.count == 4)
        #expect(rows[0] == ["handle", "name", "lesson", "status", "sections_read", "best_score", "attempts",
                            "exercises_passed", "completed_at"])
        #expect(Set(rows.dropFirst().map { $0[1] }) == ["Ada Lovelace", "'=1+2\";=1+2", "Zoë"])
        #expect(rows.dropFirst().allSatisfy { $0[3] == "Not Attempted" })

        let toStandardOutput = try sandbox.run(["report", "--csv", "--kind", "progress"])
        #expect(Array(toStandardOutput.standardOutput.utf8) == fileBytes)
    }

    @Test func reportNeedsCSVAndAWritableOutput() throws {
        let sandbox = try CLISandbox()
        let withoutCSV = try sandbox.run(["report"])
        #expect(withoutCSV.status == 64)
        #expect(withoutCSV.standardError.hasPrefix("Error: Add --csv"))
        let unwritable = try sandbox.run(["report", "--csv", "--out", sandbox.folder.path("missing/dir/out.csv")])
        #expect(unwritable.status == 74)
        #expect(unwritable.standardError == "course: cannot write \(sandbox.folder.path("missing/dir/out.csv")): No such file or directory\n")
        #expect(try sandbox.run(["report", "--csv", "--kind", "grades"]).status == 64)
    }

    @Test func progressIsPlainWhenPipedAndJSONOnRequest() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["progress"]) == CommandResult(
            status: 66, standardOutput: "",
            standardError: "course: no current learner; enrol first with `course enroll --name NAME`\n"))
        _ = try sandbox.run(["enroll", "--name", "Ada Lovelace"])
        let plain = try sandbox.run(["progress"])
        #expect(plain.status == 0)
        #expect(plain.standardOutput == """
            Ada Lovelace (ada-lovelace) in python-weakref
            weakref\tNot Attempted\tsections 0\tbest -\tattempts 0\texercises 0\tnext course lesson weakref

            """)
        let json = try sandbox.run(["progress", "--json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(decoded?["handle"] as? String == "ada-lovelace")

        _ = try sandbox.run(["enroll", "--name", "Grace Hopper"])
        let all = try sandbox.run(["progress", "--all", "--json"])
        let everyone = try JSONSerialization.jsonObject(with: Data(all.standardOutput.utf8)) as? [[String: Any]]
        #expect(everyone?.compactMap { $0["handle"] as? String } == ["ada-lovelace", "grace-hopper"])
    }

    @Test func learnersListsEveryoneWithTheCurrentOneMarked() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["learners"]).standardOutput.hasPrefix("No learners yet."))
        _ = try sandbox.run(["enroll", "--name", "Ada Lovelace"])
        _ = try sandbox.run(["enroll", "--name", "Grace Hopper"])
        let lines = try sandbox.run(["learners"]).standardOutput.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("  ada-lovelace"))
        #expect(lines[2].hasPrefix("* grace-hopper"))

        let json = try sandbox.run(["learners", "--json"])
        let entries = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]]
        #expect(entries?.compactMap { $0["handle"] as? String } == ["ada-lovelace", "grace-hopper"])
        #expect(entries?.compactMap { $0["current"] as? Bool } == [false, true])
        #expect(entries?.first?["courses"] as? [String] == ["python-weakref"])
    }

    @Test func everyCommandsHelpHasAnExample() throws {
        let sandbox = try CLISandbox()
        let commands = [["enroll"], ["learners"], ["progress"], ["report"], ["db"], ["db", "status"], ["db", "migrate"],
                        ["dev", "bulk-enroll"], []]
        for command in commands {
            let help = try sandbox.runExactly(command + ["--help"])
            #expect(help.status == 0, "\(command)")
            #expect(help.standardOutput.contains("course "), "\(command)")
            #expect(help.standardOutput.lowercased().contains("example") || command.isEmpty, "\(command) help has no example")
        }
        #expect(try sandbox.runExactly(["--help"]).standardOutput.contains("course enroll --name"))
    }
}

@Suite struct TerminalOutputTests {
    @Test func progressDrawsBarsOnATerminal() throws {
        // `script` gives the command a pseudo-terminal, as a person at a shell would have.
        let sandbox = try CLISandbox()
        _ = try sandbox.run(["enroll", "--name", "Ada Lovelace"])
        let binary = try CourseBinary.url().path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(binary)' progress --db '\(sandbox.databasePath)'", "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output.contains("weakref     [....................] Not Attempted"))
        #expect(output.contains("next: course lesson weakref"))
    }
}
