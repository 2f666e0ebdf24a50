import CourseModel

/// One learner x lesson line of the progress report. Instants are the stored `Timestamp` text.
public struct ProgressReportRow: Sendable, Equatable {
    public var handle: String
    public var name: String
    public var lessonID: String
    public var status: LessonStatus
    public var sectionsRead: Int
    /// Best finished score as a fraction of the maximum (0...1).
    public var bestScore: Double?
    public var attempts: Int
    public var exercisesPassed: Int
    public var completedAt: String?
}

/// One quiz attempt, for the attempts report.
public struct AttemptReportRow: Sendable, Equatable {
    public var attemptID: Int64
    public var handle: String
    public var name: String
    public var courseID: String
    public var lessonID: String
    public var contentVersion: String
    public var state: String
    public var seed: Int64
    public var score: Double?
    public var maxScore: Double?
    public var startedAt: String
    public var finishedAt: String?
}

/// One answer given, for the responses report.
public struct ResponseReportRow: Sendable, Equatable {
    public var attemptID: Int64
    public var handle: String
    public var name: String
    public var courseID: String
    public var lessonID: String
    public var questionID: String
    public var answerGiven: String
    public var isCorrect: Bool
    public var points: Double
    public var maxPoints: Double
    public var contentVersion: String
    public var attemptStartedAt: String
    public var answeredAt: String
    /// The choices as lettered in the attempt, a JSON array; nil for typed answers.
    public var shownChoices: String?
}
