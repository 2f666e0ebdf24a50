/// The CSV reports `course report --csv --kind` can produce, with their columns.
public enum ReportKind: String, Sendable, CaseIterable {
    case progress
    case attempts
    case responses
    /// The review log, in the column order the FSRS optimizer reads.
    case reviews

    /// The header row, in order.
    public var columns: [String] {
        switch self {
        case .progress:
            return ["handle", "name", "lesson", "status", "sections_read", "best_score", "attempts",
                    "exercises_passed", "completed_at"]
        case .attempts:
            return ["attempt_id", "handle", "name", "course", "lesson", "content_version", "state", "seed",
                    "score", "max_score", "started_at", "finished_at"]
        case .responses:
            return ["attempt_id", "handle", "name", "course", "lesson", "question_id", "answer_given", "correct",
                    "points", "max_points", "content_version", "attempt_started_at", "answered_at", "shown_choices"]
        case .reviews:
            return ["card_id", "review_time", "review_rating", "review_state", "review_duration"]
        }
    }
}
