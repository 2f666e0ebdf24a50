/// Ids of lessons, questions and exercises are stored in learners' records, so
/// they are kept simple and stable: lowercase ASCII letters, digits and `-`,
/// starting with a letter or digit.
enum Identifier {
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isLowerOrDigit(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerOrDigit($0) || $0 == "-" }
    }

    private static func isLowerOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    static let rule = "must use lowercase letters, digits and '-'"
}
