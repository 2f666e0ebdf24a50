import Foundation
import Review

/// The clock of one command: `COURSE_NOW` (ISO 8601, e.g. `2026-11-25T09:00:00Z`)
/// fixes "now" for scripted use and tests; otherwise the machine's clock.
enum CommandClock {
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> any Clock {
        guard let text = environment["COURSE_NOW"], !text.isEmpty else { return SystemClock() }
        guard let date = parse(text) else {
            throw CLIError.usage("COURSE_NOW is not an ISO 8601 instant: '\(text)' (e.g. 2026-11-25T09:00:00Z)")
        }
        return FixedClock(date)
    }

    static func parse(_ text: String) -> Date? {
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withFraction.date(from: text) { return date }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        return plain.date(from: text)
    }
}
