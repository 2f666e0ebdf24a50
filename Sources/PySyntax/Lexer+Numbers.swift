/// Number literals, with CPython 3.11's checks: underscores only between digits,
/// no leading zeros in decimals, nothing glued to the end of a number.
extension Lexer {
    static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }

    static func isHexDigit(_ c: Unicode.Scalar?) -> Bool {
        guard let c else { return false }
        return ("0"..."9").contains(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c)
    }

    mutating func readNumber() throws(SyntaxError) {
        let startIndex = index
        let start = location
        if peek() == "0", let marker = peek(1), "xXoObB".unicodeScalars.contains(marker) {
            index += 2
            let (kind, isValid): (String, (Unicode.Scalar?) -> Bool) = switch marker {
            case "x", "X": ("hexadecimal", Lexer.isHexDigit)
            case "o", "O": ("octal", { c in c.map { ("0"..."7").contains($0) } ?? false })
            default: ("binary", { c in c == "0" || c == "1" })
            }
            repeat {
                if peek() == "_" { index += 1 }
                guard isValid(peek()) else {
                    if kind != "hexadecimal", Lexer.isDigit(peek()), let digit = peek() {
                        throw error("invalid digit '\(Character(digit))' in \(kind) literal")
                    }
                    throw errorAtCursor("invalid \(kind) literal")
                }
                while isValid(peek()) { index += 1 }
            } while peek() == "_"
            if kind != "hexadecimal", Lexer.isDigit(peek()), let digit = peek() {
                throw error("invalid digit '\(Character(digit))' in \(kind) literal")
            }
            try verifyEndOfNumber(kind)
            return emit(.number, text(startIndex, index), from: startIndex, start)
        }
        var isFloat = false
        if peek() == "." {
            isFloat = true
        } else {
            let leadingZero = peek() == "0"
            try readDecimalDigits()
            let digits = text(startIndex, index).filter { $0 != "_" }
            if leadingZero && digits.contains(where: { $0 != "0" }) && peek() != "." && peek() != "e"
                && peek() != "E" && peek() != "j" && peek() != "J" {
                throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            at: start)
            }
        }
        if peek() == "." {
            isFloat = true
            index += 1
            if Lexer.isDigit(peek()) { try readDecimalDigits() }
        }
        if let e = peek(), e == "e" || e == "E" {
            let exponentStart = index
            index += 1
            if peek() == "+" || peek() == "-" {
                index += 1
                guard Lexer.isDigit(peek()) else { throw errorAtCursor("invalid decimal literal") }
            }
            if Lexer.isDigit(peek()) {
                isFloat = true
                try readDecimalDigits()
            } else {
                // `1else`: the number ends before the `e` (CPython only warns about the keyword).
                index = exponentStart
                try verifyEndOfNumber("decimal")
                return emit(.number, text(startIndex, index), from: startIndex, start)
            }
        }
        if let j = peek(), j == "j" || j == "J" {
            index += 1
            try verifyEndOfNumber("imaginary")
        } else {
            try verifyEndOfNumber("decimal")
        }
        _ = isFloat
        emit(.number, text(startIndex, index), from: startIndex, start)
    }

    /// Digits with single underscores between them.
    mutating func readDecimalDigits() throws(SyntaxError) {
        while true {
            while Lexer.isDigit(peek()) { index += 1 }
            guard peek() == "_" else { return }
            index += 1
            guard Lexer.isDigit(peek()) else { throw errorAtCursor("invalid decimal literal") }
        }
    }

    /// CPython rejects `1abc` but lets `1if x else y` through (a keyword glued to a number
    /// only warns in 3.11): `and`, `else`, `for`, `in`, `is`, `if`, `not`, `or`, each ended by
    /// a character that cannot continue a name (`i` followed by `f`, `n` or `s` is enough).
    mutating func verifyEndOfNumber(_ kind: String) throws(SyntaxError) {
        // Only ASCII: a non-ASCII scalar right after a number is reported as an invalid character.
        guard let c = peek(), c.value < 128, isIdentifierContinue(c) else { return }
        if c == "i", let next = peek(1), next == "f" || next == "n" || next == "s" { return }
        for word in ["and", "else", "for", "or", "not"] {
            let letters = Array(word.unicodeScalars)
            guard index + letters.count <= limit,
                  Array(scalars[index..<(index + letters.count)]) == letters else { continue }
            guard let after = peek(letters.count) else { return }
            if !(after.value >= 128 || isIdentifierContinue(after)) { return }
        }
        throw errorAtCursor("invalid \(kind) literal")
    }
}
