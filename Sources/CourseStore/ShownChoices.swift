import Foundation

/// The `quizResponse.shownChoices` column: the choices in shown order as a JSON array of strings.
enum ShownChoices {
    static func encode(_ choices: [String]) -> String? {
        guard !choices.isEmpty,
              let data = try? JSONSerialization.data(withJSONObject: choices, options: [.withoutEscapingSlashes])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String?) -> [String] {
        guard let text, let data = text.data(using: .utf8),
              let array = try? JSONSerialization.jsonObject(with: data) as? [String] else { return [] }
        return array
    }
}
