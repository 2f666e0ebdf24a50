import Foundation

/// How a submitted exercise solution fared.
public enum SubmissionVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    case passed
    case failed
    /// The solution did not run to the end (syntax error, exception, sandbox limit).
    case error
}

/// A learner's solution to an exercise, as checked.
public struct ExerciseSubmission: Sendable, Hashable, Codable {
    public var id: Int64
    public var learnerID: Int64
    public var courseID: String
    public var lessonID: String
    public var exerciseID: String
    public var contentVersion: String
    public var source: String
    public var output: String
    public var verdict: SubmissionVerdict
    public var durationMilliseconds: Int64
    public var hintsUsed: Int
    public var submittedAt: Date

    public init(
        id: Int64, learnerID: Int64, courseID: String, lessonID: String, exerciseID: String,
        contentVersion: String, source: String, output: String, verdict: SubmissionVerdict,
        durationMilliseconds: Int64, hintsUsed: Int, submittedAt: Date
    ) {
        self.id = id
        self.learnerID = learnerID
        self.courseID = courseID
        self.lessonID = lessonID
        self.exerciseID = exerciseID
        self.contentVersion = contentVersion
        self.source = source
        self.output = output
        self.verdict = verdict
        self.durationMilliseconds = durationMilliseconds
        self.hintsUsed = hintsUsed
        self.submittedAt = submittedAt
    }
}
