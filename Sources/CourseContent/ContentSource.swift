import Foundation

/// Where content files come from. Paths are relative to the content root and
/// use `/`, e.g. `python-weakref/weakref/lesson.md`. The loader only ever sees
/// this protocol, so a folder on disk and the copy built into the binary are
/// read by the same code.
public protocol ContentSource: Sendable {
    /// A short description for messages: a folder path, or "built-in content".
    var name: String { get }
    /// The UTF-8 text of the file at `path`, or nil when there is no such file
    /// (or it is not text).
    func text(at path: String) -> String?
    /// Every file below `folder` (recursively), as root-relative paths, sorted.
    /// Pass "" for the whole root.
    func files(under folder: String) -> [String]
}

extension ContentSource {
    /// The names of the direct sub-folders of `folder`, sorted.
    public func subfolders(of folder: String) -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var names = Set<String>()
        for path in files(under: folder) where path.hasPrefix(prefix) {
            let rest = path.dropFirst(prefix.count)
            if let slash = rest.firstIndex(of: "/") {
                names.insert(String(rest[..<slash]))
            }
        }
        return names.sorted()
    }
}

/// Files held in memory, keyed by root-relative path.
public struct InMemoryContentSource: ContentSource {
    public let name: String
    public let filesByPath: [String: String]

    public init(name: String = "in-memory content", files: [String: String]) {
        self.name = name
        self.filesByPath = files
    }

    public func text(at path: String) -> String? { filesByPath[path] }

    public func files(under folder: String) -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return filesByPath.keys.filter { $0.hasPrefix(prefix) }.sorted()
    }
}

/// A content folder on disk. Hidden files and folders are skipped, as they are
/// when the content is built into the binary.
public struct DirectoryContentSource: ContentSource {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public init(path: String) {
        self.init(root: URL(fileURLWithPath: path, isDirectory: true))
    }

    public var name: String { root.path }

    public func text(at path: String) -> String? {
        let url = root.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(data: data, encoding: .utf8)
    }

    public func files(under folder: String) -> [String] {
        let start = folder.isEmpty ? root : root.appendingPathComponent(folder, isDirectory: true)
        guard let walker = FileManager.default.enumerator(
            at: start, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else { return [] }
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var found: [String] = []
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(rootPath) else { continue }
            found.append(String(full.dropFirst(rootPath.count)))
        }
        return found.sorted()
    }

    /// Whether the root exists and is a folder.
    public var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// The `Content/` folder as it was when `course` was built.
public struct EmbeddedContentSource: ContentSource {
    public init() {}

    public var name: String { "built-in content" }

    public func text(at path: String) -> String? { EmbeddedContent.files[path] }

    public func files(under folder: String) -> [String] {
        InMemoryContentSource(files: EmbeddedContent.files).files(under: folder)
    }
}

/// Chooses the content a run uses: an explicit folder (`--content DIR`), else
/// the `COURSE_CONTENT` environment variable, else the built-in copy.
public enum ContentSourceChoice {
    public static let environmentVariable = "COURSE_CONTENT"

    public static func source(contentOption: String?, environment: [String: String]) -> any ContentSource {
        if let path = contentOption, !path.isEmpty { return DirectoryContentSource(path: path) }
        if let path = environment[environmentVariable], !path.isEmpty { return DirectoryContentSource(path: path) }
        return EmbeddedContentSource()
    }
}
