import CourseModel
import CourseStore
import CourseTestSupport
import Foundation
import GRDB
import Testing

/// The model's enum raw values are what the schema's CHECK constraints accept,
/// so a value the app writes is never refused and a stray one always is.
@Suite struct SchemaConstraintTests {
    @Test func everyModelStateIsAcceptedAndOthersAreRefused() throws {
        let database = try TemporaryDatabase()
        let ada = try database.store.enrol(.name("Ada Lovelace"), courseID: "python-weakref").learner
        let queue = try DatabaseQueue(path: database.path)
        defer { try? queue.close() }
        try queue.write { db in
            for state in AttemptState.allCases {
                try db.execute(
                    sql: """
                        INSERT INTO quizAttempt (learnerId, courseId, lessonId, contentVersion, state, seed, startedAt)
                        VALUES (?, 'python-weakref', 'weakref', 'v1', ?, 1, '2026-01-01T00:00:00.000Z')
                        """,
                    arguments: [ada.id, state.rawValue])
            }
            for verdict in SubmissionVerdict.allCases {
                try db.execute(
                    sql: """
                        INSERT INTO exerciseSubmission (learnerId, courseId, lessonId, exerciseId, contentVersion, source,
                            output, verdict, durationMs, hintsUsed, submittedAt)
                        VALUES (?, 'python-weakref', 'weakref', 'e1', 'v1', '', '', ?, 0, 0, '2026-01-01T00:00:00.000Z')
                        """,
                    arguments: [ada.id, verdict.rawValue])
            }
            for (index, state) in ReviewState.allCases.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO reviewItem (learnerId, courseId, lessonId, itemKey, state, due)
                        VALUES (?, 'python-weakref', 'weakref', ?, ?, '2026-01-01T00:00:00.000Z')
                        """,
                    arguments: [ada.id, "question:\(index)", state.rawValue])
            }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO quizAttempt (learnerId, courseId, lessonId, contentVersion, state, seed, startedAt)
                        VALUES (?, 'python-weakref', 'weakref', 'v1', 'done', 1, '2026-01-01T00:00:00.000Z')
                        """,
                    arguments: [ada.id])
            }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO enrolment (learnerId, courseId, enrolledAt) VALUES (424242, 'x', 'y')")
            }
        }
        #expect(try database.store.attempts(learnerID: ada.id, courseID: "python-weakref").map(\.state) == AttemptState.allCases)
    }

    @Test func reviewsAreLoggedWithTheStateBeforeThem() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let ada = try store.enrol(.name("Ada Lovelace"), courseID: "python-weakref").learner
        let start = Date(timeIntervalSince1970: 1_764_000_000)
        var item = try store.ensureReviewItem(learnerID: ada.id, courseID: "python-weakref", lessonID: "weakref",
                                              itemKey: "question:weakref/q1", now: start)
        #expect(try store.dueReviewItems(learnerID: ada.id, courseID: "python-weakref", now: start).map(\.id) == [item.id])

        item.state = .review
        item.stability = 3.2
        item.difficulty = 5.1
        item.reps = 1
        item.lastReview = start
        item.due = start.addingTimeInterval(3 * 86_400)
        try store.recordReview(item, rating: 3, reviewedAt: start)

        #expect(try store.dueReviewItems(learnerID: ada.id, courseID: "python-weakref", now: start).isEmpty)
        let later = start.addingTimeInterval(4 * 86_400)
        let due = try store.dueReviewItems(learnerID: ada.id, courseID: "python-weakref", now: later)
        #expect(due.map(\.state) == [.review])
        #expect(due.first?.stability == 3.2)
        let again = try store.ensureReviewItem(learnerID: ada.id, courseID: "python-weakref", lessonID: "weakref",
                                               itemKey: "question:weakref/q1", now: later)
        #expect(again.id == item.id)
        #expect(again.reps == 1)
    }
}
