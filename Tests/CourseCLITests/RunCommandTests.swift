import CourseTestSupport
import Foundation
import Testing

/// `course run` against `python3` on the same file, run the same way from the same folder.
@Suite("course run")
struct RunCommandTests {
    /// Runs `python3 ARGUMENTS` in `folder`, as the oracle.
    private func python(_ arguments: [String], in folder: String) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, standardOutput: String(decoding: out, as: UTF8.self),
                             standardError: String(decoding: err, as: UTF8.self))
    }

    /// The lines of a traceback that name a place: `  File "...", line N, in f`.
    private func placeLines(_ stderr: String) -> [String] {
        stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  File ") }
    }

    @Test func scriptNameArgumentsAndTracebackAsPython() throws {
        let sandbox = try CLISandbox()
        let folder = sandbox.folder.path("work")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let program = """
            import sys
            print(sys.argv)
            def divide(a, b):
                return a / b
            print(divide(int(sys.argv[1]), int(sys.argv[2])))
            """
        try program.write(toFile: folder + "/prog.py", atomically: true, encoding: .utf8)

        for arguments in [["6", "3"], ["1", "0"]] {
            let expected = try python(["prog.py"] + arguments, in: folder)
            let actual = try sandbox.runExactly(["run", "prog.py", "--"] + arguments, workingDirectory: folder)
            #expect(actual.standardOutput == expected.standardOutput)
            #expect(actual.status == expected.status)
            #expect(placeLines(actual.standardError) == placeLines(expected.standardError))
            #expect(actual.standardError.split(separator: "\n").last == expected.standardError.split(separator: "\n").last)
        }
    }

    @Test func limitsCanBeRaisedOrLowered() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.folder.path("count.py")
        try "total = 0\nfor i in range(5000):\n    total += i\nprint(total)\n".write(toFile: file, atomically: true, encoding: .utf8)
        let tight = try sandbox.runExactly(["run", "--max-steps", "1000", file])
        #expect(tight.status == 1)
        #expect(tight.standardError == "course: stopped after 1,000 steps\n")
        let roomy = try sandbox.runExactly(["run", "--max-steps", "100000", file])
        #expect(roomy == CommandResult(status: 0, standardOutput: "12497500\n", standardError: ""))
        #expect(try sandbox.runExactly(["run", "--max-objects", "0", file]).status == 64)
    }

    @Test func missingFileIsNoInput() throws {
        let sandbox = try CLISandbox()
        let result = try sandbox.runExactly(["run", sandbox.folder.path("absent.py")])
        #expect(result.status == 66)
        #expect(result.standardError.hasPrefix("course: no such file: "))
    }
}
