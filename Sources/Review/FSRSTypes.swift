import Foundation

/// How well a learner recalled an item, FSRS's four grades.
public enum FSRSRating: Int, Sendable, CaseIterable, Codable {
    case again = 1, hard = 2, good = 3, easy = 4

    /// The rating a graded answer earns: a wrong answer is `again`; a right one is
    /// `good` unless the learner rated it themselves (`hard` or `easy`).
    public static func from(correct: Bool, selfRating: FSRSRating? = nil) -> FSRSRating {
        guard correct else { return .again }
        switch selfRating {
        case .hard?: return .hard
        case .easy?: return .easy
        default: return .good
        }
    }
}

/// Where an item is in FSRS's life cycle.
public enum FSRSState: Int, Sendable, CaseIterable, Codable {
    case learning = 1, review = 2, relearning = 3
}

/// The scheduling state of one review item. A new item is `learning` at step 0 with
/// no stability, difficulty or last review, and is due at once.
public struct FSRSCard: Sendable, Equatable, Codable {
    public var state: FSRSState
    /// The learning or relearning step; `nil` in the review state.
    public var step: Int?
    public var stability: Double?
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?

    public init(state: FSRSState = .learning, step: Int? = 0, stability: Double? = nil,
                difficulty: Double? = nil, due: Date, lastReview: Date? = nil) {
        self.state = state
        self.step = state == .review ? nil : (step ?? 0)
        self.stability = stability
        self.difficulty = difficulty
        self.due = due
        self.lastReview = lastReview
    }

    /// A card that has never been reviewed, due at `now`.
    public static func new(at now: Date) -> FSRSCard { FSRSCard(due: now) }
}

/// The scheduler's settings. The defaults are FSRS-6's published defaults, as
/// py-fsrs 6.3.2 ships them.
public struct FSRSConfiguration: Sendable, Equatable {
    /// The 21 model weights w0...w20.
    public var weights: [Double]
    public var desiredRetention: Double
    public var learningSteps: [TimeInterval]
    public var relearningSteps: [TimeInterval]
    /// Longest interval, in days, a review may be scheduled out.
    public var maximumInterval: Int
    /// Whether review intervals of 3 days or more are spread by a little randomness.
    public var fuzzing: Bool

    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    public init(weights: [Double] = FSRSConfiguration.defaultWeights, desiredRetention: Double = 0.9,
                learningSteps: [TimeInterval] = [60, 600], relearningSteps: [TimeInterval] = [600],
                maximumInterval: Int = 36500, fuzzing: Bool = true) {
        precondition(weights.count == 21, "FSRS-6 takes 21 weights")
        self.weights = weights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fuzzing = fuzzing
    }
}

/// One rating given to one card: what the FSRS optimizer reads back.
public struct FSRSReviewLog: Sendable, Equatable {
    public var rating: FSRSRating
    public var reviewedAt: Date
    /// The state the card was in when it was reviewed.
    public var state: FSRSState
    /// Milliseconds the learner took, when known.
    public var durationMilliseconds: Int?
}
