/// Writes RFC 4180 CSV, row by row, through a fixed-size buffer, so memory stays
/// flat however many rows pass through.
///
/// - Records end with CRLF, as RFC 4180 section 2 specifies; text is UTF-8.
/// - A field is quoted when it holds a comma, a double quote, CR or LF; quotes
///   inside are doubled.
/// - Formula neutralisation (OWASP "CSV Injection"): a text cell beginning with
///   `=`, `+`, `-`, `@`, tab, CR, LF or NUL gets a leading `'` and is quoted, so a
///   spreadsheet shows it as text instead of evaluating it. `.integer` and
///   `.number` cells are never prefixed: numbers the engine computes stay numeric.
///
/// Not thread-safe: one writer per output.
public final class CSVWriter {
    private let sink: any CSVSink
    private var buffer: [UInt8] = []
    private let flushThreshold: Int
    public private(set) var rowsWritten = 0

    public init(sink: any CSVSink, bufferSize: Int = 64 * 1024) {
        self.sink = sink
        self.flushThreshold = bufferSize
        buffer.reserveCapacity(bufferSize + 4096)
    }

    private var cellsInRow = 0

    public func writeRow(_ cells: [CSVCell]) throws {
        for cell in cells { writeCell(cell) }
        try endRow()
    }

    /// Appends one cell to the current row (the streaming form of `writeRow`,
    /// which avoids building an array per row).
    public func writeCell(_ cell: CSVCell) {
        if cellsInRow > 0 { buffer.append(UInt8(ascii: ",")) }
        cellsInRow += 1
        append(cell)
    }

    /// Ends the current row with CRLF, flushing if the buffer is full.
    public func endRow() throws {
        buffer.append(UInt8(ascii: "\r"))
        buffer.append(UInt8(ascii: "\n"))
        cellsInRow = 0
        rowsWritten += 1
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Writes a header row (plain text names).
    public func writeHeader(_ names: [String]) throws {
        try writeRow(names.map(CSVCell.text))
        rowsWritten -= 1
    }

    /// Hands buffered bytes to the sink. Call once at the end.
    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func append(_ cell: CSVCell) {
        switch cell {
        case .empty:
            break
        case .integer(let value):
            appendInteger(value)
        case .number(let value):
            appendNumber(value)
        case .text(let text):
            appendText(text)
        }
    }

    private func appendText(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let first = bytes.first else { return }
            let neutralise = Self.startsFormula(first)
            var needsQuotes = neutralise
            if !needsQuotes {
                for byte in bytes where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
                    || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n") {
                    needsQuotes = true
                    break
                }
            }
            guard needsQuotes else {
                buffer.append(contentsOf: bytes)
                return
            }
            buffer.append(UInt8(ascii: "\""))
            if neutralise { buffer.append(UInt8(ascii: "'")) }
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { buffer.append(byte) }
                buffer.append(byte)
            }
            buffer.append(UInt8(ascii: "\""))
        }
    }

    /// The first characters OWASP lists as able to start a formula.
    static func startsFormula(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D, 0x0A, 0x00:
            return true
        default:
            return false
        }
    }

    private func appendInteger(_ value: Int64) {
        if value == 0 {
            buffer.append(UInt8(ascii: "0"))
            return
        }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { scratch in
            while magnitude > 0 {
                scratch[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if value < 0 { buffer.append(UInt8(ascii: "-")) }
            for index in stride(from: count - 1, through: 0, by: -1) { buffer.append(scratch[index]) }
        }
    }

    /// Integral values print without a fraction (`1`, not `1.0`); others in
    /// Swift's shortest round-tripping form. Non-finite values print as empty.
    private func appendNumber(_ value: Double) {
        guard value.isFinite else { return }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int64(value))
        } else {
            buffer.append(contentsOf: String(value).utf8)
        }
    }
}
