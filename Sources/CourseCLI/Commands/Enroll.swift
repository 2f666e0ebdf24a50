import ArgumentParser
import CourseModel
import CourseStore

extension Course {
    struct Enroll: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Enrol a learner in a course and make them the current learner.",
            discussion: """
                Creates the learner if new: with --handle, the learner with that handle; with only \
                --name, the learner of that name, else a new one whose handle is made from the name \
                (lowercase ASCII, de-duplicated with -2, -3, ...). With neither, enrols the current \
                learner (or --learner). Enrolling twice is not an error and creates no duplicate.

                Examples:
                  course enroll --name "Ada Lovelace"
                  course enroll --name "Grace Hopper" --handle grace
                  course enroll --handle ada --course python-weakref --db /tmp/class.sqlite
                """
        )

        @OptionGroup var global: GlobalOptions

        @Option(help: "The learner's full name.")
        var name: String?

        @Option(help: "The learner's handle (lowercase letters, digits and '-').")
        var handle: String?

        @Option(help: "The course to enrol in.")
        var course: String = CourseModel.defaultCourseID

        func run() throws {
            let catalog = try global.catalog()
            try catalog.requireCourse(course)
            let store = try global.openStore()
            let reference: LearnerReference
            if let handle {
                reference = .handle(handle, name: name)
            } else if let name {
                reference = .name(name)
            } else if let chosen = global.learnerHandle {
                reference = .handle(try store.resolveLearner(handle: chosen).handle, name: nil)
            } else if let current = try store.currentLearner() {
                reference = .handle(current.handle, name: nil)
            } else {
                throw CLIError.usage("give --name NAME (or --handle HANDLE) to enrol a new learner")
            }
            let outcome = try store.enrol(reference, courseID: course)
            let who = "\(outcome.learner.name) (\(outcome.learner.handle))"
            if outcome.enrolmentCreated {
                print("Enrolled \(who) in \(course).")
            } else {
                print("\(who) is already enrolled in \(course).")
            }
            print("Current learner: \(outcome.learner.handle)")
        }
    }
}
