/// Loading and validation of `Content/`.
public enum CourseContent {
    /// Paths of the content files built into the binary.
    public static var embeddedPaths: [String] { EmbeddedContent.files.keys.sorted() }
}
