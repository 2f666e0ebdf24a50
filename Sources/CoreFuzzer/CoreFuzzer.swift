import Foundation
import PySyntax
import WeakrefCore

/// Runs one fuzz input through the parser and, when it parses, the interpreter under
/// tight limits. Any crash, trap or hang here is a bug in `course`'s core.
func exercise(_ bytes: UnsafeRawBufferPointer) {
    let source = String(decoding: bytes, as: UTF8.self)
    guard (try? Parser.parse(source, filename: "fuzz.py")) != nil else { return }
    let limits = Limits(steps: 20_000, recursionDepth: 200, liveObjects: 20_000, outputBytes: 20_000)
    _ = Interpreter(limits: limits).run(source: source, filename: "fuzz.py")
}

#if FUZZING
/// libFuzzer's per-input entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    exercise(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

typealias FuzzCallback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

/// libFuzzer's driver, linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: FuzzCallback
) -> Int32
#endif

/// Built with `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` (Benchmarks/fuzz-core.sh)
/// it hands control to libFuzzer; otherwise it replays the files named on the command
/// line (a corpus or a crash reproducer), so a finding can be rerun anywhere.
@main
struct CoreFuzzer {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = runFuzzerDriver(&argc, &argv, fuzzOneInput)
        exit(status)
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("core-fuzzer: cannot read \(path)\n".utf8))
                continue
            }
            data.withUnsafeBytes { exercise($0) }
            print("ok \(path)")
        }
        #endif
    }
}
