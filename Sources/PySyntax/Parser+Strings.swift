/// String literals: prefixes, escapes, adjacent-literal concatenation and f-strings.
extension Parser.State {
    struct StringLiteral {
        var isRaw = false
        var isBytes = false
        var isFormatted = false
        var body: Range<Int>
    }

    func describe(_ token: Token) -> StringLiteral {
        var index = token.startIndex
        var literal = StringLiteral(body: 0..<0)
        while source[index] != "'" && source[index] != "\"" {
            switch source[index] {
            case "r", "R": literal.isRaw = true
            case "b", "B": literal.isBytes = true
            case "f", "F": literal.isFormatted = true
            default: break
            }
            index += 1
        }
        let quote = source[index]
        let isTriple = token.endIndex - index >= 6 && source[index + 1] == quote && source[index + 2] == quote
        let quoteLength = isTriple ? 3 : 1
        literal.body = (index + quoteLength)..<(token.endIndex - quoteLength)
        return literal
    }

    /// One or more adjacent string tokens as a single constant or f-string.
    mutating func parseStrings() throws(SyntaxError) -> Expr {
        let first = current
        var parts: [FormattedPart] = []
        var bytes: [UInt8] = []
        var sawBytes = false
        var sawText = false
        var sawFormatted = false
        while current.kind == .string {
            let token = advance()
            let literal = describe(token)
            if literal.isBytes { sawBytes = true } else { sawText = true }
            if sawBytes && sawText {
                // CPython reports it after the last literal, where its parser stood.
                while current.kind == .string { advance() }
                throw failure("cannot mix bytes and nonbytes literals", at: current.start)
            }
            if literal.isBytes {
                bytes += try decodeBytes(literal, token: token)
            } else if literal.isFormatted {
                sawFormatted = true
                var index = literal.body.lowerBound
                parts += try parseFormattedParts(&index, end: literal.body.upperBound, isRaw: literal.isRaw,
                                                 level: 0, token: token)
            } else {
                parts.append(.literal(try decodeText(Array(source[literal.body]), isRaw: literal.isRaw, token: token)))
            }
        }
        let end = previous.end
        if sawBytes { return Expr(.constant(.bytes(bytes)), start: first.start, end: end) }
        let merged = Self.mergeLiterals(parts)
        if sawFormatted { return Expr(.formattedString(merged), start: first.start, end: end) }
        var text = ""
        for case .literal(let piece) in merged { text += piece }
        return Expr(.constant(.string(text)), start: first.start, end: end)
    }

    /// Joins neighbouring literal parts and drops empty ones, as CPython's JoinedStr holds them.
    static func mergeLiterals(_ parts: [FormattedPart]) -> [FormattedPart] {
        var merged: [FormattedPart] = []
        for part in parts {
            if case .literal(let text) = part {
                if text.isEmpty { continue }
                if case .literal(let previousText)? = merged.last {
                    merged[merged.count - 1] = .literal(previousText + text)
                    continue
                }
            }
            merged.append(part)
        }
        return merged
    }

    // MARK: - Escapes

    func hexValue(_ scalars: [Unicode.Scalar], _ from: Int, count: Int) -> UInt32? {
        guard from + count <= scalars.count else { return nil }
        var value: UInt32 = 0
        for scalar in scalars[from..<(from + count)] {
            guard let digit = Character(scalar).hexDigitValue else { return nil }
            value = value * 16 + UInt32(digit)
        }
        return value
    }

    func escapeError(_ detail: String, token: Token, bytes: Bool) -> SyntaxError {
        let message = bytes ? "(value error) \(detail)" : "(unicode error) 'unicodeescape' codec can't decode bytes \(detail)"
        return failure(message, at: token.start, end: token.end)
    }

    /// `in position 3-5` as CPython's codec counts: UTF-8 bytes of the literal's body.
    func bytePositions(_ scalars: [Unicode.Scalar], escapeAt start: Int, through last: Int) -> String {
        let first = scalars[..<start].reduce(0) { $0 + UTF8.width($1) }
        let end = first + scalars[start...last].reduce(0) { $0 + UTF8.width($1) } - 1
        return "in position \(first)-\(end)"
    }

