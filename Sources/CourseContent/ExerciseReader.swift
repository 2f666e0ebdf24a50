import CourseModel
import Yams

/// Reads and checks one exercise folder: `exercise.yaml`, `starter.py`, `solution.py`.
struct ExerciseReader {
    /// Root-relative path of the exercise folder, e.g. `python-weakref/weakref/exercises/weak-cache`.
    let folder: String
    let source: any ContentSource

    static let keys: Set<String> = ["id", "title", "kind", "instructions", "hints", "blanks",
                                    "required_constructs", "checks", "expected_output", "file"]

    var yamlPath: String { folder + "/exercise.yaml" }
    var starterPath: String { folder + "/starter.py" }
    var solutionPath: String { folder + "/solution.py" }
    var folderName: String { String(folder.split(separator: "/").last ?? "") }

    func read(into problems: inout ProblemList) -> Exercise? {
        let starter = source.text(at: starterPath)
        let solution = source.text(at: solutionPath)
        if starter == nil { problems.add(starterPath, 1, 1, "missing file: every exercise needs a starter.py") }
        if solution == nil { problems.add(solutionPath, 1, 1, "missing file: every exercise needs a reference solution.py") }
        if let solution { reportBlanks(in: solution, &problems) }

        guard let text = source.text(at: yamlPath) else {
            problems.add(yamlPath, 1, 1, "missing file: every folder under exercises/ needs an exercise.yaml")
            return nil
        }
        let yaml = YAMLText(file: yamlPath, lineOffset: 0)
        guard let root = yaml.compose(text, into: &problems) else {
            if problems.isEmpty { problems.add(yamlPath, 1, 1, "exercise.yaml is empty") }
            return nil
        }
        guard let fields = yaml.mapping(root, what: "an exercise", into: &problems) else { return nil }
        fields.rejectUnknownKeys(allowed: Self.keys, &problems)

        let id = fields.string("id", &problems)
        if let id, id != folderName {
            let place = fields.valuePosition("id")
            problems.add(yamlPath, place.line, place.column, "exercise id '\(id)' does not match its folder '\(folderName)'")
        }
        let title = fields.string("title", &problems)
        let instructions = fields.string("instructions", &problems)
        let hints = fields.strings("hints", minimumCount: 2, &problems)
        let kind = readKind(fields, &problems)
        let constructs = readConstructs(fields, yaml: yaml, &problems)
        let checks = readChecks(fields, yaml: yaml, &problems)
        let expectedOutput = fields.string("expected_output", required: false, allowEmpty: true, &problems)
        let expectedOutputLine = fields.has("expected_output") ? fields.keyPosition("expected_output").line : nil
        let blanks = readBlanks(fields, kind: kind, starter: starter, &problems)
        let fileName = readFileName(fields, &problems)

        guard let id, id == folderName, let title, let instructions, let hints, let kind, let constructs,
              let checks, let blanks, let starter, let solution else { return nil }
        return Exercise(id: id, title: title, kind: kind, instructions: instructions, hints: hints, blanks: blanks,
                        requiredConstructs: constructs, checks: checks, expectedOutput: expectedOutput,
                        expectedOutputLine: expectedOutputLine, starter: starter, solution: solution,
                        fileName: fileName)
    }

    /// `file`: optional; a plain `NAME.py` (no folders, not hidden). nil when absent or invalid
    /// (an invalid one is a problem, which fails the content's validation).
    private func readFileName(_ fields: MappingReader, _ problems: inout ProblemList) -> String? {
        guard fields.has("file") else { return nil }
        guard let name = fields.string("file", &problems) else { return nil }
        let valid = name.hasSuffix(".py") && name.count > 3 && !name.hasPrefix(".") && !name.contains("/")
            && !name.contains("\\") && name.unicodeScalars.allSatisfy { $0.value > 32 }
        if !valid {
            let place = fields.valuePosition("file")
            problems.add(yamlPath, place.line, place.column, "file '\(name)' must be a plain file name ending in .py (no folders, not hidden)")
            return nil
        }
        return name
    }

    /// A reference solution must be complete.
    private func reportBlanks(in solution: String, _ problems: inout ProblemList) {
        for (index, line) in splitLines(solution).enumerated() {
            if let range = line.range(of: Exercise.blankMarker) {
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1
                problems.add(solutionPath, index + 1, column, "the reference solution still contains a blank ('___')")
            }
        }
    }

    private func readKind(_ fields: MappingReader, _ problems: inout ProblemList) -> ExerciseKind? {
        guard let name = fields.string("kind", &problems) else { return nil }
        guard let kind = ExerciseKind(rawValue: name) else {
            let place = fields.valuePosition("kind")
            problems.add(yamlPath, place.line, place.column, "unknown exercise kind '\(name)' (expected blanks or program)")
            return nil
        }
        return kind
    }

