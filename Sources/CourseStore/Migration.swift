/// One schema migration: a `Migrations/NNNN_name.sql` file, applied once, in
/// order, never edited afterwards.
public struct Migration: Sendable, Hashable {
    /// The file name without `.sql`, e.g. `0001_initial`; migrations apply in this order.
    public let identifier: String
    public let sql: String

    public init(identifier: String, sql: String) {
        self.identifier = identifier
        self.sql = sql
    }

    /// SHA-256 of the SQL text, recorded when applied and compared on every open.
    public var checksum: String { SHA256.hexDigest(of: sql) }

    /// The migrations built into this binary from `Migrations/`, in order.
    public static var embedded: [Migration] {
        EmbeddedMigrations.files
            .filter { $0.key.hasSuffix(".sql") && !$0.key.contains("/") }
            .map { Migration(identifier: String($0.key.dropLast(".sql".count)), sql: $0.value) }
            .sorted { $0.identifier < $1.identifier }
    }
}
