import Foundation

/// Two texts in two columns: `left | right`, long lines cut with `…`.
enum SideBySide {
    static func lines(left: String, right: String, leftTitle: String, rightTitle: String, width: Int) -> [String] {
        let column = max(10, (width - 3) / 2)
        let a = split(left), b = split(right)
        var out = [cell(leftTitle, column) + " | " + rightTitle,
                   String(repeating: "-", count: column) + "-+-" + String(repeating: "-", count: column)]
        for index in 0..<max(a.count, b.count) {
            let l = index < a.count ? a[index] : ""
            let r = index < b.count ? b[index] : ""
            out.append((cell(l, column) + " | " + clip(r, column)).trimmingTrailingSpaces())
        }
        return out
    }

    private static func split(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.replacingOccurrences(of: "\t", with: "    ") }
    }

    private static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    private static func cell(_ text: String, _ width: Int) -> String {
        Terminal.pad(clip(text, width), width)
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
