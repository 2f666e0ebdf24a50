/// Makes two program outputs comparable: addresses (`0x7f3a...`) become `0x...`, CRLF becomes
/// LF, white space at the end of each line and blank lines at the end are dropped.
public enum OutputNormalizer {
    public static func normalize(_ text: String) -> String {
        let unified = text.replacingCRLF()
        var lines = unified.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(maskAddresses(in: line).trimmingTrailingWhitespace())
        }
        while let last = lines.last, last.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The normalised output as lines (no final empty line).
    public static func lines(_ text: String) -> [String] {
        let normalized = normalize(text)
        return normalized.isEmpty ? [] : normalized.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// `0x` followed by at least one hex digit, not inside a word, becomes `0x...`.
    static func maskAddresses(in line: Substring) -> String {
        var out = ""
        let chars = Array(line)
        var index = 0
        while index < chars.count {
            let startsWord = index == 0 || !(chars[index - 1].isLetter || chars[index - 1].isNumber || chars[index - 1] == "_")
            if startsWord, chars[index] == "0", index + 2 < chars.count,
               chars[index + 1] == "x" || chars[index + 1] == "X" {
                var end = index + 2
                while end < chars.count, chars[end].isHexDigit { end += 1 }
                if end > index + 2 {
                    out += "0x..."
                    index = end
                    continue
                }
            }
            out.append(chars[index])
            index += 1
        }
        return out
    }
}

extension String {
    func replacingCRLF() -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars where scalar != "\r" {
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

extension StringProtocol {
    func trimmingTrailingWhitespace() -> SubSequence {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" || self[before] == "\r" else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}
