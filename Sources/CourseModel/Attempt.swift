import Foundation

/// The life of a quiz attempt: answered question by question (`inProgress`, resumable),
/// then `finished` with a score, or `abandoned` when the learner restarts.
public enum AttemptState: String, Sendable, Hashable, Codable, CaseIterable {
    case inProgress = "in_progress"
    case finished
    case abandoned
}

/// One sitting of a lesson's quiz, graded against the content version it records.
public struct QuizAttempt: Sendable, Hashable, Codable {
    public var id: Int64
    public var learnerID: Int64
    public var courseID: String
    public var lessonID: String
    /// The content version the answers were graded against.
    public var contentVersion: String
    public var state: AttemptState
    /// The seed that shuffled questions and choices, so a resumed attempt asks the same way.
    public var seed: Int64
    public var startedAt: Date
    public var finishedAt: Date?
    public var score: Double?
    public var maxScore: Double?

    public init(
        id: Int64, learnerID: Int64, courseID: String, lessonID: String, contentVersion: String,
        state: AttemptState, seed: Int64, startedAt: Date, finishedAt: Date? = nil,
        score: Double? = nil, maxScore: Double? = nil
    ) {
        self.id = id
        self.learnerID = learnerID
        self.courseID = courseID
        self.lessonID = lessonID
        self.contentVersion = contentVersion
        self.state = state
        self.seed = seed
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.score = score
        self.maxScore = maxScore
    }
}
