import Foundation
import Testing
@testable import Review

/// 2022-11-29 12:30 UTC, the first review of py-fsrs's conformance case.
private let firstReview = Date(timeIntervalSince1970: 1_669_725_000)

private func intervals(_ ratings: [FSRSRating], scheduler: FSRSScheduler) -> [Int] {
    var card = FSRSCard.new(at: firstReview)
    var now = firstReview
    var days: [Int] = []
    for rating in ratings {
        card = scheduler.review(card, rating: rating, at: now, random: { 0.5 }).card
        days.append(FSRSScheduler.wholeDays(from: now, to: card.due))
        now = card.due
    }
    return days
}

@Test func reproducesPyFSRSConformanceCase() {
    // Given py-fsrs 6.3.2's case: default parameters, fuzzing off, each review at the due time.
    let scheduler = FSRSScheduler(configuration: FSRSConfiguration(fuzzing: false))
    let ratings: [FSRSRating] = Array(repeating: .good, count: 6) + [.again, .again]
        + Array(repeating: .good, count: 5)
    // Then the whole days between last review and due are those py-fsrs 6.3.2 computes.
    #expect(intervals(ratings, scheduler: scheduler) == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
}

@Test func newCardFollowsLearningStepsThenGraduates() {
    let scheduler = FSRSScheduler(configuration: FSRSConfiguration(fuzzing: false))
    var card = FSRSCard.new(at: firstReview)
    card = scheduler.review(card, rating: .good, at: firstReview).card
    #expect(card.state == .learning && card.step == 1)
    #expect(card.due.timeIntervalSince(firstReview) == 600)
    card = scheduler.review(card, rating: .good, at: card.due).card
    #expect(card.state == .review && card.step == nil)
}

@Test func againInReviewMovesToRelearningForTenMinutes() {
    let scheduler = FSRSScheduler(configuration: FSRSConfiguration(fuzzing: false))
    var card = scheduler.review(.new(at: firstReview), rating: .easy, at: firstReview).card
    #expect(card.state == .review)
    let lapseAt = card.due
    card = scheduler.review(card, rating: .again, at: lapseAt).card
    #expect(card.state == .relearning && card.step == 0)
    #expect(card.due.timeIntervalSince(lapseAt) == 600)
}

@Test func intervalsGrowWithSuccessAndShrinkAfterALapse() {
    let scheduler = FSRSScheduler(configuration: FSRSConfiguration(fuzzing: false))
    let goods = intervals(Array(repeating: .good, count: 8), scheduler: scheduler)
    for (a, b) in zip(goods.dropFirst(2), goods.dropFirst(3)) { #expect(b > a) }
    let lapsed = intervals(Array(repeating: .good, count: 5) + [.again, .good, .good], scheduler: scheduler)
    #expect(lapsed.last! < goods[4])
}

@Test func sameHistoryAndClockGiveSameDueDates() {
    let scheduler = FSRSScheduler()
    let ratings: [FSRSRating] = [.good, .good, .hard, .good, .again, .good, .easy]
    #expect(intervals(ratings, scheduler: scheduler) == intervals(ratings, scheduler: scheduler))
}

@Test func fuzzStaysWithinItsRange() {
    let plain = FSRSScheduler(configuration: FSRSConfiguration(fuzzing: false))
    let fuzzed = FSRSScheduler()
    var card = plain.review(.new(at: firstReview), rating: .easy, at: firstReview).card
    card = plain.review(card, rating: .good, at: card.due).card
    let base = FSRSScheduler.wholeDays(from: card.lastReview!, to: card.due)
    for r in [0.0, 0.5, 0.999] {
        let next = fuzzed.review(card, rating: .good, at: card.due, random: { r }).card
        let plainNext = plain.review(card, rating: .good, at: card.due).card
        let days = FSRSScheduler.wholeDays(from: card.due, to: next.due)
        let plainDays = FSRSScheduler.wholeDays(from: card.due, to: plainNext.due)
        #expect(abs(days - plainDays) <= max(2, plainDays / 5), "base \(base)")
    }
}

@Test func ratingFromCorrectness() {
    #expect(FSRSRating.from(correct: false, selfRating: .easy) == .again)
    #expect(FSRSRating.from(correct: true) == .good)
    #expect(FSRSRating.from(correct: true, selfRating: .hard) == .hard)
}
