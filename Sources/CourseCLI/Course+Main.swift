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
        } catch let error where error is ExitCode || error is CleanExit || error is ValidationError {
            exit(withError: error)
        } catch {
            let failure = Failure(error)
            FileHandle.standardError.write(Data("course: \(failure.message)\n".utf8))
            Foundation.exit(failure.status.rawValue)
        }
    }
}
