/// The `itemKey` of a review item made from a quiz question: `question:LESSON/QUESTION`.
public enum ReviewKey {
    public static func question(lessonID: String, questionID: String) -> String {
        "question:\(lessonID)/\(questionID)"
    }

    /// The lesson and question of a question key; nil for other keys.
    public static func parseQuestion(_ key: String) -> (lessonID: String, questionID: String)? {
        guard key.hasPrefix("question:") else { return nil }
        let rest = key.dropFirst("question:".count)
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let lesson = String(rest[..<slash])
        let question = String(rest[rest.index(after: slash)...])
        guard !lesson.isEmpty, !question.isEmpty else { return nil }
        return (lesson, question)
    }
}
