import CourseModel
import CourseStore
import CourseTestSupport
import Foundation
import Testing

/// `course exercise ...`, `course check` and `course watch` run as the real binary.
@Suite struct ExerciseCommandTests {
    static let exercisesRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content/python-weakref/weakref/exercises")

    static func solution(_ id: String) throws -> String {
        try String(contentsOf: exercisesRoot.appendingPathComponent("\(id)/solution.py"), encoding: .utf8)
    }

    static func starter(_ id: String) throws -> String {
        try String(contentsOf: exercisesRoot.appendingPathComponent("\(id)/starter.py"), encoding: .utf8)
    }

    @Test func aWholeRoundIsRecordedAndShowsInProgressAndCSV() throws {
        let sandbox = try CLISandbox()
        let work = sandbox.folder.path("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        #expect(try sandbox.run(["enroll", "--name", "Ada Lovelace"]).status == 0)

        let listed = try sandbox.run(["exercise", "list"])
        #expect(listed.status == 0)
        #expect(listed.standardOutput.contains("tree-parent      weakref  new     0       0/3"))

        // start writes the starter here, and never overwrites it.
        let started = try sandbox.run(["exercise", "start", "tree-parent"], workingDirectory: work)
        #expect(started.status == 0)
        let file = work + "/tree-parent.py"
        #expect(try String(contentsOfFile: file, encoding: .utf8) == (try Self.starter("tree-parent")))
        try "# my work\n".write(toFile: file, atomically: true, encoding: .utf8)
        let again = try sandbox.run(["exercise", "start", "tree-parent"], workingDirectory: work)
        #expect(again.status == 64)
        #expect(again.standardError == "course: tree-parent.py already exists; keep working on it (`course check tree-parent tree-parent.py`), or move it away to start over\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "# my work\n")

        // A failing check: exit 1, stored.
        try Self.starter("tree-parent").write(toFile: file, atomically: true, encoding: .utf8)
        let failing = try sandbox.run(["check", "tree-parent", file])
        #expect(failing.status == 1)
        #expect(failing.standardOutput.hasPrefix("ERROR tree-parent"))
        #expect(failing.standardOutput.contains("AttributeError: 'NoneType' object has no attribute 'name'"))

        // Two hints, recorded; the solution is still locked.
        let hint1 = try sandbox.run(["exercise", "hint", "tree-parent"])
        #expect(hint1.standardOutput.hasPrefix("Hint 1 of 3:\n"))
        let hint2 = try sandbox.run(["exercise", "hint", "tree-parent"])
        #expect(hint2.standardOutput.hasPrefix("Hint 2 of 3:\n"))
        let locked = try sandbox.run(["exercise", "solution", "tree-parent"])
        #expect(locked.status == 1)
        #expect(locked.standardError.contains("locked until you pass it"))

        // A passing check: exit 0.
        try Self.solution("tree-parent").write(toFile: file, atomically: true, encoding: .utf8)
        let passing = try sandbox.run(["check", "tree-parent", file])
        #expect(passing.status == 0, "\(passing.standardOutput)")
        #expect(passing.standardOutput.hasPrefix("PASS tree-parent"))

        // Stored: source, output, verdict, duration, hints used, content version.
        let store = try CourseStore(path: sandbox.databasePath)
        let learner = try store.resolveLearner(handle: nil)
        let submissions = try store.submissions(learnerID: learner.id, courseID: "python-weakref", exerciseID: "tree-parent")
        #expect(submissions.map(\.verdict) == [.error, .passed])
        #expect(submissions.map(\.hintsUsed) == [0, 2])
        #expect(submissions[1].source == (try Self.solution("tree-parent")))
        #expect(submissions[1].output == (try python3(file)))
        #expect(submissions.allSatisfy { $0.lessonID == "weakref" && $0.durationMilliseconds >= 0 })
        #expect(submissions.allSatisfy { $0.contentVersion.count == 16 && $0.contentVersion.allSatisfy(\.isHexDigit) })

        // Progress, list and CSV show the pass.
        let progress = try sandbox.run(["progress"])
        #expect(progress.standardOutput.contains("weakref\tIn Progress\tsections 0\tbest -\tattempts 0\texercises 1\t"))
        let list = try sandbox.run(["exercise", "list"])
        #expect(list.standardOutput.contains("tree-parent      weakref  passed  2       2/3"))
        let csv = try PythonCSV.parse(Array(try sandbox.run(["report", "--csv", "--kind", "progress"]).standardOutput.utf8))
        let column = try #require(csv.first?.firstIndex(of: "exercises_passed"))
        let status = try #require(csv.first?.firstIndex(of: "status"))
        #expect(csv.count == 2)
        #expect(csv[1][column] == "1")
        #expect(csv[1][status] == "In Progress")

        // The solution is unlocked, beside the learner's.
        let shown = try sandbox.run(["exercise", "solution", "tree-parent"], environment: ["COLUMNS": "100"])
        #expect(shown.status == 0)
        #expect(shown.standardOutput.hasPrefix("reference solution"))
        #expect(shown.standardOutput.contains(" | your passing solution\n"))
    }

    @Test func aWrongSolutionIsExplainedWithADiffAndTheChainThatKeepsObjectsAlive() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.folder.path("cache.py")
        let wrong = try Self.solution("weak-cache").replacingOccurrences(
            of: "cache[\"icon\"] = icon\n", with: "cache[\"icon\"] = icon\nalbum = [logo, banner, icon]\n")
        try wrong.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["check", "weak-cache", file])
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("FAIL weak-cache (\(file))\n  ok    runs to the end without an error\n"))
        #expect(result.standardOutput.contains("""
            --- expected
            +++ your output
            @@ -1,3 +1,3 @@
             ['banner', 'icon', 'logo']
            -['logo']
            +['banner', 'icon', 'logo']
             still cached: logo
            """))
        #expect(result.standardOutput.contains("  - Image(name='banner') is still alive when your program ends, but should have died: global 'album' -> list[1] -> Image(name='banner') keeps it alive.\n"))
        #expect(result.standardOutput.contains("  FAIL  exactly 1 Image alive after a final gc.collect(): 3 Image objects would still be alive"))
    }

    @Test func showAndHintsPastTheLast() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada"]).status == 0)
        let shown = try sandbox.run(["exercise", "show", "weak-cache"])
        #expect(shown.status == 0)
        #expect(shown.standardOutput.hasPrefix("A cache that forgets (weak-cache, lesson weakref)\n"))
        #expect(shown.standardOutput.contains("Your solution must use: weakref.WeakValueDictionary(...), gc.collect(...), del\n"))
        var outputs: [String] = []
        for _ in 0..<4 { outputs.append(try sandbox.run(["exercise", "hint", "weak-cache"]).standardOutput) }
        #expect(outputs.map { $0.split(separator: "\n").first.map(String.init) } == ["Hint 1 of 3:", "Hint 2 of 3:", "Hint 3 of 3:", "Hint 3 of 3:"])
        #expect(!outputs[2].contains("(that was the last hint)"))
        #expect(outputs[3].hasSuffix("(that was the last hint)\n"))
        let unknown = try sandbox.run(["exercise", "hint", "nope"])
        #expect(unknown.status == 66)
    }

    @Test func checkJSONIsExercismResultsVersion3() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada"]).status == 0)
        let file = sandbox.folder.path("blanks.py")
        try Self.starter("fill-the-blanks").write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["check", "fill-the-blanks", file, "--json"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["version"] as? Int == 3)
        #expect(json["status"] as? String == "error")
        #expect((json["message"] as? String)?.hasPrefix("4 blanks ('___') left to fill, on lines ") == true)
        let tests = try #require(json["tests"] as? [[String: Any]])
        #expect(tests.count == 1)
        #expect(tests.first?["status"] as? String == "error")

        try Self.solution("tree-parent").write(toFile: file, atomically: true, encoding: .utf8)
        let passed = try sandbox.run(["check", "tree-parent", file, "--json"])
        #expect(passed.status == 0)
        let passJSON = try #require(try JSONSerialization.jsonObject(with: Data(passed.standardOutput.utf8)) as? [String: Any])
        #expect(passJSON["status"] as? String == "pass")
        #expect(passJSON["message"] is NSNull)
        let passTests = try #require(passJSON["tests"] as? [[String: Any]])
        #expect(passTests.allSatisfy { $0["status"] as? String == "pass" && $0["message"] is NSNull })
    }

    @Test func checkOutputIsTruncatedInJSON() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.folder.path("long.py")
        try "for i in range(200):\n    print('line', i)\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["check", "tree-parent", file, "--json"])
        #expect(result.status == 1)
        #expect(result.standardError == "course: not enrolled, so nothing was recorded; run `course enroll --name NAME`\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let tests = try #require(json["tests"] as? [[String: Any]])
        let output = try #require(tests.compactMap { $0["output"] as? String }.first)
        let full = try python3(file)
        #expect(output == String(full.prefix(500)) + "\n[output truncated at 500 characters]")
    }

    @Test func unknownExerciseAndMissingFile() throws {
        let sandbox = try CLISandbox()
        let unknown = try sandbox.run(["check", "nope", "x.py"])
        #expect(unknown.status == 66)
        #expect(unknown.standardError == "course: unknown exercise 'nope' in course 'python-weakref' (known: fill-the-blanks, weak-cache, tree-parent)\n")
        let missing = try sandbox.run(["check", "weak-cache", sandbox.folder.path("absent.py")])
        #expect(missing.status == 66)
        #expect(missing.standardError == "course: no such file: \(sandbox.folder.path("absent.py"))\n")
    }

    @Test func learnerCodeCannotReachFilesOrTheEnvironment() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.folder.path("escape.py")
        for (code, word) in [("import os\nprint(os.environ)\n", "the module 'os' is not available"),
                             ("print(open('/etc/passwd').read())\n", "'open' is not available"),
                             ("f = __import__\nf('os')\n", "'__import__' is not available")] {
            try code.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try sandbox.run(["check", "tree-parent", file])
            #expect(result.status == 1)
            #expect(result.standardOutput.contains(word), "\(result.standardOutput)")
            #expect(!result.standardOutput.contains("root:"))
        }
    }

    @Test func anEndlessLoopIsStoppedByTheSandboxAndIsAVerdict() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.folder.path("loop.py")
        try "import weakref\nwhile True:\n    pass\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["check", "tree-parent", file])
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("ERROR tree-parent"))
        #expect(result.standardOutput.hasSuffix("\nStopped after 10,000,000 steps: does your loop end?\n"))
    }

    @Test func watchRechecksOnSaveUntilItPasses() throws {
        let sandbox = try CLISandbox()
        #expect(try sandbox.run(["enroll", "--name", "Ada"]).status == 0)
        let file = sandbox.folder.path("watched.py")
        try Self.starter("tree-parent").write(toFile: file, atomically: true, encoding: .utf8)
        let solution = try Self.solution("tree-parent")
        let writer = Thread {
            Thread.sleep(forTimeInterval: 1.5)
            try? solution.write(toFile: file, atomically: true, encoding: .utf8)
        }
        writer.start()
        let result = try sandbox.run(["watch", "tree-parent", file, "--timeout", "60"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("ERROR tree-parent"))
        #expect(result.standardOutput.contains("PASS tree-parent"))
        let store = try CourseStore(path: sandbox.databasePath)
        let learner = try store.resolveLearner(handle: nil)
        #expect(try store.submissions(learnerID: learner.id, courseID: "python-weakref").map(\.verdict) == [.error, .passed])
    }

    @Test func watchGivesUpAfterItsTimeout() throws {
        let sandbox = try CLISandbox()
        let file = sandbox.folder.path("stuck.py")
        try Self.starter("tree-parent").write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["watch", "tree-parent", file, "--timeout", "1"])
        #expect(result.status == 1)
        #expect(result.standardError.hasSuffix("course: stopped watching after 1 seconds without a pass\n"))
    }

    /// The oracle's stdout for a file.
    private func python3(_ path: String) throws -> String {
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
}

/// `course content lint` grades every reference solution against its own exercise.
@Suite struct ReferenceSolutionLintTests {
    @Test func aReferenceSolutionMustPassItsOwnLifetimeAndConstructChecks() throws {
        let sandbox = try CLISandbox()
        let root = sandbox.folder.path("content")
        let shipped = ExerciseCommandTests.exercisesRoot.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try FileManager.default.copyItem(atPath: shipped.path, toPath: root)
        // (Other lint problems, such as examples the core cannot run yet, are not this test's business.)
        let ownChecks = { (output: String) in output.split(separator: "\n").filter { $0.contains("does not pass its own checks") } }
        #expect(ownChecks(try sandbox.run(["content", "lint", root]).standardOutput).isEmpty)

        let yaml = root + "/python-weakref/weakref/exercises/weak-cache/exercise.yaml"
        let text = try String(contentsOfFile: yaml, encoding: .utf8)
        try text.replacingOccurrences(of: "alive-at-end: {class: Image, count: 1}", with: "alive-at-end: {class: Image, count: 2}")
            .replacingOccurrences(of: "  - statement: del\n", with: "  - statement: del\n  - call: weakref.finalize\n")
            .write(toFile: yaml, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["content", "lint", root])
        #expect(result.status == 65)
        #expect(ownChecks(result.standardOutput) == ["python-weakref/weakref/exercises/weak-cache/solution.py:1: the reference solution does not pass its own checks: exactly 2 Image alive after a final gc.collect(): 1 Image object would still be alive after a final gc.collect(), 2 expected; kept alive by: global 'logo' -> Image(name='logo'); uses weakref.finalize(...): the exercise asks you to call weakref.finalize(), and your program never does"])
    }
}
