/// Explains a wrong output in terms of object lifetimes, from what the output itself shows.
///
/// This reads the differences between expected and actual lines: a `False`/`None` that became `True` or an
/// object, a weak container that still lists entries that should have gone, a callback line
/// that never appeared. `survivors` adds the core's why-alive chains.
enum LifetimeExplainer {
    static func explain(diff: LineDiff, expected: [String], actual: [String]) -> LifetimeExplanation? {
        var observations: [String] = []
        for block in changeBlocks(diff.edits) {
            // Pair each expected line with an actual line of the block that shows the same
            // thing alive; expected lines with no counterpart may be missing callback output.
            var unmatched: [String] = []
            for want in block.removed {
                if let note = block.added.lazy.compactMap({ stillAlive(expected: want, actual: $0) }).first {
                    observations.append(note)
                } else {
                    unmatched.append(want)
                }
            }
            if block.removed.count > block.added.count {
                for missing in unmatched where !actual.contains(missing) && !block.added.contains(where: { sameShape(missing, $0) }) {
                    observations.append("the line `\(missing)` never appeared: if a weak-reference callback or a finalizer prints it, the object never died (an object in a reference cycle dies only at gc.collect()).")
                }
            }
        }
        var seen = Set<String>()
        observations = observations.filter { seen.insert($0).inserted }
        return observations.isEmpty ? nil : LifetimeExplanation(observations: observations)
    }

    private struct ChangeBlock {
        var removed: [String] = []
        var added: [String] = []
    }

    private static func changeBlocks(_ edits: [LineDiff.Edit]) -> [ChangeBlock] {
        var blocks: [ChangeBlock] = []
        var current = ChangeBlock()
        for edit in edits {
            switch edit {
            case .removed(let text): current.removed.append(text)
            case .added(let text): current.added.append(text)
            case .same:
                if !current.removed.isEmpty || !current.added.isEmpty { blocks.append(current) }
                current = ChangeBlock()
            }
        }
        if !current.removed.isEmpty || !current.added.isEmpty { blocks.append(current) }
        return blocks
    }

    /// One line that says an object died, printed as if it were alive.
    private static func stillAlive(expected: String, actual: String) -> String? {
        let want = tokens(expected), got = tokens(actual)
        // `alive: False` -> `alive: True`: the same line but for one truth value.
        if want.count == got.count {
            let differing = zip(want, got).filter { $0 != $1 }
            if differing.count == 1, let (w, g) = differing.first, Set([w, g]) == ["True", "False"] {
                let stillAlive: Bool?
                let words = expected.lowercased()
                if words.contains("alive") {
                    stillAlive = w == "False"
                } else if ["freed", "dead", "died", "gone", "collected"].contains(where: words.contains) {
                    stillAlive = w == "True"
                } else {
                    stillAlive = nil
                }
                let meaning = switch stillAlive {
                case true?: "an object that should have died by then is still alive: something still refers to it (a name, a container, a cycle that gc.collect() has not collected yet)."
                case false?: "an object died earlier than expected: did its last strong reference go too soon?"
                case nil: "an object's life did not end when expected: check what still refers to it."
                }
                return "expected `\(expected)` but your program printed `\(actual)`: " + meaning
            }
        }
        // `parent: None` -> `parent: <__main__.Node object at 0x...>`: a weak reference still finds its object.
        if want.last == "None", got.count >= want.count, Array(got.prefix(want.count - 1)) == Array(want.dropLast()),
           got[want.count - 1].hasPrefix("<") {
            return "expected `\(expected)` but your program printed `\(actual)`: the weak reference still finds its object, so something still holds a strong reference to it."
        }
        // `['logo']` -> `['banner', 'icon', 'logo']`: entries that should have vanished.
        if let wantItems = listItems(expected), let gotItems = listItems(actual) {
            let extra = gotItems.filter { !wantItems.contains($0) }
            if !extra.isEmpty && wantItems.allSatisfy(gotItems.contains) {
                let names = RunProblem.list(extra)
                return "\(names) \(extra.count == 1 ? "is" : "are") still there although \(extra.count == 1 ? "it" : "they") should have gone: the object\(extra.count == 1 ? " is" : "s are") still alive because another strong reference remains (a plain dict instead of a weak one, a list, a leftover variable or loop variable?)."
            }
        }
        return nil
    }

    /// Lines that differ only in some words (`alive: True` / `alive: False`).
    private static func sameShape(_ a: String, _ b: String) -> Bool {
        let x = tokens(a), y = tokens(b)
        return x.count == y.count && x.first == y.first
    }

    private static func tokens(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ":" || $0 == "(" || $0 == ")" }).map(String.init)
    }

    /// `['a', 'b']` or `{'a', 'b'}` -> the items as printed; nil for any other line.
    private static func listItems(_ line: String) -> [String]? {
        let trimmed = line.trimmingTrailingWhitespace()
        guard let open = trimmed.firstIndex(where: { $0 == "[" || $0 == "{" }),
              let close = trimmed.lastIndex(where: { $0 == "]" || $0 == "}" }), open < close else { return nil }
        let inner = trimmed[trimmed.index(after: open)..<close]
        if inner.isEmpty { return [] }
        return inner.split(separator: ",").map { String($0.drop { $0 == " " }.trimmingTrailingWhitespace()) }
    }

    /// Objects alive at the end of the learner's program but not of the reference solution's
    /// (matched by label: `Image(name='banner')`), each with the chain that keeps it alive.
    static func survivors(alive mine: [AliveObject], expected theirs: [AliveObject],
                          adding explanation: LifetimeExplanation?) -> LifetimeExplanation? {
        var remaining = theirs.map(\.label)
        var extra: [AliveObject] = []
        for object in mine {
            if let index = remaining.firstIndex(of: object.label) {
                remaining.remove(at: index)
            } else {
                extra.append(object)
            }
        }
        // The chains are the most concrete explanation: they come first.
        var result = LifetimeExplanation()
        for object in extra {
            result.chains.append(object.chain)
            result.observations.append("\(object.label) is still alive when your program ends, but should have died: \(object.chain.description) keeps it alive.")
        }
        for label in remaining {
            result.observations.append("\(label) died in your program, but the reference solution keeps it alive to the end.")
        }
        if let explanation {
            result.observations += explanation.observations
            result.chains += explanation.chains
        }
        return result.isEmpty ? nil : result
    }
}
