import CourseModel
import GRDB
/// The SQLite repository layer.
public enum CourseStore {
    /// Names of the migrations built into the binary, in order.
    public static var embeddedMigrationNames: [String] { EmbeddedMigrations.files.keys.sorted() }
}
