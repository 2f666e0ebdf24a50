/// Finds the `___` blanks a learner has not filled yet, outside strings and comments.
///
/// `___` is a valid Python name, so a program with blanks parses and then dies with a
/// `NameError`; scanning first lets the grader say "fill the blank on line 21" instead.
enum BlankScanner {
    static func blanks(in source: String) -> [BlankSite] {
        var sites: [BlankSite] = []
        let chars = Array(source.unicodeScalars)
        var index = 0, line = 1, lineStart = 0
        var quote: (char: Unicode.Scalar, triple: Bool)? = nil

        while index < chars.count {
            let c = chars[index]
            if c == "\n" {
                line += 1; lineStart = index + 1; index += 1
                if let q = quote, !q.triple { quote = nil }   // an unterminated string ends at the line
                continue
            }
            if let q = quote {
                if c == "\\" { index += 2; continue }
                if c == q.char {
                    if !q.triple { quote = nil; index += 1; continue }
                    if index + 2 < chars.count, chars[index + 1] == q.char, chars[index + 2] == q.char {
                        quote = nil; index += 3; continue
                    }
                }
                index += 1
                continue
            }
            if c == "#" {
                while index < chars.count, chars[index] != "\n" { index += 1 }
                continue
            }
            if c == "'" || c == "\"" {
                let triple = index + 2 < chars.count && chars[index + 1] == c && chars[index + 2] == c
                quote = (c, triple)
                index += triple ? 3 : 1
                continue
            }
            if isIdentifierStart(c) {
                let start = index
                while index < chars.count, isIdentifierPart(chars[index]) { index += 1 }
                let word = chars[start..<index]
                if word.count >= 3, word.allSatisfy({ $0 == "_" }) {
                    sites.append(BlankSite(line: line, column: start - lineStart + 1))
                }
                continue
            }
            index += 1
        }
        return sites
    }

    private static func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic
    }

    private static func isIdentifierPart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
