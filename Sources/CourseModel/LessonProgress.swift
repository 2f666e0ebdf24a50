import Foundation

/// Where a learner stands in one lesson. The raw values are what reports print;
/// `Not Attempted` follows Open edX's grade report.
public enum LessonStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case notAttempted = "Not Attempted"
    case inProgress = "In Progress"
    case completed = "Completed"
}

/// A learner's reading of one lesson: which sections were read, when it was
/// started and when (if ever) it was completed.
public struct LessonProgress: Sendable, Hashable, Codable {
    public var learnerID: Int64
    public var courseID: String
    public var lessonID: String
    /// Zero-based indexes of the sections read, ascending.
    public var sectionsRead: [Int]
    public var startedAt: Date
    public var completedAt: Date?

    public init(
        learnerID: Int64, courseID: String, lessonID: String,
        sectionsRead: [Int], startedAt: Date, completedAt: Date?
    ) {
        self.learnerID = learnerID
        self.courseID = courseID
        self.lessonID = lessonID
        self.sectionsRead = sectionsRead
        self.startedAt = startedAt
        self.completedAt = completedAt
    }

    public var status: LessonStatus { completedAt == nil ? .inProgress : .completed }
}

/// One lesson's line in a learner's progress: what `course progress` and the
/// progress report show.
public struct LessonSummary: Sendable, Hashable, Codable {
    public var lessonID: String
    public var status: LessonStatus
    public var sectionsRead: Int
    /// Best finished quiz score as a fraction of the maximum (0...1), nil before any finished attempt.
    public var bestScore: Double?
    /// Quiz attempts of any state.
    public var attempts: Int
    /// Distinct exercises with a passing submission.
    public var exercisesPassed: Int
    public var completedAt: Date?

    public init(
        lessonID: String, status: LessonStatus, sectionsRead: Int, bestScore: Double?,
        attempts: Int, exercisesPassed: Int, completedAt: Date?
    ) {
        self.lessonID = lessonID
        self.status = status
        self.sectionsRead = sectionsRead
        self.bestScore = bestScore
        self.attempts = attempts
        self.exercisesPassed = exercisesPassed
        self.completedAt = completedAt
    }
}
