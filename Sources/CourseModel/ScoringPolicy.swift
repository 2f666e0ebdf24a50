/// Which finished attempts make a learner's quiz score, as Moodle's "grading method".
public enum ScoringPolicy: String, Sendable, Hashable, CaseIterable {
    /// The best finished attempt (the default).
    case highest
    /// The most recent finished attempt.
    case last
    /// The first finished attempt; later ones are practice.
    case first
    /// The mean of all finished attempts.
    case average
}
