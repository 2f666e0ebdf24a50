/// A lesson's content version: FNV-1a (64 bit) over the paths and texts of
/// every file in the lesson's folder, in path order, as 16 hex digits. Any edit
/// to the lesson, its quiz or its exercises changes it; moving the content
/// root elsewhere does not (paths are taken relative to the lesson folder).
public enum ContentVersion {
    public static func of(files: [(path: String, text: String)]) -> String {
        var hash = FNV1a64()
        for file in files.sorted(by: { $0.path < $1.path }) {
            hash.add(file.path)
            hash.add([0])
            hash.add(file.text)
            hash.add([0])
        }
        return hash.hex
    }

    /// The version of the lesson folder `folder` (root-relative) read from `source`.
    public static func ofLesson(folder: String, in source: any ContentSource) -> String {
        let prefix = folder + "/"
        let files = source.files(under: folder).compactMap { path -> (path: String, text: String)? in
            guard let text = source.text(at: path) else { return nil }
            return (String(path.dropFirst(prefix.count)), text)
        }
        return of(files: files)
    }
}

/// The 64-bit Fowler–Noll–Vo 1a hash.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    mutating func add(_ text: String) { add(Array(text.utf8)) }

    mutating func add(_ bytes: [UInt8]) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* Self.prime
        }
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