    /// Decodes a text literal's escapes (unless raw). `\N{...}` is reported unsupported.
    func decodeText(_ scalars: [Unicode.Scalar], isRaw: Bool, token: Token) throws(SyntaxError) -> String {
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r" {
                // Line breaks inside literals are normalised to "\n", as CPython reads source.
                result.append("\n")
                index += (index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                continue
            }
            guard scalar == "\\", index + 1 < scalars.count else {
                result.append(scalar)
                index += 1
                continue
            }
            let next = scalars[index + 1]
            if isRaw {
                result.append(scalar)
                result.append(next == "\r" ? "\n" : next)
                index += (next == "\r" && index + 2 < scalars.count && scalars[index + 2] == "\n") ? 3 : 2
                continue
            }
            index += 2
            switch next {
            case "\n": break
            case "\r": if index < scalars.count && scalars[index] == "\n" { index += 1 }
            case "\\", "'", "\"": result.append(next)
            case "a": result.append("\u{07}")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "v": result.append("\u{0B}")
            case "0"..."7":
                var value = next.value - 48
                var taken = 1
                while taken < 3, index < scalars.count, ("0"..."7").contains(scalars[index]) {
                    value = value * 8 + scalars[index].value - 48
                    index += 1
                    taken += 1
                }
                result.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "x", "u", "U":
                let count = next == "x" ? 2 : next == "u" ? 4 : 8
                guard let value = hexValue(scalars, index, count: count) else {
                    let name = next == "x" ? "\\xXX" : next == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    var last = index - 1
                    while last + 1 < scalars.count, last + 1 < index + count,
                          Character(scalars[last + 1]).hexDigitValue != nil { last += 1 }
                    let at = bytePositions(scalars, escapeAt: index - 2, through: last)
                    throw escapeError("\(at): truncated \(name) escape", token: token, bytes: false)
                }
                if (0xD800...0xDFFF).contains(value) {
                    // Python strings may hold lone surrogates; Swift strings cannot.
                    throw unsupported("lone surrogate escapes", at: token.start)
                }
                guard let decoded = Unicode.Scalar(value) else {
                    let at = bytePositions(scalars, escapeAt: index - 2, through: index + count - 1)
                    throw escapeError("\(at): illegal Unicode character", token: token, bytes: false)
                }
                result.append(decoded)
                index += count
            case "N":
                throw unsupported("\\N{...} escapes", at: token.start)
            default:
                result.append(scalar)
                result.append(next)
            }
        }
        return String(result)
    }

    func decodeBytes(_ literal: StringLiteral, token: Token) throws(SyntaxError) -> [UInt8] {
        let scalars = Array(source[literal.body])
        var result: [UInt8] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar.value < 128 else {
                throw failure("bytes can only contain ASCII literal characters", at: token.start, end: token.end)
            }
            if scalar == "\r" {
                result.append(10)
                index += (index + 1 < scalars.count && scalars[index + 1] == "\n") ? 2 : 1
                continue
            }
            guard scalar == "\\", index + 1 < scalars.count, !literal.isRaw else {
                result.append(UInt8(scalar.value))
                index += 1
                if literal.isRaw, scalar == "\\", index < scalars.count, scalars[index].value < 128 {
                    result.append(UInt8(scalars[index].value))
                    index += 1
                }
                continue
            }
            let next = scalars[index + 1]
            index += 2
            switch next {
            case "\n": break
            case "\r": if index < scalars.count && scalars[index] == "\n" { index += 1 }
            case "\\", "'", "\"": result.append(UInt8(next.value))
            case "a": result.append(7)
            case "b": result.append(8)
            case "f": result.append(12)
            case "n": result.append(10)
            case "r": result.append(13)
            case "t": result.append(9)
            case "v": result.append(11)
            case "0"..."7":
                var value = next.value - 48
                var taken = 1
                while taken < 3, index < scalars.count, ("0"..."7").contains(scalars[index]) {
                    value = value * 8 + scalars[index].value - 48
                    index += 1
                    taken += 1
                }
                result.append(UInt8(value & 0xFF))
            case "x":
                guard let value = hexValue(scalars, index, count: 2) else {
                    throw escapeError("invalid \\x escape at position \(index - 2)", token: token, bytes: true)
                }
                result.append(UInt8(value))
                index += 2
            default:
                guard next.value < 128 else {
                    throw failure("bytes can only contain ASCII literal characters", at: token.start, end: token.end)
                }
                result.append(92)
                result.append(UInt8(next.value))
            }
        }
        return result
    }
}
