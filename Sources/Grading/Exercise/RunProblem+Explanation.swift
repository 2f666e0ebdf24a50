import WeakrefCore

extension RunProblem {
    /// Built-ins that would reach outside the program. The core defines none of them; a
    /// learner who tries one is told why rather than shown a bare `NameError`.
    static let forbiddenBuiltins: Set<String> = ["open", "eval", "exec", "__import__", "compile", "breakpoint"]

    /// The modules the core offers; only for messages.
    static let availableModules = ["weakref", "gc", "sys"]

    /// Reads how a run ended; nil when it ended normally. `filename` is the name the program
    /// ran under: the line reported is the innermost one of the program itself, not of a
    /// library module it called into.
    init?(_ result: RunResult, filename: String? = nil) {
        guard let exception = result.exception else {
            if result.status == 0 { return nil }
            self = .uncaughtException(typeName: "SystemExit", message: "the program exited with status \(result.status)", line: nil)
            return
        }
        let line = filename.flatMap { Self.innermostLine(of: $0, in: result.stderr) } ?? exception.line
        switch exception.typeName {
        case "SandboxLimit":
            self = .limitReached(message: exception.message, line: line)
        case "RecursionError":
            self = .limitReached(message: "\(exception.typeName): \(exception.message)", line: line)
        case "ModuleNotFoundError":
            self = .unsupportedModule(name: Self.quotedName(in: exception.message) ?? exception.message, line: line)
        case "NameError":
            if let name = Self.quotedName(in: exception.message), Self.forbiddenBuiltins.contains(name) {
                self = .forbiddenBuiltin(name: name, line: line)
            } else {
                self = .uncaughtException(typeName: exception.typeName, message: exception.message, line: line)
            }
        case "SyntaxError", "IndentationError", "TabError":
            self = .syntaxError(message: "\(exception.typeName): \(exception.message)", line: line)
        case "NotImplementedError" where exception.message.contains("not supported by course"):
            self = .unsupportedFeature(message: exception.message, line: line)
        default:
            self = .uncaughtException(typeName: exception.typeName, message: exception.message, line: line)
        }
    }

    /// One or two sentences for the learner.
    public var explanation: String {
        switch self {
        case .blanksLeft(let sites):
            let lines = Array(Set(sites.map(\.line))).sorted().map(String.init)
            let count = sites.count
            return "\(count) \(count == 1 ? "blank" : "blanks") ('___') left to fill, on line\(lines.count == 1 ? "" : "s") \(Self.list(lines)): replace each ___ with the missing code."
        case .syntaxError(let message, let line):
            return "your program does not parse\(Self.at(line)): \(message)."
        case .unsupportedModule(let name, let line):
            return "the module '\(name)' is not available\(Self.at(line)): exercises run in course's sandbox, which has no files, network or environment; only \(Self.list(Self.availableModules)) can be imported."
        case .forbiddenBuiltin(let name, let line):
            return "'\(name)' is not available\(Self.at(line)): exercises run in course's sandbox, where programs cannot reach files or run other code."
        case .unsupportedFeature(let message, _):
            return "\(message); write it another way."
        case .uncaughtException(let typeName, let message, let line):
            let what = message.isEmpty ? typeName : "\(typeName): \(message)"
            return "your program raised \(what)\(Self.at(line)) and nothing caught it."
        case .limitReached(let message, let line):
            return Self.limitAdvice(message) + Self.at(line, prefix: " (last at line ", suffix: ")")
        }
    }

    /// "stopped after 10,000,000 steps: does your loop end?" and the like.
    private static func limitAdvice(_ message: String) -> String {
        var text = message
        if text.hasPrefix("course: ") { text.removeFirst("course: ".count) }
        if text.contains("steps") { return text + ": does your loop end?" }
        if text.contains("output exceeded") { return text + ": is a print inside a loop that never ends?" }
        if text.contains("recursion") { return text + ": does your recursive function reach a case that stops?" }
        if text.contains("memory") || text.contains("objects") { return text + ": does your program keep creating objects in a loop?" }
        return text
    }

    private static func at(_ line: Int?, prefix: String = " on line ", suffix: String = "") -> String {
        line.map { prefix + String($0) + suffix } ?? ""
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    /// The line of the last `File "NAME", line N` of a traceback.
    static func innermostLine(of filename: String, in traceback: String) -> Int? {
        let marker = "File \"\(filename)\", line "
        var found: Int? = nil
        for line in traceback.split(separator: "\n") {
            guard let range = line.range(of: marker) else { continue }
            let digits = line[range.upperBound...].prefix { $0.isNumber }
            if let number = Int(digits) { found = number }
        }
        return found
    }

    /// `No module named 'os'` -> `os`.
    private static func quotedName(in message: String) -> String? {
        guard let first = message.firstIndex(of: "'") else { return nil }
        let rest = message[message.index(after: first)...]
        guard let last = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<last])
    }
}
