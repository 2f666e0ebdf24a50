/// Splits text into lines without their terminators (`\n` or `\r\n`). A final
/// newline does not start an extra line.
func splitLines(_ text: String) -> [String] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
    }
    if lines.last == "" { lines.removeLast() }
    return lines
}

/// How many times `marker` occurs in `text`, without overlaps.
func occurrences(of marker: String, in text: String) -> Int {
    guard !marker.isEmpty else { return 0 }
    var count = 0
    var rest = text[...]
    while let range = rest.range(of: marker) {
        count += 1
        rest = rest[range.upperBound...]
    }
    return count
}
