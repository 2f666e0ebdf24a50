import CourseTestSupport
import Foundation
import Testing

/// `course run --trace` and `--why-alive`: the program's own output stays python3's, and the
/// report follows it on stdout after its separator line.
@Suite struct RunTraceCommandTests {
    static let program = """
    class Image:
        def __init__(self, name):
            self.name = name

    cache = {}
    cache["img2"] = Image("img2")
    temp = Image("temp")
    del temp
    print("done")
    """

    private func pythonStdout(_ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test func traceFollowsTheProgramsOutput() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.folder.path("images.py")
        try Self.program.write(toFile: file, atomically: true, encoding: .utf8)
        let expected = try pythonStdout(file)
        let plain = try sandbox.runExactly(["run", file])
        #expect(plain.standardOutput == expected)

        let traced = try sandbox.runExactly(["run", "--trace", file])
        #expect(traced.status == 0)
        let parts = traced.standardOutput.components(separatedBy: "--- lifetime trace ---\n")
        #expect(parts.count == 2)
        #expect(parts.first == expected)
        let trace = parts.last ?? ""
        #expect(trace.contains("Image#2 (Image)\n  line 7: created\n  line 8: died: del temp\n"))
        #expect(trace.contains("Image#1 (Image)\n  line 6: created\n  at exit: died: interpreter exit\n"))
        #expect(!traced.standardError.contains("lifetime"))
    }

    @Test func whyAliveNamesTheChainFromAGlobal() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.folder.path("images.py")
        try Self.program.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.runExactly(["run", "--why-alive", file])
        #expect(result.status == 0)
        #expect(result.standardOutput == (try pythonStdout(file))
            + "--- why alive ---\nImage#1: global 'cache' -> dict['img2'] -> Image#1\n")
    }
}
