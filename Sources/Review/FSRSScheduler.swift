import Foundation

/// The FSRS-6 spaced-repetition scheduler (the algorithm Anki uses), written from the
/// published model and checked against py-fsrs 6.3.2's behaviour.
///
/// Memory is described by stability S (days until recall probability falls to 90%)
/// and difficulty D (1...10); a review updates both from the rating and from the
/// retrievability R at the time of the review, and the next interval is the time at
/// which R falls to the desired retention.
public struct FSRSScheduler: Sendable {
    public var configuration: FSRSConfiguration

    private static let minimumStability = 0.001
    private static let difficultyRange = 1.0...10.0
    private static let secondsPerDay = 86_400.0

    public init(configuration: FSRSConfiguration = FSRSConfiguration()) {
        self.configuration = configuration
    }

    private var w: [Double] { configuration.weights }
    private var decay: Double { -w[20] }
    /// Chosen so that R = 0.9 exactly when the elapsed time equals S.
    private var factor: Double { pow(0.9, 1 / decay) - 1 }

    /// The probability the card is recalled at `date`.
    public func retrievability(of card: FSRSCard, at date: Date) -> Double {
        guard let lastReview = card.lastReview, let stability = card.stability else { return 0 }
        let elapsed = Double(max(0, Self.wholeDays(from: lastReview, to: date)))
        return pow(1 + factor * elapsed / stability, decay)
    }

    /// Rates `card` at `date`. `random` supplies the fuzz (a value in 0..<1) and is
    /// called only when fuzzing is on and the interval is long enough to fuzz.
    public func review(
        _ card: FSRSCard, rating: FSRSRating, at date: Date, durationMilliseconds: Int? = nil,
        random: () -> Double = { Double.random(in: 0..<1) }
    ) -> (card: FSRSCard, log: FSRSReviewLog) {
        var next = card
        let daysSinceLastReview = card.lastReview.map { Self.wholeDays(from: $0, to: date) }
        let sameDay = daysSinceLastReview.map { $0 < 1 } ?? false

        // 1. Memory state.
        if let stability = card.stability, let difficulty = card.difficulty {
            if sameDay {
                next.stability = shortTermStability(stability, rating)
            } else {
                next.stability = nextStability(difficulty: difficulty, stability: stability,
                                               retrievability: retrievability(of: card, at: date), rating: rating)
            }
            next.difficulty = nextDifficulty(difficulty, rating)
        } else {
            next.stability = initialStability(rating)
            next.difficulty = clampDifficulty(initialDifficulty(rating))
        }
        let stability = next.stability ?? Self.minimumStability

        // 2. State, step and interval.
        let interval: TimeInterval
        switch card.state {
        case .learning, .relearning:
            let steps = card.state == .learning ? configuration.learningSteps : configuration.relearningSteps
            let step = card.step ?? 0
            if steps.isEmpty || (step >= steps.count && rating != .again) {
                interval = graduate(&next, stability)
            } else {
                switch rating {
                case .again:
                    next.step = 0
                    interval = steps[0]
                case .hard:
                    if step == 0 {
                        interval = steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2
                    } else {
                        interval = steps[step]
                    }
                case .good:
                    if step + 1 == steps.count {
                        interval = graduate(&next, stability)
                    } else {
                        next.step = step + 1
                        interval = steps[step + 1]
                    }
                case .easy:
                    interval = graduate(&next, stability)
                }
            }
        case .review:
            if rating == .again, let firstStep = configuration.relearningSteps.first {
                next.state = .relearning
                next.step = 0
                interval = firstStep
            } else {
                interval = Double(nextIntervalDays(stability)) * Self.secondsPerDay
            }
        }

        var scheduled = interval
        if configuration.fuzzing && next.state == .review {
            scheduled = Double(fuzzedDays(Int((interval / Self.secondsPerDay).rounded(.down)), random: random))
                * Self.secondsPerDay
        }
        next.due = date.addingTimeInterval(scheduled)
        next.lastReview = date
        let log = FSRSReviewLog(rating: rating, reviewedAt: date, state: card.state,
                                durationMilliseconds: durationMilliseconds)
        return (next, log)
    }

