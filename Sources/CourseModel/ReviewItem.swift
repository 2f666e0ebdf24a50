import Foundation

/// FSRS card states.
public enum ReviewState: String, Sendable, Hashable, Codable, CaseIterable {
    case new
    case learning
    case review
    case relearning

    /// FSRS's integer for the state, as the FSRS optimizer reads `review_state`
    /// (0 new, 1 learning, 2 review, 3 relearning).
    public var optimizerValue: Int {
        switch self {
        case .new: return 0
        case .learning: return 1
        case .review: return 2
        case .relearning: return 3
        }
    }
}

/// A learner's spaced-repetition memory of one thing to review (usually a quiz
/// question), in FSRS terms. All dates are UTC instants.
public struct ReviewItem: Sendable, Hashable, Codable {
    public var id: Int64
    public var learnerID: Int64
    public var courseID: String
    public var lessonID: String
    /// What is reviewed, stable across content versions, e.g. `question:weakref/q3`.
    public var itemKey: String
    public var state: ReviewState
    /// The (re)learning step index.
    public var step: Int
    public var stability: Double
    public var difficulty: Double
    public var due: Date
    public var lastReview: Date?
    public var reps: Int
    public var lapses: Int

    public init(
        id: Int64, learnerID: Int64, courseID: String, lessonID: String, itemKey: String,
        state: ReviewState, step: Int, stability: Double, difficulty: Double, due: Date,
        lastReview: Date?, reps: Int, lapses: Int
    ) {
        self.id = id
        self.learnerID = learnerID
        self.courseID = courseID
        self.lessonID = lessonID
        self.itemKey = itemKey
        self.state = state
        self.step = step
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }
}

/// One rating given in review, with the item's state before it so a rating can be undone.
public struct ReviewLogEntry: Sendable, Hashable, Codable {
    public var id: Int64
    public var reviewItemID: Int64
    /// FSRS rating: 1 again, 2 hard, 3 good, 4 easy.
    public var rating: Int
    public var reviewedAt: Date
    public var previous: ReviewItem

    public init(id: Int64, reviewItemID: Int64, rating: Int, reviewedAt: Date, previous: ReviewItem) {
        self.id = id
        self.reviewItemID = reviewItemID
        self.rating = rating
        self.reviewedAt = reviewedAt
        self.previous = previous
    }
}
