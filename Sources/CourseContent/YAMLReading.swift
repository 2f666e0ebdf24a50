import Yams

/// A YAML text read with Yams, remembering which content file it came from and
/// how far into that file it starts (front matter starts on line 2), so every
/// problem can be reported at its place in the file.
struct YAMLText {
    let file: String
    /// Added to Yams' 1-based lines to get lines of `file`.
    let lineOffset: Int

    /// Parses `text`; on a syntax error, records it and returns nil.
    func compose(_ text: String, into problems: inout ProblemList) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, column, message) = Self.describe(error, lineOffset: lineOffset)
            problems.add(file, line + lineOffset, column, message)
        } catch {
            problems.add(file, 1 + lineOffset, 1, "invalid YAML: \(error)")
        }
        return nil
    }

    /// Line, column and message of a Yams error.
    static func describe(_ error: YamlError, lineOffset: Int) -> (Int, Int, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // The context says what was being read and where it began, which
            // is often the real place of the mistake.
            let during = context.map { " (\($0.text) that starts at \($0.mark.line + lineOffset):\($0.mark.column))" } ?? ""
            return (mark.line, mark.column, "invalid YAML: \(problem)\(during)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return (context.mark.line, context.mark.column, "duplicate key \(names)")
        case let .reader(problem, _, _, _):
            return (1, 1, "invalid YAML: \(problem)")
        default:
            return (1, 1, "invalid YAML: \(error)")
        }
    }

    /// Line and column of `node` in the file.
    func position(of node: Node?) -> (line: Int, column: Int) {
        guard let mark = node?.mark else { return (1 + lineOffset, 1) }
        return (mark.line + lineOffset, mark.column)
    }

    /// A reader over `node` when it is a mapping; otherwise records `what must be a mapping`.
    func mapping(_ node: Node?, what: String, at fallback: (line: Int, column: Int)? = nil,
                 into problems: inout ProblemList) -> MappingReader? {
        if let mapping = node?.mapping {
            return MappingReader(yaml: self, mapping: mapping, node: node)
        }
        let place = node == nil ? (fallback ?? (1 + lineOffset, 1)) : position(of: node)
        problems.add(file, place.line, place.column, "\(what) must be a mapping of fields")
        return nil
    }
}

/// Typed access to the fields of one YAML mapping. Each accessor records a
/// problem (missing field, wrong type) instead of throwing, so one pass finds
/// everything.
struct MappingReader {
    let yaml: YAMLText
    let mapping: Node.Mapping
    let node: Node?

    var file: String { yaml.file }
    var position: (line: Int, column: Int) { yaml.position(of: node) }

    /// The value of `key`, treating an explicit YAML null as absent.
    func value(_ key: String) -> Node? {
        guard let value = mapping[key] else { return nil }
        if value.null != nil { return nil }
        return value
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    /// Position of the key itself (falls back to the mapping's position).
    func keyPosition(_ key: String) -> (line: Int, column: Int) {
        for (candidate, _) in mapping where candidate.string == key {
            return yaml.position(of: candidate)
        }
        return position
    }

    /// Position of the value of `key` (falls back to the key, then the mapping).
    func valuePosition(_ key: String) -> (line: Int, column: Int) {
        if let value = mapping[key], value.mark != nil { return yaml.position(of: value) }
        return keyPosition(key)
    }

    func missing(_ key: String, _ problems: inout ProblemList) {
        problems.add(file, position.line, position.column, "missing field '\(key)'")
    }

    func wrongType(_ key: String, _ expected: String, _ problems: inout ProblemList) {
        let place = valuePosition(key)
        problems.add(file, place.line, place.column, "field '\(key)' must be \(expected)")
    }

    /// A text field. `allowEmpty: false` also rejects blank text.
    func string(_ key: String, required: Bool = true, allowEmpty: Bool = false,
                _ problems: inout ProblemList) -> String? {
        guard let value = value(key) else {
            if required { missing(key, &problems) }
            return nil
        }
        guard let text = value.scalar?.string else {
            wrongType(key, "a text", &problems)
            return nil
        }
        if !allowEmpty && text.trimmingWhitespace.isEmpty {
            let place = valuePosition(key)
            problems.add(file, place.line, place.column, "field '\(key)' must not be empty")
            return nil
        }
        return text
    }

    /// A list of texts. A missing optional list is empty.
    func strings(_ key: String, required: Bool = true, minimumCount: Int = 0,
                 _ problems: inout ProblemList) -> [String]? {
        guard let value = value(key) else {
            if required { missing(key, &problems) }
            return required ? nil : []
        }
        guard let sequence = value.sequence else {
            wrongType(key, "a list of texts", &problems)
            return nil
        }
        var texts: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string, item.null == nil else {
                let place = yaml.position(of: item)
                problems.add(file, place.line, place.column, "every item of '\(key)' must be a text")
                return nil
            }
            texts.append(text)
        }
        if texts.count < minimumCount {
            let place = valuePosition(key)
            let noun = minimumCount == 1 ? "item" : "items"
            problems.add(file, place.line, place.column, "field '\(key)' needs at least \(minimumCount) \(noun)")
            return nil
        }
        return texts
    }

    /// Records every key that is not in `allowed` (usually a typo).
    func rejectUnknownKeys(allowed: Set<String>, _ problems: inout ProblemList) {
        for (key, _) in mapping {
            let name = key.string ?? "?"
            if !allowed.contains(name) {
                let place = yaml.position(of: key)
                problems.add(file, place.line, place.column, "unknown field '\(name)'")
            }
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    var trimmingWhitespace: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
