import CourseModel
import CourseStore
import CourseTestSupport
import Foundation
import Testing

@Suite struct EnrolmentTests {
    let course = CourseModel.defaultCourseID

    @Test func enrollingTwiceCreatesNoDuplicate() throws {
        let database = try TemporaryDatabase()
        let first = try database.store.enrol(.name("Ada Lovelace"), courseID: course)
        let second = try database.store.enrol(.name("Ada Lovelace"), courseID: course)

        #expect(first.learnerCreated && first.enrolmentCreated)
        #expect(!second.learnerCreated && !second.enrolmentCreated)
        #expect(second.learner == first.learner)
        #expect(second.enrolment.enrolledAt == first.enrolment.enrolledAt)
        #expect(try database.store.learnerCount() == 1)
        #expect(try database.store.enrolments(learnerID: first.learner.id).count == 1)
        #expect(try database.store.currentLearner() == first.learner)
    }

    @Test func handlesAreDerivedFromNamesAndDeduplicated() throws {
        let database = try TemporaryDatabase()
        let ada = try database.store.enrol(.name("Ada Lovelace"), courseID: course).learner
        let adaAgain = try database.store.enrol(.name("ADA lovelace"), courseID: course).learner
        let adaThird = try database.store.enrol(.name("Ada  Lovelace!"), courseID: course).learner
        let zoe = try database.store.enrol(.name("Zoë O'Brien"), courseID: course).learner
        let chinese = try database.store.enrol(.name("李雷"), courseID: course).learner

        #expect(ada.handle == "ada-lovelace")
        #expect(adaAgain.handle == "ada-lovelace-2")
        #expect(adaThird.handle == "ada-lovelace-3")
        #expect(zoe.handle == "zoe-o-brien")
        #expect(zoe.name == "Zoë O'Brien")
        #expect(chinese.handle == "learner")
    }

    @Test func anExplicitHandleIsReusedAndValidated() throws {
        let database = try TemporaryDatabase()
        let grace = try database.store.enrol(.handle("grace", name: "Grace Hopper"), courseID: course)
        let again = try database.store.enrol(.handle("grace", name: nil), courseID: course)
        #expect(again.learner == grace.learner)
        #expect(!again.enrolmentCreated)
        #expect(throws: StoreError.invalidHandle("Grace Hopper")) {
            try database.store.enrol(.handle("Grace Hopper", name: nil), courseID: course)
        }
        #expect(throws: StoreError.emptyName) { try database.store.enrol(.name("   "), courseID: course) }
    }

    @Test func theCurrentLearnerIsTheLastEnrolledAndUnknownHandlesAreNamed() throws {
        let database = try TemporaryDatabase()
        #expect(throws: StoreError.noCurrentLearner) { try database.store.resolveLearner(handle: nil) }
        try database.store.enrol(.name("Ada Lovelace"), courseID: course)
        let grace = try database.store.enrol(.name("Grace Hopper"), courseID: course).learner
        #expect(try database.store.resolveLearner(handle: nil) == grace)
        #expect(throws: StoreError.unknownLearner(handle: "nobody")) { try database.store.resolveLearner(handle: "nobody") }
        try database.store.setCurrentLearner(handle: "ada-lovelace")
        #expect(try database.store.resolveLearner(handle: nil).handle == "ada-lovelace")
    }

    @Test func bulkEnrolmentNeverMakesTheBulkLearnersCurrent() throws {
        let database = try TemporaryDatabase()
        let ada = try database.store.enrol(.name("Ada Lovelace"), courseID: course).learner
        try database.store.enrol(.handle("p-1", name: "p learner 1"), courseID: course, makeCurrent: false)
        #expect(try database.store.currentLearner() == ada)
    }
}
