import CourseStore
import Foundation

/// A migrated database in its own temporary folder; the folder goes when this does.
public struct TemporaryDatabase: Sendable {
    public let folder: TemporaryDirectory
    public let store: CourseStore
    public var path: String { store.path }

    public init(migrations: [Migration] = Migration.embedded) throws {
        folder = try TemporaryDirectory(prefix: "course-db")
        store = try CourseStore(path: folder.path("course.sqlite"), migrations: migrations)
    }
}

/// File helpers for tests that check a database was left untouched.
public enum FileFingerprint {
    /// The file's bytes hashed (FNV-1a 64), or nil if there is no file.
    public static func of(_ path: String) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
