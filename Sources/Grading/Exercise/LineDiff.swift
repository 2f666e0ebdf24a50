/// A line diff (Myers' O(ND) algorithm) rendered as a unified diff:
/// `--- expected`, `+++ your output`, `@@ -a,b +c,d @@` hunks with three lines of context.
public struct LineDiff: Sendable {
    public enum Edit: Sendable, Hashable {
        case same(String)
        case removed(String)
        case added(String)
    }

    public let edits: [Edit]

    public init(old: [String], new: [String]) {
        edits = Self.shortestEdits(old, new)
    }

    public var hasChanges: Bool {
        edits.contains { if case .same = $0 { false } else { true } }
    }

    /// The unified diff, or nil when both sides are equal.
    public func unified(oldName: String = "expected", newName: String = "your output", context: Int = 3) -> String? {
        guard hasChanges else { return nil }
        var lines = ["--- \(oldName)", "+++ \(newName)"]
        for hunk in hunks(context: context) {
            lines.append(hunk.header)
            lines += hunk.lines
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: hunks

    private struct Hunk {
        var oldStart = 0, oldCount = 0, newStart = 0, newCount = 0
        var lines: [String] = []
        var header: String {
            "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@"
        }
        private func range(_ start: Int, _ count: Int) -> String {
            // As diff -u: an empty range names the line before it.
            count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
        }
    }

    private func hunks(context: Int) -> [Hunk] {
        // Line numbers (1-based) of each edit on both sides.
        var positions: [(old: Int, new: Int)] = []
        var oldLine = 1, newLine = 1
        for edit in edits {
            positions.append((oldLine, newLine))
            switch edit {
            case .same: oldLine += 1; newLine += 1
            case .removed: oldLine += 1
            case .added: newLine += 1
            }
        }
        let changed = edits.indices.filter { if case .same = edits[$0] { false } else { true } }
        // Group changes whose context windows touch.
        var groups: [ClosedRange<Int>] = []
        for index in changed {
            let low = max(0, index - context), high = min(edits.count - 1, index + context)
            if let last = groups.last, low <= last.upperBound + 1 {
                groups[groups.count - 1] = last.lowerBound...max(last.upperBound, high)
            } else {
                groups.append(low...high)
            }
        }
        return groups.map { group in
            var hunk = Hunk()
            hunk.oldStart = positions[group.lowerBound].old
            hunk.newStart = positions[group.lowerBound].new
            for index in group {
                switch edits[index] {
                case .same(let text):
                    hunk.lines.append(" " + text); hunk.oldCount += 1; hunk.newCount += 1
                case .removed(let text):
                    hunk.lines.append("-" + text); hunk.oldCount += 1
                case .added(let text):
                    hunk.lines.append("+" + text); hunk.newCount += 1
                }
            }
            return hunk
        }
    }

    // MARK: Myers

    /// Myers' greedy algorithm: for each edit distance d, the furthest point reached on
    /// every diagonal k; then a walk back through the saved frontiers gives the edits.
    private static func shortestEdits(_ a: [String], _ b: [String]) -> [Edit] {
        let n = a.count, m = b.count
        let maximum = n + m
        if maximum == 0 { return [] }
        let offset = maximum + 1
        var frontier = [Int](repeating: 0, count: 2 * maximum + 3)
        var trace: [[Int]] = []
        search: for d in 0...maximum {
            trace.append(frontier)
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1]) {
                    x = frontier[offset + k + 1]          // step down: an insertion
                } else {
                    x = frontier[offset + k - 1] + 1      // step right: a deletion
                }
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                frontier[offset + k] = x
                if x >= n, y >= m { break search }
            }
        }
        // Walk back from (n, m).
        var edits: [Edit] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK: Int
            if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                previousK = k + 1
            } else {
                previousK = k - 1
            }
            let previousX = v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                edits.append(.same(a[x - 1])); x -= 1; y -= 1
            }
            if d > 0 {
                if x == previousX { edits.append(.added(b[y - 1])) } else { edits.append(.removed(a[x - 1])) }
            }
            x = previousX
            y = previousY
        }
        while x > 0, y > 0 { edits.append(.same(a[x - 1])); x -= 1; y -= 1 }
        return edits.reversed()
    }
}
