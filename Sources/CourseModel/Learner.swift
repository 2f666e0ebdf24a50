import Foundation

/// A person taking a course. The `handle` is unique, lowercase ASCII, and is how
/// commands name a learner (`--learner ada-lovelace`).
public struct Learner: Sendable, Hashable, Codable {
    public var id: Int64
    public var handle: String
    public var name: String
    public var createdAt: Date

    public init(id: Int64, handle: String, name: String, createdAt: Date) {
        self.id = id
        self.handle = handle
        self.name = name
        self.createdAt = createdAt
    }
}
