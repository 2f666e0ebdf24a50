import CourseModel

/// One stored answer as the regrader sees it: how it was graded last time.
public struct StoredGrade: Sendable, Hashable {
    public var responseID: Int64
    public var given: GivenAnswer
    public var isCorrect: Bool
    public var points: Double
    public var maxPoints: Double

    public init(responseID: Int64, given: GivenAnswer, isCorrect: Bool, points: Double, maxPoints: Double) {
        self.responseID = responseID
        self.given = given
        self.isCorrect = isCorrect
        self.points = points
        self.maxPoints = maxPoints
    }
}

/// A stored answer whose grade changes.
public struct ResponseChange: Sendable, Hashable {
    public var responseID: Int64
    public var questionID: String
    public var isCorrect: Bool
    public var points: Double
    public var maxPoints: Double
}

/// What regrading one attempt does: the answers whose grade changes and the attempt's
/// score before and after.
public struct AttemptRegrade: Sendable, Hashable {
    public var changes: [ResponseChange]
    public var oldScore: Double?
    public var oldMaxScore: Double?
    public var newScore: Double
    public var newMaxScore: Double

    public var scoreChanged: Bool {
        guard let oldScore, let oldMaxScore else { return true }
        return abs(oldScore - newScore) > 1e-9 || abs(oldMaxScore - newMaxScore) > 1e-9
    }

    /// Percent before (nil if the attempt had no score) and after.
    public var oldPercentage: Double? {
        guard let oldScore, let oldMaxScore, oldMaxScore > 0 else { return nil }
        return 100 * oldScore / oldMaxScore
    }

    public var newPercentage: Double { newMaxScore > 0 ? 100 * newScore / newMaxScore : 0 }
}

/// Regrades stored answers against (possibly changed) content. Pure.
///
/// An answer to a question that no longer exists keeps its stored grade but stops
/// counting; a question added since was not asked and does not count either. The
/// attempt's score is the points of its answers to questions that still exist, out
/// of the number of such answers.
public enum Regrader {
    public static func regrade(_ stored: [StoredGrade], quiz: Quiz, oldScore: Double?,
                               oldMaxScore: Double?) -> AttemptRegrade {
        var changes: [ResponseChange] = []
        var score = 0.0
        var maxScore = 0.0
        for answer in stored {
            guard let question = quiz.question(id: answer.given.questionID) else { continue }
            let grade = QuizGrader.grade(answer.given, for: question)
            let maxPoints = 1.0
            score += grade.points
            maxScore += maxPoints
            if grade.correct != answer.isCorrect || abs(grade.points - answer.points) > 1e-9
                || abs(maxPoints - answer.maxPoints) > 1e-9 {
                changes.append(ResponseChange(responseID: answer.responseID, questionID: question.id,
                                              isCorrect: grade.correct, points: grade.points, maxPoints: maxPoints))
            }
        }
        return AttemptRegrade(changes: changes, oldScore: oldScore, oldMaxScore: oldMaxScore,
                              newScore: score, newMaxScore: maxScore)
    }
}
