import Foundation

/// Learner handles: lowercase ASCII letters, digits and single hyphens, 1 to 64
/// characters, unique in a database.
public enum Handle {
    public static let maximumLength = 64

    public static func isValid(_ handle: String) -> Bool {
        guard !handle.isEmpty, handle.utf8.count <= maximumLength,
              !handle.hasPrefix("-"), !handle.hasSuffix("-"), !handle.contains("--") else { return false }
        return handle.utf8.allSatisfy { isLetterOrDigit($0) || $0 == UInt8(ascii: "-") }
    }

    /// A handle made from a name: accents dropped, lowercased, every run of other
    /// characters turned into one `-` ("Zoë O'Brien" gives `zoe-o-brien`); `learner`
    /// when nothing ASCII is left (a name written only in another script).
    public static func slug(from name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var slug: [UInt8] = []
        var pendingHyphen = false
        for byte in folded.lowercased().utf8 {
            if isLetterOrDigit(byte) {
                if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                slug.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        // Leave room for a "-NNNN" de-duplication suffix.
        if slug.count > maximumLength - 8 {
            slug = Array(slug.prefix(maximumLength - 8))
            while slug.last == UInt8(ascii: "-") { slug.removeLast() }
        }
        return slug.isEmpty ? "learner" : String(decoding: slug, as: UTF8.self)
    }

    /// The candidates tried in order for a new learner: `base`, `base-2`, `base-3`, ...
    static func candidate(_ base: String, number: Int) -> String {
        number == 1 ? base : "\(base)-\(number)"
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
