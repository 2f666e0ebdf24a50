import CourseModel
import CourseStore

extension CourseStore {
    /// The learner of `--learner` (or the current one), who must be enrolled in `courseID`.
    func enrolledLearner(handle: String?, courseID: String) throws -> Learner {
        let learner = try resolveLearner(handle: handle)
        guard try enrolments(learnerID: learner.id).contains(where: { $0.courseID == courseID }) else {
            throw CLIError.usage("\(learner.handle) is not enrolled in \(courseID); run `course enroll --course \(courseID)`")
        }
        return learner
    }
}
