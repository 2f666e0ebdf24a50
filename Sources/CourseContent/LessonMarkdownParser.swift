import CourseModel

/// The two parts of a `lesson.md`: its YAML front matter and its Markdown body.
struct LessonDocument {
    /// The YAML between the `---` lines (without them).
    var frontMatter: String
    /// Number of file lines before the front matter's first line.
    var frontMatterLineOffset: Int
    var sections: [LessonSection]
}

/// Reads `lesson.md`: front matter between `---` lines, then `## ` sections
/// made of paragraphs, lists, `###` sub-headings and fenced code blocks. A
/// ```` ```python run ```` block is an example; an ```` ```output ```` block
/// right after it (blank lines aside) is what it prints.
struct LessonMarkdownParser {
    let file: String

    func parse(_ text: String, into problems: inout ProblemList) -> LessonDocument? {
        let lines = splitLines(text)
        guard let first = lines.first, first.trimmingWhitespace == "---" else {
            problems.add(file, 1, 1, "missing front matter: the file must start with a '---' line")
            return nil
        }
        guard let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingWhitespace == "---" }) else {
            problems.add(file, 1, 1, "front matter is never closed by a '---' line")
            return nil
        }
        let frontMatter = lines[1..<close].joined(separator: "\n") + "\n"
        let sections = parseBody(lines, from: close + 1, into: &problems)
        return LessonDocument(frontMatter: frontMatter, frontMatterLineOffset: 1, sections: sections)
    }

    /// The blocks of a free piece of Markdown (exercise instructions, a
    /// hint): the same paragraphs, lists and code blocks as a lesson section.
    func parseBlocks(_ text: String) -> [LessonBlock] {
        var ignored = ProblemList()
        let lines = ["## _"] + splitLines(text)
        return parseBody(lines, from: 0, into: &ignored).first?.blocks ?? []
    }

    /// Parses lines from index `start` (0-based) to the end.
    private func parseBody(_ lines: [String], from start: Int, into problems: inout ProblemList) -> [LessonSection] {
        var builder = SectionBuilder()
        var index = start
        var reportedStrayText = false
        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            let trimmed = line.trimmingWhitespace

            if trimmed.isEmpty {
                builder.endParagraphAndList()
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") {
                guard let close = lines.indices.dropFirst(index + 1).first(where: { lines[$0].trimmingWhitespace == "```" }) else {
                    problems.add(file, lineNumber, 1, "code fence opened here is never closed")
                    break
                }
                let info = String(trimmed.dropFirst(3)).trimmingWhitespace
                let body = Array(lines[(index + 1)..<close])
                if builder.current == nil {
                    problems.add(file, lineNumber, 1, "code block before the first '## ' section")
                } else {
                    addFence(info: info, body: body, line: lineNumber, to: &builder, problems: &problems)
                }
                index = close + 1
                continue
            }
            if trimmed.hasPrefix("## ") {
                let title = String(trimmed.dropFirst(3)).trimmingWhitespace
                builder.startSection(title: title, line: lineNumber)
                index += 1
                continue
            }
            if trimmed == "#" || trimmed.hasPrefix("# ") {
                problems.add(file, lineNumber, 1, "'# ' headings are not used: the title comes from the front matter; start sections with '## '")
                index += 1
                continue
            }
            guard builder.current != nil else {
                if !reportedStrayText {
                    problems.add(file, lineNumber, 1, "text before the first '## ' section")
                    reportedStrayText = true
                }
                index += 1
                continue
            }
            if trimmed.hasPrefix("### ") {
                builder.add(.subheading(String(trimmed.dropFirst(4)).trimmingWhitespace))
            } else if let (item, numbered) = Self.listItem(trimmed) {
                builder.addListItem(item, numbered: numbered)
            } else if line.first == " " && builder.inList {
                builder.continueListItem(trimmed)
            } else {
                builder.addParagraphLine(trimmed)
            }
            index += 1
        }
        if builder.sectionCount == 0 && !reportedStrayText {
            problems.add(file, max(start, 1), 1, "lesson has no '## ' sections")
        }
        return builder.finish()
    }

    private func addFence(info: String, body: [String], line: Int, to builder: inout SectionBuilder,
                          problems: inout ProblemList) {
        let words = info.split(separator: " ").map(String.init)
        let text = body.isEmpty ? "" : body.joined(separator: "\n") + "\n"
        if words == ["output"] {
            if !builder.attachOutput(text, line: line) {
                problems.add(file, line, 1, "output block does not follow a 'python run' example")
            }
        } else if words.first == "python" && words.contains("run") {
            if text.trimmingWhitespace.isEmpty {
                problems.add(file, line, 1, "empty 'python run' example")
            }
            builder.addExample(source: text, line: line)
        } else {
            builder.add(.code(language: words.first ?? "", source: text))
        }
    }

    /// `- item`, `* item` or `12. item`.
    static func listItem(_ trimmed: String) -> (String, Bool)? {
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") {
            return (String(trimmed.dropFirst(2)).trimmingWhitespace, false)
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, trimmed.dropFirst(digits.count).hasPrefix(". ") {
            return (String(trimmed.dropFirst(digits.count + 2)).trimmingWhitespace, true)
        }
        return nil
    }
}

