import Foundation

/// One answer inside a quiz attempt, stored exactly as the learner gave it.
public struct QuizResponse: Sendable, Hashable, Codable {
    public var id: Int64
    public var attemptID: Int64
    public var questionID: String
    /// The answer as typed or chosen, verbatim.
    public var answerGiven: String
    public var isCorrect: Bool
    public var points: Double
    public var maxPoints: Double
    /// The content version this answer was graded against (changes on regrade).
    public var contentVersion: String
    public var answeredAt: Date
    /// The choices in the order the learner saw them (empty for questions without choices).
    public var shownChoices: [String] = []

    public init(
        id: Int64, attemptID: Int64, questionID: String, answerGiven: String, isCorrect: Bool,
        points: Double, maxPoints: Double, contentVersion: String, answeredAt: Date
    ) {
        self.id = id
        self.attemptID = attemptID
        self.questionID = questionID
        self.answerGiven = answerGiven
        self.isCorrect = isCorrect
        self.points = points
        self.maxPoints = maxPoints
        self.contentVersion = contentVersion
        self.answeredAt = answeredAt
    }
}
