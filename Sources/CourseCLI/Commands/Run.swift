import ArgumentParser
import Foundation
import WeakrefCore

extension Course {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a Python file in the weakref core, as python3 would.",
            discussion: """
                The program runs in course's own interpreter: no Python is needed, and nothing \
                outside the program (files, network, environment) can be reached. It prints what \
                CPython 3.11 prints and exits with the same status (1 after an uncaught exception). \
                Runaway programs are stopped by limits on steps, recursion, live objects, memory and                 output; the defaults suit exercises, and --max-steps, --max-objects and --max-memory                 raise them for bigger programs.

                --trace prints, after the program's output and a line `--- lifetime trace ---`, \
                the life of every object of the program's classes: created, weak references and \
                finalizers attached, death (line and cause) and the callbacks it triggered. \
                --why-alive prints, after a line `--- why alive ---`, the chain of strong \
                references that kept each such object alive when the main code ended. Both go \
                to stdout, after everything the program printed.

                Examples:
                  course run example.py
                  course run --trace example.py
                  course run --why-alive example.py
                  course run solution.py -- first second
                  course run --max-steps 1000000000 --max-objects 20000000 --max-memory 4096 big.py
                """
        )

        @Flag(help: "After the output, print each object's life: creation, weak references, death and its cause.")
        var trace = false

        @Flag(help: "After the output, print why each object still alive at the end of the main code is alive.")
        var whyAlive = false

        @Option(help: "Stop the program after this many steps (statements and calls).")
        var maxSteps: Int = Limits().steps

        @Option(help: "Stop the program when more objects than this are alive at once.")
        var maxObjects: Int = Limits().liveObjects

        @Option(help: ArgumentHelp("Stop the program when it needs more memory than this.", valueName: "megabytes"))
        var maxMemory: Int = Limits().memoryBytes / 1_000_000

        @Argument(help: "The Python file to run.")
        var file: String

        @Argument(parsing: .postTerminator, help: "Arguments for the program (its sys.argv[1:]).")
        var arguments: [String] = []

        func validate() throws {
            guard maxSteps > 0, maxObjects > 0, maxMemory > 0 else {
                throw ValidationError("limits must be positive numbers")
            }
        }

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError.missingFile(path: file)
            }
            let source = String(decoding: data, as: UTF8.self)
            // python3 (3.9 and later) names the script by its absolute path in tracebacks.
            var limits = Limits()
            limits.steps = maxSteps
            limits.liveObjects = maxObjects
            limits.memoryBytes = maxMemory.multipliedReportingOverflow(by: 1_000_000).overflow
                ? Int.max : maxMemory * 1_000_000
            let result = Interpreter(limits: limits).run(source: source, filename: Self.absolutePath(file), arguments: arguments,
                                           scriptName: file, trace: trace || whyAlive)
            FileHandle.standardOutput.write(Data(result.stdout.utf8))
            if let lifetime = result.lifetime {
                var report = ""
                if trace { report += "--- lifetime trace ---\n" + lifetime.renderedTrace() }
                if whyAlive { report += "--- why alive ---\n" + lifetime.renderedWhyAlive() }
                FileHandle.standardOutput.write(Data(report.utf8))
            }
            FileHandle.standardError.write(Data(result.stderr.utf8))
            if result.status != 0 { throw ExitCode(result.status) }
        }

        /// `os.path.abspath`: joined to the working directory and normalised, links kept.
        static func absolutePath(_ path: String) -> String {
            let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            return URL(fileURLWithPath: joined).standardizedFileURL.path
        }
    }
}