/// Accumulates blocks into sections while the parser walks the lines.
private struct SectionBuilder {
    private var sections: [LessonSection] = []
    private(set) var current: LessonSection?
    private var paragraph: [String] = []
    private var listItems: [String] = []
    private var listNumbered = false
    /// True while the last block is an example still waiting for its output block.
    private var exampleAwaitsOutput = false
    private var exampleCount = 0

    var inList: Bool { !listItems.isEmpty }
    var sectionCount: Int { sections.count + (current == nil ? 0 : 1) }

    mutating func startSection(title: String, line: Int) {
        flushSection()
        current = LessonSection(title: title, blocks: [], line: line)
    }

    mutating func add(_ block: LessonBlock) {
        endParagraphAndList()
        current?.blocks.append(block)
        exampleAwaitsOutput = false
    }

    mutating func addParagraphLine(_ text: String) {
        if inList { endList() }
        paragraph.append(text)
        exampleAwaitsOutput = false
    }

    mutating func addListItem(_ text: String, numbered: Bool) {
        endParagraph()
        if inList && numbered != listNumbered { endList() }
        listNumbered = numbered
        listItems.append(text)
        exampleAwaitsOutput = false
    }

    mutating func continueListItem(_ text: String) {
        guard let last = listItems.popLast() else { return }
        listItems.append(last + " " + text)
    }

    mutating func addExample(source: String, line: Int) {
        endParagraphAndList()
        exampleCount += 1
        let example = LessonExample(number: exampleCount, source: source, expectedOutput: nil, line: line, outputLine: nil)
        current?.blocks.append(.example(example))
        exampleAwaitsOutput = true
    }

    /// Attaches an output block to the example just before it; false if there is none.
    mutating func attachOutput(_ text: String, line: Int) -> Bool {
        guard exampleAwaitsOutput, paragraph.isEmpty, listItems.isEmpty, var section = current,
              case .example(var example)? = section.blocks.last else { return false }
        example.expectedOutput = text
        example.outputLine = line
        section.blocks[section.blocks.count - 1] = .example(example)
        current = section
        exampleAwaitsOutput = false
        return true
    }

    mutating func endParagraphAndList() {
        endParagraph()
        endList()
    }

    private mutating func endParagraph() {
        guard !paragraph.isEmpty else { return }
        current?.blocks.append(.paragraph(paragraph.joined(separator: " ")))
        paragraph = []
    }

    private mutating func endList() {
        guard !listItems.isEmpty else { return }
        current?.blocks.append(.list(items: listItems, numbered: listNumbered))
        listItems = []
    }

    private mutating func flushSection() {
        endParagraphAndList()
        if let section = current { sections.append(section) }
        current = nil
        exampleAwaitsOutput = false
    }

    mutating func finish() -> [LessonSection] {
        flushSection()
        return sections
    }
}
