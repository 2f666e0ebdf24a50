/// Colours Python source for a terminal: keywords, strings, numbers, comments.
/// A light scanner, not a parser: good enough for lesson examples.
enum PythonHighlighter {
    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    static func highlight(line: String, palette: ANSIPalette) -> String {
        var out = ""
        let characters = Array(line)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "#" {
                out += palette.comment(String(characters[index...]))
                break
            }
            if character == "\"" || character == "'" {
                var end = index + 1
                while end < characters.count && characters[end] != character {
                    end += characters[end] == "\\" ? 2 : 1
                }
                end = min(end + 1, characters.count)
                out += palette.string(String(characters[index..<end]))
                index = end
                continue
            }
            if character.isLetter || character == "_" {
                var end = index
                while end < characters.count && (characters[end].isLetter || characters[end].isNumber || characters[end] == "_") {
                    end += 1
                }
                let word = String(characters[index..<end])
                out += keywords.contains(word) ? palette.keyword(word) : word
                index = end
                continue
            }
            if character.isNumber {
                var end = index
                while end < characters.count && (characters[end].isNumber || characters[end] == ".") { end += 1 }
                out += palette.number(String(characters[index..<end]))
                index = end
                continue
            }
            out.append(character)
            index += 1
        }
        return out
    }
}

/// The escape sequences the renderer uses.
struct ANSIPalette {
    static let reset = "\u{1B}[0m"

    func wrap(_ text: String, _ code: String) -> String { "\u{1B}[\(code)m" + text + Self.reset }
    func heading(_ text: String) -> String { wrap(text, "1;4") }
    func bold(_ text: String) -> String { wrap(text, "1") }
    func emphasis(_ text: String) -> String { wrap(text, "3") }
    func inlineCode(_ text: String) -> String { wrap(text, "36") }
    func keyword(_ text: String) -> String { wrap(text, "1;35") }
    func string(_ text: String) -> String { wrap(text, "32") }
    func number(_ text: String) -> String { wrap(text, "33") }
    func comment(_ text: String) -> String { wrap(text, "2") }
    func output(_ text: String) -> String { wrap(text, "2") }
}