    /// `blanks`: required for a `blanks` exercise, one answer per `___` of the starter.
    private func readBlanks(_ fields: MappingReader, kind: ExerciseKind?, starter: String?,
                            _ problems: inout ProblemList) -> [String]? {
        guard let kind else { return nil }
        if kind == .program {
            if fields.has("blanks") {
                let place = fields.keyPosition("blanks")
                problems.add(yamlPath, place.line, place.column, "field 'blanks' is only for exercises of kind 'blanks'")
                return nil
            }
            return []
        }
        guard let answers = fields.strings("blanks", minimumCount: 1, &problems) else { return nil }
        guard let starter else { return nil }
        let count = occurrences(of: Exercise.blankMarker, in: starter)
        if count != answers.count {
            let place = fields.valuePosition("blanks")
            problems.add(yamlPath, place.line, place.column,
                         "starter.py has \(count) \(count == 1 ? "blank" : "blanks") ('___') but 'blanks' gives \(answers.count) \(answers.count == 1 ? "answer" : "answers")")
            return nil
        }
        return answers
    }

    private func readConstructs(_ fields: MappingReader, yaml: YAMLText,
                                _ problems: inout ProblemList) -> [RequiredConstruct]? {
        guard let node = fields.value("required_constructs") else {
            fields.missing("required_constructs", &problems)
            return nil
        }
        guard let sequence = node.sequence, !sequence.isEmpty else {
            fields.wrongType("required_constructs", "a non-empty list such as '- call: weakref.ref'", &problems)
            return nil
        }
        var constructs: [RequiredConstruct] = []
        var valid = true
        for item in sequence {
            let place = yaml.position(of: item)
            guard let mapping = item.mapping, mapping.count == 1, let (keyNode, valueNode) = mapping.first,
                  let name = keyNode.string, let value = valueNode.scalar?.string, !value.isEmpty else {
                problems.add(yamlPath, place.line, place.column, "each required construct must look like 'call: weakref.ref'")
                valid = false
                continue
            }
            guard let kind = RequiredConstruct.Kind(rawValue: name) else {
                problems.add(yamlPath, place.line, place.column,
                             "unknown construct kind '\(name)' (expected call, statement, import or name)")
                valid = false
                continue
            }
            constructs.append(RequiredConstruct(kind: kind, value: value))
        }
        return valid ? constructs : nil
    }

    private func readChecks(_ fields: MappingReader, yaml: YAMLText, _ problems: inout ProblemList) -> [ExerciseCheck]? {
        guard let node = fields.value("checks") else {
            fields.missing("checks", &problems)
            return nil
        }
        guard let sequence = node.sequence, !sequence.isEmpty else {
            fields.wrongType("checks", "a non-empty list of checks", &problems)
            return nil
        }
        var checks: [ExerciseCheck] = []
        var valid = true
        for item in sequence {
            let place = yaml.position(of: item)
            if let name = item.scalar?.string {
                switch name {
                case "no-blanks": checks.append(.noBlanks)
                case "exits-cleanly": checks.append(.exitsCleanly)
                case "same-output": checks.append(.sameOutput)
                default:
                    problems.add(yamlPath, place.line, place.column,
                                 "unknown check '\(name)' (expected no-blanks, exits-cleanly, same-output or contains)")
                    valid = false
                }
            } else if let mapping = item.mapping, mapping.count == 1, let (key, value) = mapping.first,
                      key.string == "contains", let text = value.scalar?.string, !text.isEmpty {
                checks.append(.outputContains(text))
            } else if let mapping = item.mapping, mapping.count == 1, let (key, value) = mapping.first,
                      key.string == "alive-at-end" {
                if let check = readAliveAtEnd(value) {
                    checks.append(check)
                } else {
                    problems.add(yamlPath, place.line, place.column,
                                 "'alive-at-end' needs a class name and a count, e.g. 'alive-at-end: {class: Image, count: 1}'")
                    valid = false
                }
            } else {
                problems.add(yamlPath, place.line, place.column,
                             "unknown check (expected no-blanks, exits-cleanly, same-output, 'contains: TEXT' or 'alive-at-end: {class: NAME, count: N}')")
                valid = false
            }
        }
        return valid ? checks : nil
    }

    /// `{class: Image, count: 1}`: a Python class name and a count from 0.
    private func readAliveAtEnd(_ node: Node) -> ExerciseCheck? {
        guard let mapping = node.mapping, mapping.count == 2 else { return nil }
        var className: String?
        var count: Int?
        for (key, value) in mapping {
            switch key.string {
            case "class": className = value.scalar?.string
            case "count": count = value.scalar.flatMap { Int($0.string) }
            default: return nil
            }
        }
        guard let className, let count, count >= 0, let first = className.unicodeScalars.first,
              first == "_" || first.properties.isAlphabetic,
              className.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) })
        else { return nil }
        return .aliveAtEnd(className: className, count: count)
    }
}
