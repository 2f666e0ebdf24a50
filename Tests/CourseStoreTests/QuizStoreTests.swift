import CourseModel
import CourseStore
import CourseTestSupport
import Foundation
import Testing

@Suite struct QuizStoreTests {
    let course = CourseModel.defaultCourseID
    let t0 = Date(timeIntervalSince1970: 1_795_597_200)

    private func answer(_ question: String, correct: Bool, shown: [String] = ["x", "y"]) -> AnswerRecord {
        AnswerRecord(questionID: question, answerGiven: correct ? "a" : "b", shownChoices: shown, isCorrect: correct,
                     points: correct ? 1 : 0, maxPoints: 1, reviewItemKey: "question:weakref/\(question)")
    }

    @Test func answersAreStoredOnceWithTheirShownChoicesAndMissesBecomeReviewItems() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let ada = try store.enrol(.name("Ada Lovelace"), courseID: course).learner
        let attempt = try store.startAttempt(learnerID: ada.id, courseID: course, lessonID: "weakref",
                                             contentVersion: "v1", seed: -5, now: t0)
        try store.recordAnswer(answer("q1", correct: true, shown: ["b, \"quoted\"", "a"]), attempt: attempt, contentVersion: "v1", now: t0)
        try store.recordAnswer(answer("q2", correct: false), attempt: attempt, contentVersion: "v1", now: t0)
        // The same question cannot be answered twice in one attempt.
        #expect(throws: StoreError.self) {
            try store.recordAnswer(answer("q2", correct: true), attempt: attempt, contentVersion: "v1", now: t0)
        }
        let responses = try store.responses(attemptID: attempt.id)
        #expect(responses.map(\.questionID) == ["q1", "q2"])
        #expect(responses[0].shownChoices == ["b, \"quoted\"", "a"])
        #expect(try store.unfinishedAttempt(learnerID: ada.id, courseID: course, lessonID: "weakref")?.id == attempt.id)
        #expect(try store.attempt(id: attempt.id).seed == -5)
        let due = try store.dueReviewItems(learnerID: ada.id, courseID: course, now: t0)
        #expect(due.map(\.itemKey) == ["question:weakref/q2"])
        #expect(due.first?.state == .new)

        // Once reviewed and scheduled later, a question missed again in a new attempt is due at once.
        var scheduled = try #require(due.first)
        scheduled.state = .review
        scheduled.due = t0.addingTimeInterval(86_400 * 9)
        try store.recordReview(scheduled, rating: 3, reviewedAt: t0)
        #expect(try store.dueReviewCount(learnerID: ada.id, courseID: course, now: t0.addingTimeInterval(60)) == 0)
        let later = try store.startAttempt(learnerID: ada.id, courseID: course, lessonID: "other",
                                           contentVersion: "v1", seed: 1, now: t0)
        try store.recordAnswer(answer("q2", correct: false), attempt: later, contentVersion: "v1", now: t0.addingTimeInterval(120))
        let again = try store.dueReviewItems(learnerID: ada.id, courseID: course, now: t0.addingTimeInterval(120))
        #expect(again.map(\.itemKey) == ["question:weakref/q2"])
        #expect(again.first?.state == .review)

        try store.finishAttempt(id: attempt.id, score: 1, maxScore: 2, contentVersion: "v2", now: t0)
        #expect(try store.unfinishedAttempt(learnerID: ada.id, courseID: course, lessonID: "weakref") == nil)
        #expect(try store.responses(attemptID: attempt.id).map(\.contentVersion) == ["v2", "v2"])
        // A finished attempt takes no more answers.
        #expect(throws: StoreError.self) {
            try store.recordAnswer(answer("q3", correct: true), attempt: attempt, contentVersion: "v2", now: t0)
        }
    }

    @Test func undoRestoresTheStateBeforeTheLastRatingOnly() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let ada = try store.enrol(.name("Ada Lovelace"), courseID: course).learner
        let item = try store.ensureReviewItem(learnerID: ada.id, courseID: course, lessonID: "weakref",
                                              itemKey: "question:weakref/q1", now: t0)
        var first = item
        first.state = .learning
        first.step = 1
        first.stability = 2.3
        first.difficulty = 5.5
        first.due = t0.addingTimeInterval(600)
        first.lastReview = t0
        first.reps = 1
        try store.recordReview(first, rating: 3, reviewedAt: t0, durationMilliseconds: 1500)
        var second = first
        second.state = .review
        second.step = 0
        second.due = t0.addingTimeInterval(86_400 * 3)
        second.lastReview = t0.addingTimeInterval(600)
        second.reps = 2
        try store.recordReview(second, rating: 4, reviewedAt: t0.addingTimeInterval(600))

        let undone = try #require(try store.undoLastReview(learnerID: ada.id, courseID: course))
        #expect(undone.entry.rating == 4)
        #expect(undone.item == first)
        #expect(try store.reviewItems(learnerID: ada.id, courseID: course) == [first])
        let again = try #require(try store.undoLastReview(learnerID: ada.id, courseID: course))
        #expect(again.item == item)
        #expect(try store.undoLastReview(learnerID: ada.id, courseID: course) == nil)
    }

    @Test func regradeUpdatesAnswersScoresAndVersionsInOneGo() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let ada = try store.enrol(.name("Ada Lovelace"), courseID: course).learner
        let attempt = try store.startAttempt(learnerID: ada.id, courseID: course, lessonID: "weakref",
                                             contentVersion: "v1", seed: 1, now: t0)
        let right = try store.recordAnswer(answer("q1", correct: true), attempt: attempt, contentVersion: "v1", now: t0)
        try store.recordAnswer(answer("q2", correct: false), attempt: attempt, contentVersion: "v1", now: t0)
        try store.finishAttempt(id: attempt.id, score: 1, maxScore: 2, contentVersion: "v1", now: t0)
        var walked: [(Int64, Int)] = []
        try store.forEachAttemptWithResponses(courseID: course) { attempt, responses in
            walked.append((attempt.id, responses.count))
        }
        #expect(walked.map(\.0) == [attempt.id] && walked.map(\.1) == [2])

        try store.applyRegrade([AttemptGradeUpdate(
            attemptID: attempt.id, score: 0, maxScore: 2,
            responses: [ResponseGradeUpdate(responseID: right.id, isCorrect: false, points: 0, maxPoints: 1)])]) { _ in "v2" }
        let regraded = try store.attempt(id: attempt.id)
        #expect(regraded.score == 0 && regraded.contentVersion == "v2")
        #expect(try store.responses(attemptID: attempt.id).map(\.isCorrect) == [false, false])
        #expect(try store.responses(attemptID: attempt.id).map(\.contentVersion) == ["v2", "v2"])
    }
}
