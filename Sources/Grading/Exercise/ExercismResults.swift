/// Exercism's test-runner `results.json`, version 3, for editors and web fronts.
/// https://exercism.org/docs/building/tooling/test-runners/interface
public struct ExercismResults: Sendable, Hashable, Codable {
    public struct Test: Sendable, Hashable, Codable {
        public var name: String
        public var status: String
        public var message: String?
        public var output: String?
        public var testCode: String?

        enum CodingKeys: String, CodingKey {
            case name, status, message, output
            case testCode = "test_code"
        }

        /// `message` is always present (null on a pass), as exercism's runners write it.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(message, forKey: .message)
            try container.encodeIfPresent(output, forKey: .output)
            try container.encodeIfPresent(testCode, forKey: .testCode)
        }
    }

    enum CodingKeys: String, CodingKey {
        case version, status, message, tests
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(status, forKey: .status)
        try container.encode(message, forKey: .message)
        try container.encode(tests, forKey: .tests)
    }

    public var version = 3
    public var status: String
    public var message: String?
    public var tests: [Test]

    /// Exercism truncates each test's output at 500 characters.
    public static let outputLimit = 500

    public init(_ verdict: ExerciseVerdict) {
        status = verdict.status.rawValue
        // The top-level message is for errors that stopped the tests from running.
        message = verdict.status == .error ? verdict.summary : nil
        let output = Self.truncated(verdict.output)
        tests = verdict.checks.map { check in
            let showsOutput = check.concernsOutput
            var message = check.message
            if showsOutput, let diff = verdict.diff, check.status != .pass {
                message = (message.map { $0 + "\n" } ?? "") + diff
            }
            if check.status != .pass, showsOutput, let lifetime = verdict.lifetime {
                message = ([message].compactMap { $0 } + lifetime.observations + lifetime.chains.map(\.description))
                    .joined(separator: "\n")
            }
            return Test(name: check.name, status: check.status.rawValue, message: message,
                        output: showsOutput ? output : nil, testCode: nil)
        }
    }

    static func truncated(_ text: String) -> String? {
        if text.isEmpty { return nil }
        guard text.count > outputLimit else { return text }
        return String(text.prefix(outputLimit)) + "\n[output truncated at \(outputLimit) characters]"
    }
}
