import ArgumentParser
import Foundation

extension Course {
    /// Parses, runs, and turns any failure into one line on stderr and a sysexits
    /// status. Help and usage errors are left to ArgumentParser (status 0 and 64).
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error where isArgumentParserError(error) {
            // Help screens, validation and usage errors: ArgumentParser prints them (status 0 or 64).
            exit(withError: error)
        } catch {
            let failure = Failure(error)
            FileHandle.standardError.write(Data("course: \(failure.message)\n".utf8))
            Foundation.exit(failure.status.rawValue)
        }
    }

    /// ExitCode, CleanExit, ValidationError and the library's internal help/usage errors.
    private static func isArgumentParserError(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
