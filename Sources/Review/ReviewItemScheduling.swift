import CourseModel
import Foundation

/// Moves a stored `ReviewItem` through the FSRS scheduler. Pure: the caller
/// supplies the time, and the fuzz comes from a generator seeded by the item and
/// its number of reviews, so the same history and clock give the same due dates.
public struct ReviewItemScheduling: Sendable {
    public var scheduler: FSRSScheduler

    public init(scheduler: FSRSScheduler = FSRSScheduler()) {
        self.scheduler = scheduler
    }

    /// The FSRS card of a stored item (a `new` item is a card in learning, step 0, never reviewed).
    public static func card(of item: ReviewItem) -> FSRSCard {
        switch item.state {
        case .new:
            return FSRSCard(state: .learning, step: 0, due: item.due)
        case .learning, .review, .relearning:
            let state: FSRSState = item.state == .learning ? .learning : item.state == .review ? .review : .relearning
            return FSRSCard(state: state, step: item.step, stability: item.stability, difficulty: item.difficulty,
                            due: item.due, lastReview: item.lastReview)
        }
    }

    /// The item after a rating at `date`.
    public func review(_ item: ReviewItem, rating: FSRSRating, at date: Date) -> ReviewItem {
        var random = SplitMix64(seed: UInt64(bitPattern: item.id) &* 0x9E37_79B9 ^ UInt64(item.reps))
        let (card, _) = scheduler.review(Self.card(of: item), rating: rating, at: date,
                                         random: { random.nextUnitDouble() })
        var next = item
        switch card.state {
        case .learning: next.state = .learning
        case .review: next.state = .review
        case .relearning: next.state = .relearning
        }
        next.step = card.step ?? 0
        next.stability = card.stability ?? 0
        next.difficulty = card.difficulty ?? 0
        next.due = card.due
        next.lastReview = card.lastReview
        next.reps = item.reps + 1
        if rating == .again && item.state == .review { next.lapses = item.lapses + 1 }
        return next
    }
}
