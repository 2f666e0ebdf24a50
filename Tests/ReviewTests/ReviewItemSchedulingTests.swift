import CourseModel
import Foundation
import Testing
@testable import Review

private let firstReview = Date(timeIntervalSince1970: 1_669_725_000)

private func newItem(id: Int64 = 1) -> ReviewItem {
    ReviewItem(id: id, learnerID: 1, courseID: "c", lessonID: "l", itemKey: "question:l/q", state: .new, step: 0,
               stability: 0, difficulty: 0, due: firstReview, lastReview: nil, reps: 0, lapses: 0)
}

/// Reviews a stored item at each due time, as `course review` would day after day.
private func history(_ ratings: [FSRSRating], scheduling: ReviewItemScheduling, id: Int64 = 1) -> [ReviewItem] {
    var item = newItem(id: id)
    var now = firstReview
    var states: [ReviewItem] = []
    for rating in ratings {
        item = scheduling.review(item, rating: rating, at: now)
        states.append(item)
        now = item.due
    }
    return states
}

@Test func storedItemsReproduceTheConformanceCase() {
    // Given the stored form of a card (what the database keeps between reviews).
    let scheduling = ReviewItemScheduling(scheduler: FSRSScheduler(configuration: FSRSConfiguration(fuzzing: false)))
    let ratings: [FSRSRating] = Array(repeating: .good, count: 6) + [.again, .again] + Array(repeating: .good, count: 5)
    var previous = firstReview
    var days: [Int] = []
    for item in history(ratings, scheduling: scheduling) {
        days.append(FSRSScheduler.wholeDays(from: previous, to: item.due))
        previous = item.due
    }
    // Then nothing is lost in the round trip: py-fsrs 6.3.2's intervals.
    #expect(days == [0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21])
}

@Test func missedItemIsAskedAgainInAMinuteAndLapsesAreCounted() {
    let scheduling = ReviewItemScheduling()
    let again = scheduling.review(newItem(), rating: .again, at: firstReview)
    #expect(again.state == .learning)
    #expect(again.due == firstReview.addingTimeInterval(60))
    #expect(again.reps == 1 && again.lapses == 0)
    let reviewed = history([.good, .good, .good, .again], scheduling: scheduling)
    #expect(reviewed[2].state == .review)
    #expect(reviewed[3].state == .relearning)
    #expect(reviewed[3].lapses == 1)
}

@Test func fuzzedSchedulesRepeatForTheSameHistoryAndClock() {
    let scheduling = ReviewItemScheduling()
    let ratings: [FSRSRating] = [.good, .good, .good, .good, .easy, .good, .hard, .good]
    let first = history(ratings, scheduling: scheduling)
    let second = history(ratings, scheduling: scheduling)
    #expect(first.map(\.due) == second.map(\.due))
    // Intervals grow with success.
    let reviewDays = zip(first.dropFirst(3), first.dropFirst(2)).map { FSRSScheduler.wholeDays(from: $1.due, to: $0.due) }
    #expect(reviewDays.prefix(3).allSatisfy { $0 > 0 })
    #expect(reviewDays[1] > reviewDays[0])
}
