import ArgumentParser
import Foundation

extension Course {
    /// Parses, runs, and turns any failure into one line on stderr and a sysexits
    /// status. Help and usage errors are left to ArgumentParser (status 0 and 64).
    static func main() {
        useOneMallocArena()
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

    /// Python programs run on a thread of their own (`runOnLargeStack`), and glibc gives
    /// each thread its own malloc arena, which grows by many small `mprotect` calls: about a
    /// tenth of the time of a program that keeps a million objects alive. One arena for the
    /// whole process grows the main heap instead; `course` has no contended allocation.
    /// `mallopt` and `M_ARENA_MAX` come from `<malloc.h>`, which Swift's Glibc module leaves
    /// out, so the function is looked up by name; without it nothing changes.
    private static func useOneMallocArena() {
        #if canImport(Glibc)
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let arenaMax: Int32 = -8  // M_ARENA_MAX
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(arenaMax, 1)
        #endif
    }

    /// ExitCode, CleanExit, ValidationError and the library's internal help/usage errors.
    private static func isArgumentParserError(_ error: any Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }
}
