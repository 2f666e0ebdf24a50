import CourseModel
import CourseStore
import Grading

extension Course.TakeQuiz {
    /// Regrades stored attempts against the current content and reports score changes.
    func runRegrade() throws {
        let catalog = try global.catalog()
        let definition = try catalog.requireCourse(course)
        if let lesson { _ = try catalog.requireLesson(lesson, in: course) }
        let quizzes = Dictionary(
            definition.lessons.compactMap { lesson in lesson.quiz.map { (lesson.id, ($0, lesson.contentVersion)) } },
            uniquingKeysWith: { first, _ in first })
        let store = try global.openStore()
        let handles = Dictionary(try store.learnerOverviews().map { ($0.learner.id, $0.learner.handle) },
                                 uniquingKeysWith: { first, _ in first })

        var updates: [AttemptGradeUpdate] = []
        var versionOfAttempt: [Int64: String] = [:]
        var lines: [String] = []
        var attemptsSeen = 0
        var answersSeen = 0
        var answersChanged = 0
        var scoresChanged = 0
        try store.forEachAttemptWithResponses(courseID: course, lessonID: lesson) { attempt, responses in
            guard let (quiz, version) = quizzes[attempt.lessonID] else { return }
            attemptsSeen += 1
            answersSeen += responses.count
            let stored = responses.map { response in
                StoredGrade(responseID: response.id, given: Self.given(response), isCorrect: response.isCorrect,
                            points: response.points, maxPoints: response.maxPoints)
            }
            let result = Regrader.regrade(stored, quiz: quiz, oldScore: attempt.score, oldMaxScore: attempt.maxScore)
            let finished = attempt.state == .finished
            let scoreChanged = finished && result.scoreChanged
            let versionChanged = attempt.contentVersion != version || responses.contains { $0.contentVersion != version }
            guard !result.changes.isEmpty || scoreChanged || versionChanged else { return }
            answersChanged += result.changes.count
            updates.append(AttemptGradeUpdate(
                attemptID: attempt.id, score: finished ? result.newScore : nil,
                maxScore: finished ? result.newMaxScore : nil,
                responses: result.changes.map {
                    ResponseGradeUpdate(responseID: $0.responseID, isCorrect: $0.isCorrect, points: $0.points,
                                        maxPoints: $0.maxPoints)
                }))
            versionOfAttempt[attempt.id] = version
            let who = "attempt \(attempt.id) (\(handles[attempt.learnerID] ?? "learner \(attempt.learnerID)"), \(attempt.lessonID))"
            if scoreChanged {
                scoresChanged += 1
                let old = result.oldPercentage.map(ScoreText.percent) ?? "-"
                let wasPassed = result.oldPercentage.map { QuizGrader.passes($0, passMark: quiz.passMark) }
                let isPassed = QuizGrader.passes(result.newPercentage, passMark: quiz.passMark)
                var line = "\(who): \(old) -> \(ScoreText.percent(result.newPercentage))"
                if let wasPassed, wasPassed != isPassed { line += isPassed ? " (now passed)" : " (no longer passed)" }
                lines.append(line)
            } else if !result.changes.isEmpty {
                lines.append("\(who), in progress: \(result.changes.count) answer\(result.changes.count == 1 ? "" : "s") regraded")
            }
        }
        if !dryRun && !updates.isEmpty {
            try store.applyRegrade(updates) { versionOfAttempt[$0] ?? "" }
        }
        for line in lines { print(line) }
        let verb = dryRun ? "Dry run, nothing stored: would change" : "Changed"
        print("Regraded \(attemptsSeen) attempt\(attemptsSeen == 1 ? "" : "s") (\(answersSeen) answers) against the current content. "
              + "\(verb) \(scoresChanged) score\(scoresChanged == 1 ? "" : "s") and \(answersChanged) answer\(answersChanged == 1 ? "" : "s").")
    }
}
