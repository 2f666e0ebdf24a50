import CourseModel
import GRDB

/// Streaming reads for the reports: each walks a database cursor inside one read
/// snapshot and hands rows to `body` one at a time, so memory stays flat
/// whatever the number of rows. Errors thrown by `body` stop the walk and pass through.
extension CourseStore {
    /// One row per enrolled learner (of `courseID`) and lesson of `lessonIDs`, by
    /// handle then lesson order; lessons never touched are `Not Attempted`.
    public func forEachProgressRow(
        courseID: String, lessonIDs: [String], learnerID: Int64? = nil,
        _ body: (ProgressReportRow) throws -> Void
    ) throws {
        guard !lessonIDs.isEmpty else { return }
        let lessonValues = lessonIDs.indices.map { _ in "(?, ?)" }.joined(separator: ", ")
        var arguments = StatementArguments()
        for (position, lessonID) in lessonIDs.enumerated() { arguments += [position, lessonID] }
        arguments += [courseID]
        var learnerFilter = ""
        if let learnerID {
            learnerFilter = "AND learner.id = ?"
            arguments += [learnerID]
        }
        let sql = """
            WITH lessonList(position, lessonId) AS (VALUES \(lessonValues))
            SELECT handle, name, lessonId,
              CASE WHEN completedAt IS NOT NULL THEN 'Completed'
                   WHEN progressId IS NOT NULL OR attempts > 0 OR submitted THEN 'In Progress'
                   ELSE 'Not Attempted' END AS status,
              sectionsRead, bestScore, attempts, exercisesPassed, completedAt
            FROM (
              SELECT learner.handle, learner.name, lessonList.position, lessonList.lessonId,
                p.id AS progressId, p.completedAt,
                (SELECT COUNT(*) FROM sectionRead s WHERE s.lessonProgressId = p.id) AS sectionsRead,
                (SELECT MAX(a.score / a.maxScore) FROM quizAttempt a
                   WHERE a.learnerId = learner.id AND a.courseId = enrolment.courseId
                     AND a.lessonId = lessonList.lessonId AND a.state = 'finished' AND a.maxScore > 0) AS bestScore,
                (SELECT COUNT(*) FROM quizAttempt a
                   WHERE a.learnerId = learner.id AND a.courseId = enrolment.courseId
                     AND a.lessonId = lessonList.lessonId) AS attempts,
                (SELECT COUNT(DISTINCT x.exerciseId) FROM exerciseSubmission x
                   WHERE x.learnerId = learner.id AND x.courseId = enrolment.courseId
                     AND x.lessonId = lessonList.lessonId AND x.verdict = 'passed') AS exercisesPassed,
                EXISTS (SELECT 1 FROM exerciseSubmission x
                   WHERE x.learnerId = learner.id AND x.courseId = enrolment.courseId
                     AND x.lessonId = lessonList.lessonId) AS submitted
              FROM enrolment
              JOIN learner ON learner.id = enrolment.learnerId
              CROSS JOIN lessonList
              LEFT JOIN lessonProgress p ON p.learnerId = learner.id AND p.courseId = enrolment.courseId
                AND p.lessonId = lessonList.lessonId
              WHERE enrolment.courseId = ? \(learnerFilter)
            )
            ORDER BY handle, position
            """
        try read("read the progress report") { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try cursor.next() {
                try body(ProgressReportRow(
                    handle: try row.text(at: 0), name: try row.text(at: 1), lessonID: try row.text(at: 2),
                    status: LessonStatus(rawValue: try row.text(at: 3)) ?? .notAttempted,
                    sectionsRead: try row.int(at: 4), bestScore: try row.optionalDouble(at: 5),
                    attempts: try row.int(at: 6), exercisesPassed: try row.int(at: 7),
                    completedAt: try row.optionalText(at: 8)))
            }
        }
    }

    /// Every quiz attempt in `courseID`, by attempt id.
    public func forEachAttemptRow(courseID: String, _ body: (AttemptReportRow) throws -> Void) throws {
        let sql = """
            SELECT a.id, l.handle, l.name, a.courseId, a.lessonId, a.contentVersion, a.state, a.seed,
                   a.score, a.maxScore, a.startedAt, a.finishedAt
            FROM quizAttempt a JOIN learner l ON l.id = a.learnerId
            WHERE a.courseId = ?
            ORDER BY a.id
            """
        try read("read the attempts report") { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: [courseID])
            while let row = try cursor.next() {
                try body(AttemptReportRow(
                    attemptID: try row.integer(at: 0), handle: try row.text(at: 1), name: try row.text(at: 2),
                    courseID: try row.text(at: 3), lessonID: try row.text(at: 4), contentVersion: try row.text(at: 5),
                    state: try row.text(at: 6), seed: try row.integer(at: 7), score: try row.optionalDouble(at: 8),
                    maxScore: try row.optionalDouble(at: 9), startedAt: try row.text(at: 10),
                    finishedAt: try row.optionalText(at: 11)))
            }
        }
    }

    /// Every answer given in `courseID`, by attempt then answer order.
    public func forEachResponseRow(courseID: String, _ body: (ResponseReportRow) throws -> Void) throws {
        let sql = """
            SELECT a.id, l.handle, l.name, a.courseId, a.lessonId, r.questionId, r.answerGiven, r.isCorrect,
                   r.points, r.maxPoints, r.contentVersion, a.startedAt, r.answeredAt, r.shownChoices
            FROM quizResponse r
            JOIN quizAttempt a ON a.id = r.attemptId
            JOIN learner l ON l.id = a.learnerId
            WHERE a.courseId = ?
            ORDER BY a.id, r.id
            """
        try read("read the responses report") { db in
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: [courseID])
            while let row = try cursor.next() {
                try body(ResponseReportRow(
                    attemptID: try row.integer(at: 0), handle: try row.text(at: 1), name: try row.text(at: 2),
                    courseID: try row.text(at: 3), lessonID: try row.text(at: 4), questionID: try row.text(at: 5),
                    answerGiven: try row.text(at: 6), isCorrect: try row.bool(at: 7), points: try row.double(at: 8),
                    maxPoints: try row.double(at: 9), contentVersion: try row.text(at: 10),
                    attemptStartedAt: try row.text(at: 11), answeredAt: try row.text(at: 12),
                    shownChoices: try row.optionalText(at: 13)))
            }
        }
    }
}
