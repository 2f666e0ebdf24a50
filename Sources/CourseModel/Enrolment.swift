import Foundation

/// A learner's registration in one course. A learner is enrolled at most once per course.
public struct Enrolment: Sendable, Hashable, Codable {
    public var learnerID: Int64
    public var courseID: String
    public var enrolledAt: Date

    public init(learnerID: Int64, courseID: String, enrolledAt: Date) {
        self.learnerID = learnerID
        self.courseID = courseID
        self.enrolledAt = enrolledAt
    }
}
