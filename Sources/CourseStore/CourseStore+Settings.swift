import CourseModel
import GRDB

/// Keys of the `setting` table.
enum SettingKey {
    static let currentLearner = "currentLearner"
}

extension CourseStore {
    static func saveSetting(_ db: Database, key: String, value: String) throws {
        try db.execute(
            sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
    }

    /// The learner who enrolled last (or was made current), if any.
    public func currentLearner() throws -> Learner? {
        try read("read the current learner") { db in
            guard let handle = try Row.fetchOne(
                db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [SettingKey.currentLearner]
            ).map({ try $0.text("value") }) else { return nil }
            return try Self.fetchLearner(db, handle: handle)
        }
    }

    /// Makes an existing learner the current one.
    public func setCurrentLearner(handle: String) throws {
        try write("set the current learner") { db in
            guard try Self.fetchLearner(db, handle: handle) != nil else { throw StoreError.unknownLearner(handle: handle) }
            try Self.saveSetting(db, key: SettingKey.currentLearner, value: handle)
        }
    }
}
