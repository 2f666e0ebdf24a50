import CourseModel

/// Turns a lesson into text for a terminal: headings, prose wrapped to a
/// width, lists, code indented and never wrapped, and each example's output.
/// `.ansi` adds colours (for a TTY); `.plain` is for pipes and files.
public struct LessonRenderer: Sendable {
    public enum Style: Sendable {
        case plain
        case ansi
    }

    public var width: Int
    public var style: Style

    public init(width: Int = 80, style: Style = .plain) {
        self.width = max(width, 20)
        self.style = style
    }

    private var palette: ANSIPalette? { style == .ansi ? ANSIPalette() : nil }

    /// "1. Why weak references", ... for a table of contents.
    public func sectionTitles(of lesson: Lesson) -> [String] {
        lesson.sections.enumerated().map { "\($0.offset + 1). \($0.element.title)" }
    }

    /// The lesson's title, summary and objectives.
    public func renderHeader(of lesson: Lesson) -> String {
        var out = heading(lesson.title, underline: "=")
        out += paragraph(lesson.summary, indent: "") + "\n"
        out += "You will be able to:\n"
        for objective in lesson.objectives {
            out += paragraph(objective, indent: "  - ", continuation: "    ")
        }
        return out
    }

    /// One section, numbered from 1 as in `sectionTitles`.
    public func render(_ section: LessonSection, number: Int) -> String {
        var out = heading("\(number). \(section.title)", underline: "-")
        var first = true
        for block in section.blocks {
            if !first { out += "\n" }
            first = false
            out += render(block)
        }
        return out
    }

    /// The section numbered `number` (from 1), or nil when there is none.
    public func render(_ lesson: Lesson, section number: Int) -> String? {
        guard lesson.sections.indices.contains(number - 1) else { return nil }
        return render(lesson.sections[number - 1], number: number)
    }

    /// The whole lesson: header, then every section.
    public func render(_ lesson: Lesson) -> String {
        var parts = [renderHeader(of: lesson)]
        for (index, section) in lesson.sections.enumerated() {
            parts.append(render(section, number: index + 1))
        }
        return parts.joined(separator: "\n")
    }

    /// Any Markdown prose in the lesson format (an exercise's instructions, a
    /// hint, a quiz explanation), wrapped and styled like a section's body.
    public func renderMarkdown(_ text: String) -> String {
        let blocks = LessonMarkdownParser(file: "").parseBlocks(text)
        return blocks.map(render).joined(separator: "\n")
    }

    private func render(_ block: LessonBlock) -> String {
        switch block {
        case .paragraph(let text):
            return paragraph(text, indent: "")
        case .subheading(let text):
            return (palette?.bold(text) ?? text) + "\n"
        case .list(let items, let numbered):
            var out = ""
            for (index, item) in items.enumerated() {
                let marker = numbered ? "\(index + 1). " : "  - "
                out += paragraph(item, indent: marker, continuation: String(repeating: " ", count: marker.count))
            }
            return out
        case .code(_, let source):
            return code(source)
        case .example(let example):
            var out = code(example.source)
            if let output = example.expectedOutput {
                out += "\n  Output:\n"
                for line in splitLines(output) {
                    let text = "    " + line
                    out += (palette?.output(text) ?? text) + "\n"
                }
            }
            return out
        }
    }

    private func heading(_ text: String, underline: Character) -> String {
        if let palette { return palette.heading(text) + "\n\n" }
        return text + "\n" + String(repeating: underline, count: text.count) + "\n\n"
    }

    private func code(_ source: String) -> String {
        splitLines(source).map { line in
            line.isEmpty ? "" : "    " + (palette.map { PythonHighlighter.highlight(line: line, palette: $0) } ?? line)
        }.joined(separator: "\n") + "\n"
    }

    private func paragraph(_ text: String, indent: String, continuation: String = "") -> String {
        let available = width - max(indent.count, continuation.count)
        let lines = TextWrapper.wrap(InlineMarkup.words(text, keepCodeMarks: palette == nil), width: available)
        var out = ""
        for (index, line) in lines.enumerated() {
            out += (index == 0 ? indent : continuation)
            out += line.map { word in word.map(styled).joined() }.joined(separator: " ")
            out += "\n"
        }
        return out
    }

    /// A run of a word in the renderer's style. Plain text keeps `code` marks
    /// (they tell code from prose; see `InlineMarkup.words`) and drops the
    /// asterisks of bold and emphasis.
    private func styled(_ run: StyledWord) -> String {
        switch (run.style, palette) {
        case (.normal, _): return run.text
        case (.code, nil): return run.text
        case (.code, let palette?): return palette.inlineCode(run.text)
        case (.bold, nil): return run.text
        case (.bold, let palette?): return palette.bold(run.text)
        case (.emphasis, nil): return run.text
        case (.emphasis, let palette?): return palette.emphasis(run.text)
        }
    }
}
