import Foundation

/// Parses CSV with Python's `csv` module (a real, independent parser), for
/// checking what `course` writes. Returns rows of fields.
public enum PythonCSV {
    public struct ParseError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ bytes: [UInt8]) throws -> [[String]] {
        let folder = try TemporaryDirectory(prefix: "course-csv")
        let input = folder.path("in.csv")
        try Data(bytes).write(to: URL(fileURLWithPath: input))
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                rows = list(csv.reader(f, strict=True))
            json.dump(rows, sys.stdout, ensure_ascii=False)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, input]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ParseError(description: "python3 csv failed: \(errorText)") }
        guard let rows = try JSONSerialization.jsonObject(with: data) as? [[String]] else {
            throw ParseError(description: "unexpected python output")
        }
        return rows
    }
}
