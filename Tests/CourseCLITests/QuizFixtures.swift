import CourseContent
import CourseModel
import CourseTestSupport
import Foundation
import Grading
import Testing

/// The repository's `Content/` folder.
let shippedContentFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Content", isDirectory: true)

/// The shipped weakref quiz, loaded from `Content/` at test time, and answers to it
/// derived from the content (never typed by hand).
struct WeakrefQuiz {
    let lesson: Lesson
    var quiz: Quiz { lesson.quiz! }
    var questions: [QuizQuestion] { quiz.questions }

    init(content: URL = shippedContentFolder) throws {
        let courses = try ContentLoader(source: DirectoryContentSource(root: content)).loadAll()
        let course = try #require(courses.first { $0.id == CourseModel.defaultCourseID })
        lesson = try #require(course.lessons.first { $0.id == "weakref" })
    }

    /// The right answer to `question` as typed in an attempt with `seed`.
    func right(_ question: QuizQuestion, seed: Int64) -> String {
        RightAnswer.typed(for: question, shown: ChoiceOrder.shown(question, seed: seed))
    }

    /// A wrong (but readable) answer to `question` in an attempt with `seed`.
    func wrong(_ question: QuizQuestion, seed: Int64) -> String {
        let shown = ChoiceOrder.shown(question, seed: seed)
        switch question.answer {
        case .choice(let right):
            return ChoiceOrder.letter(shown.firstIndex { $0 != right }!)
        case .choices(let right):
            return ChoiceOrder.letter(shown.firstIndex { !right.contains($0) }!)
        case .text:
            return "certainly not this"
        case .blanks(let gaps):
            return gaps.map { _ in "nope" }.joined(separator: "|")
        }
    }

    /// Answers for the whole quiz: right where `rightAt` says so.
    func answers(seed: Int64, rightAt: (Int) -> Bool) -> [String] {
        questions.enumerated().map { index, question in
            rightAt(index) ? right(question, seed: seed) : wrong(question, seed: seed)
        }
    }
}

/// Runs python3 with a small pseudo-terminal driver: starts `course` on a real pty,
/// waits for each expected text, types each reply (Ctrl-C is "\u{3}"), and returns
/// the transcript and how the process ended.
enum PseudoTerminal {
    enum Step: Encodable {
        case expect(String)
        case send(String)

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .expect(let text): try container.encode(["expect": text])
            case .send(let text): try container.encode(["send": text])
            }
        }
    }

    struct Outcome {
        let transcript: String
        /// The exit status, or 128 + signal number when killed by a signal.
        let status: Int32
        let failure: String?
    }

    static let driver = #"""
    import json, os, pty, select, signal, sys, time
    steps = json.loads(sys.argv[1])
    argv = sys.argv[2:]
    pid, fd = pty.fork()
    if pid == 0:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])
        os.execv(argv[0], argv)
    buf = b""
    pos = 0
    failure = None
    def read_some(deadline):
        global buf
        r, _, _ = select.select([fd], [], [], max(0, deadline - time.time()))
        if not r:
            return False
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            chunk = b""
        if not chunk:
            return None
        buf += chunk
        return True
    for step in steps:
        if "send" in step:
            time.sleep(0.05)
            os.write(fd, step["send"].encode())
            continue
        want = step["expect"].encode()
        deadline = time.time() + 30
        while buf.find(want, pos) < 0:
            got = read_some(deadline)
            if not got:
                failure = "waiting for %r: %s" % (step["expect"], "timeout" if got is False else "end of output")
                break
        if failure:
            break
        pos = buf.find(want, pos) + len(want)
    if failure:
        os.kill(pid, 9)
    deadline = time.time() + 30
    while read_some(deadline):
        pass
    _, status = os.waitpid(pid, 0)
    code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status)
    sys.stdout.write(json.dumps({"transcript": buf.decode("utf-8", "replace"), "status": code, "failure": failure}))
    """#

    static func run(_ arguments: [String], steps: [Step], environment: [String: String]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let stepsJSON = String(decoding: try JSONEncoder().encode(steps), as: UTF8.self)
        process.arguments = ["python3", "-c", driver, stepsJSON, try CourseBinary.url().path] + arguments
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        return Outcome(transcript: object["transcript"] as? String ?? "",
                       status: Int32(object["status"] as? Int ?? -1),
                       failure: object["failure"] as? String)
    }
}
