#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where CSV bytes go.
public protocol CSVSink: AnyObject {
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

/// A write to the output failed (disk full, closed pipe, ...).
public struct CSVOutputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let destination: String
    public let reason: String
    public var description: String { "cannot write \(destination): \(reason)" }
}

/// Writes to an open file descriptor (stdout, or a file the CLI opened).
public final class FileDescriptorSink: CSVSink {
    public let descriptor: Int32
    public let destination: String

    public init(descriptor: Int32, destination: String) {
        self.descriptor = descriptor
        self.destination = destination
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard var pointer = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = systemWrite(descriptor, pointer, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw CSVOutputError(destination: destination, reason: String(cString: strerror(errno)))
            }
            pointer += written
            remaining -= written
        }
    }

    private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, pointer, count)
        #else
        return Darwin.write(descriptor, pointer, count)
        #endif
    }
}

/// Collects the bytes in memory (tests, small outputs).
public final class MemorySink: CSVSink {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        self.bytes.append(contentsOf: bytes)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
