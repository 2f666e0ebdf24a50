/// Makes typed answers comparable: what a reader would call "the same answer" becomes
/// the same string. Case is folded, surrounding white space and one pair of
/// surrounding quotes or backticks are dropped, runs of white space become one space,
/// and spaces beside code punctuation vanish, so `weakref.ref( obj )` equals
/// `weakref.ref(obj)` and `"is not"` equals `is  not`.
public enum AnswerNormalizer {
    private static let quotePairs: [(Character, Character)] = [("\"", "\""), ("'", "'"), ("`", "`")]
    private static let codePunctuation: Set<Character> = ["(", ")", "[", "]", "{", "}", ",", ".", ":", "=", "*"]

    public static func normalize(_ answer: String) -> String {
        var text = answer.trimmingWhitespace.lowercased()
        for (open, close) in quotePairs where text.count >= 2 && text.first == open && text.last == close {
            text = String(text.dropFirst().dropLast()).trimmingWhitespace
            break
        }
        var out: [Character] = []
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
                continue
            }
            if pendingSpace, let last = out.last,
               !codePunctuation.contains(last), !codePunctuation.contains(character) {
                out.append(" ")
            }
            pendingSpace = false
            out.append(character)
        }
        return String(out)
    }
}