    // MARK: - The model's formulas

    private func graduate(_ card: inout FSRSCard, _ stability: Double) -> TimeInterval {
        card.state = .review
        card.step = nil
        return Double(nextIntervalDays(stability)) * Self.secondsPerDay
    }

    private func initialStability(_ rating: FSRSRating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    private func initialDifficulty(_ rating: FSRSRating) -> Double {
        w[4] - exp(w[5] * Double(rating.rawValue - 1)) + 1
    }

    private func clampDifficulty(_ d: Double) -> Double {
        min(max(d, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }

    /// Difficulty moves by the rating, damped near 10, then reverts towards the
    /// initial difficulty of an `easy` first rating.
    private func nextDifficulty(_ difficulty: Double, _ rating: FSRSRating) -> Double {
        let delta = -w[6] * Double(rating.rawValue - 3)
        let damped = difficulty + (10 - difficulty) * delta / 9
        let reverted = w[7] * initialDifficulty(.easy) + (1 - w[7]) * damped
        return clampDifficulty(reverted)
    }

    /// Stability after a review on the same day as the previous one.
    private func shortTermStability(_ stability: Double, _ rating: FSRSRating) -> Double {
        var increase = exp(w[17] * (Double(rating.rawValue) - 3 + w[18])) * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1) }
        return max(stability * increase, Self.minimumStability)
    }

    private func nextStability(difficulty: Double, stability: Double, retrievability: Double,
                               rating: FSRSRating) -> Double {
        let result: Double
        if rating == .again {
            let longTerm = w[11] * pow(difficulty, -w[12]) * (pow(stability + 1, w[13]) - 1)
                * exp((1 - retrievability) * w[14])
            let shortTerm = stability / exp(w[17] * w[18])
            result = min(longTerm, shortTerm)
        } else {
            let hardPenalty = rating == .hard ? w[15] : 1
            let easyBonus = rating == .easy ? w[16] : 1
            result = stability * (1 + exp(w[8]) * (11 - difficulty) * pow(stability, -w[9])
                * (exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
        }
        return max(result, Self.minimumStability)
    }

    /// Whole days until retrievability falls to the desired retention; at least one,
    /// at most the maximum. Halves round to even, as Python's `round` does.
    private func nextIntervalDays(_ stability: Double) -> Int {
        let days = (stability / factor) * (pow(configuration.desiredRetention, 1 / decay) - 1)
        let rounded = Int(days.rounded(.toNearestOrEven))
        return min(max(rounded, 1), configuration.maximumInterval)
    }

    /// Spreads an interval of 3 days or more over a range that widens with its length.
    private func fuzzedDays(_ days: Int, random: () -> Double) -> Int {
        guard Double(days) >= 2.5 else { return days }
        let ranges: [(start: Double, end: Double, factor: Double)] = [
            (2.5, 7, 0.15), (7, 20, 0.1), (20, .infinity, 0.05),
        ]
        var delta = 1.0
        for range in ranges {
            delta += range.factor * max(min(Double(days), range.end) - range.start, 0)
        }
        var low = max(2, Int((Double(days) - delta).rounded(.toNearestOrEven)))
        let high = min(Int((Double(days) + delta).rounded(.toNearestOrEven)), configuration.maximumInterval)
        low = min(low, high)
        let fuzzed = Int((random() * Double(high - low + 1) + Double(low)).rounded(.toNearestOrEven))
        return min(fuzzed, configuration.maximumInterval)
    }

    /// Whole days between two instants, rounded down as Python's `timedelta.days` does.
    static func wholeDays(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / secondsPerDay).rounded(.down))
    }
}
