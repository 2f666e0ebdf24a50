import CourseModel
import CourseStore
import Foundation

extension GlobalOptions {
    /// The learner to record for, or nil (with a note on stderr) when nobody has enrolled
    /// on this database and no `--learner` was given: work is then graded but not stored.
    func learnerIfEnrolled(_ store: CourseStore) throws -> Learner? {
        guard let learner = try learnerIfAny(store) else {
            FileHandle.standardError.write(Data("course: not enrolled, so nothing was recorded; run `course enroll --name NAME`\n".utf8))
            return nil
        }
        return learner
    }

    /// The learner `--learner` names or the current one; nil, silently, when nobody has
    /// enrolled on this database (listings then show no status). An unknown `--learner`
    /// is still an error.
    func learnerIfAny(_ store: CourseStore) throws -> Learner? {
        if learnerHandle == nil, try store.currentLearner() == nil { return nil }
        return try store.resolveLearner(handle: learnerHandle)
    }
}
