import CourseModel
import CourseStore
import Foundation
import Grading
import Review

extension Course.TakeQuiz {
    /// Takes (or resumes) the quiz: picks the attempt, then asks, grades and stores
    /// each remaining question until the answers run out or the quiz is done.
    func takeQuiz() throws {
        guard let lessonID = lesson else { return }
        let clock = try CommandClock.current()
        let catalog = try global.catalog()
        let content = try catalog.requireLesson(lessonID, in: course)
        guard let quiz = content.quiz, !quiz.questions.isEmpty else { throw CLIError.noQuiz(lesson: lessonID) }
        let input = AnswerInput.choose(answers: answers)
        if json && input.isInteractive {
            throw CLIError.usage("--json needs --answers or answers on standard input")
        }
        let interactive = input.isInteractive
        let store = try global.openStore()
        let learner = try store.enrolledLearner(handle: global.learnerHandle, courseID: course)
        var feed = AnswerFeed(input)

        let attempt = try chooseAttempt(store: store, learner: learner, contentVersion: content.contentVersion,
                                        interactive: interactive, feed: &feed, clock: clock)
        let stored = try store.responses(attemptID: attempt.id)
        var session = QuizSession(quiz: quiz, seed: attempt.seed, previous: stored.map(Self.given))
        let width = Terminal.width
        if interactive {
            InterruptNotice.install()
            print("\(content.title): \(quiz.questions.count) questions, pass mark \(quiz.passMark)%.")
        }

        while let question = session.next {
            let number = session.currentNumber
            let shown = session.shownChoices(for: question)
            if interactive {
                print("\nQuestion \(number) of \(session.questionCount)")
                print(QuestionText.render(question, shown: shown, width: width))
            }
            var answer: GradedAnswer?
            while answer == nil, let typed = feed.next(prompt: QuestionText.answerPrompt(question, shown: shown)) {
                do {
                    answer = try session.answerNext(typed)
                } catch {
                    guard interactive else { throw CLIError.invalidAnswer(error.description) }
                    print("  \(error.reason); try again.")
                }
            }
            guard let graded = answer else { break }
            try store.recordAnswer(
                AnswerRecord(
                    questionID: question.id, answerGiven: graded.given.typed, shownChoices: graded.given.shownChoices,
                    isCorrect: graded.grade.correct, points: graded.grade.points, maxPoints: graded.maxPoints,
                    reviewItemKey: ReviewKey.question(lessonID: lessonID, questionID: question.id)),
                attempt: attempt, contentVersion: content.contentVersion, now: clock.now)
            if interactive {
                if feedback == .each {
                    print(Self.feedbackText(question: question, answer: graded, width: width))
                }
            } else if !json {
                print("\(number)/\(session.questionCount) \(question.id): "
                      + (graded.grade.correct ? "right" : "wrong, answer \(RightAnswer.typed(for: question, shown: shown))"))
            }
        }

        guard session.isComplete else {
            let message = "Stopped after \(session.answers.count) of \(session.questionCount) answers; they are saved. "
                + "Run `course quiz --lesson \(lessonID)` to continue attempt \(attempt.id)."
            if json {
                try JSONOutput.print(AttemptSummary(attempt: attempt, learner: learner.handle, quiz: quiz,
                                                    answers: session.answers))
                FileHandle.standardError.write(Data((message + "\n").utf8))
            } else {
                print((interactive ? "\n" : "") + message)
            }
            return
        }

        let finished = try store.finishAttempt(
            id: attempt.id, score: session.points, maxScore: session.maxPoints,
            contentVersion: content.contentVersion, regraded: Self.regradedEarlier(stored, session: session),
            now: clock.now)
        let lessonScore = try Self.lessonScore(store: store, learner: learner, course: course, lessonID: lessonID,
                                               policy: quiz.scoring)
        if json {
            var summary = AttemptSummary(attempt: finished, learner: learner.handle, quiz: quiz, answers: session.answers)
            summary.lessonScore = lessonScore
            try JSONOutput.print(summary)
            return
        }
        if interactive && feedback == .end {
            // Every answer of the attempt, also those given before a resume.
            print("\nAnswers")
            for (index, answer) in session.answers.enumerated() {
                guard let question = quiz.question(id: answer.questionID) else { continue }
                print("\n" + QuestionText.numbered(index + 1, question.prompt, width: width))
                print("   your answer: \(answer.given.typed)")
                print(Self.feedbackText(question: question, answer: answer, width: width))
            }
        }
        print((interactive ? "\n" : "") + ScoreText.line(
            percentage: session.percentage, points: session.points, questions: session.questionCount,
            passMark: quiz.passMark))
        if let lessonScore {
            print("Lesson score (\(quiz.scoring.rawValue) of your finished attempts): \(ScoreText.percent(lessonScore)).")
        }
        let missed = session.answers.filter { !$0.grade.correct }.count
        if missed > 0 {
            print("\(missed) missed question\(missed == 1 ? "" : "s") added to your reviews: run `course review`.")
        }
    }

    /// The unfinished attempt to resume, or a new one (abandoning the old one on
    /// `--restart` or when the learner declines to resume).
    private func chooseAttempt(
        store: CourseStore, learner: Learner, contentVersion: String, interactive: Bool,
        feed: inout AnswerFeed, clock: any Clock
    ) throws -> QuizAttempt {
        guard let lessonID = lesson else { throw CLIError.usage("--lesson is required") }
        if let unfinished = try store.unfinishedAttempt(learnerID: learner.id, courseID: course, lessonID: lessonID) {
            let answered = try store.responses(attemptID: unfinished.id).count
            var resume = !restart
            if resume && interactive {
                print("You have an unfinished attempt (\(answered) answered, started "
                      + "\(Timestamp.string(from: unfinished.startedAt))).")
                let reply = feed.next(prompt: "Resume it? [Y/n] ")?.trimmingCharacters(in: .whitespaces).lowercased()
                guard let reply else { throw CLIError.usage("no reply; nothing changed") }
                resume = !(reply == "n" || reply == "no")
            }
            if resume {
                if !interactive {
                    FileHandle.standardError.write(Data(
                        "note: resuming attempt \(unfinished.id) after \(answered) answers (--restart starts over)\n".utf8))
                }
                return unfinished
            }
            try store.abandonAttempt(id: unfinished.id, now: clock.now)
        }
        let attemptSeed = seed ?? Int64.random(in: 0...Int64.max)
        return try store.startAttempt(learnerID: learner.id, courseID: course, lessonID: lessonID,
                                      contentVersion: contentVersion, seed: attemptSeed, now: clock.now)
    }

    /// The lesson's quiz score in percent under the quiz's scoring policy (highest,
    /// last, first or average of the finished attempts).
    static func lessonScore(store: CourseStore, learner: Learner, course: String, lessonID: String,
                            policy: ScoringPolicy) throws -> Double? {
        let scores = try store.attempts(learnerID: learner.id, courseID: course, lessonID: lessonID)
            .filter { $0.state == .finished }
            .compactMap { attempt -> Double? in
                guard let score = attempt.score, let maximum = attempt.maxScore, maximum > 0 else { return nil }
                return 100 * score / maximum
            }
        return QuizGrader.lessonScore(finishedScores: scores, policy: policy)
    }

    static func given(_ response: QuizResponse) -> GivenAnswer {
        GivenAnswer(questionID: response.questionID, typed: response.answerGiven, shownChoices: response.shownChoices)
    }

    /// Earlier answers whose grade differs under the current content (it changed while
    /// the attempt was unfinished): saved with the finished attempt.
    static func regradedEarlier(_ stored: [QuizResponse], session: QuizSession) -> [ResponseGradeUpdate] {
        let byQuestion = Dictionary(session.answers.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
        return stored.compactMap { response in
            guard let now = byQuestion[response.questionID],
                  now.grade.correct != response.isCorrect || abs(now.grade.points - response.points) > 1e-9
            else { return nil }
            return ResponseGradeUpdate(responseID: response.id, isCorrect: now.grade.correct,
                                       points: now.grade.points, maxPoints: now.maxPoints)
        }
    }

    /// `Right.` or `Not quite: the answer is b) ...`, then the explanation.
    static func feedbackText(question: QuizQuestion, answer: GradedAnswer, width: Int) -> String {
        let verdict: String
        if answer.grade.correct {
            verdict = "Right."
        } else if answer.grade.points > 0 {
            verdict = "Partly right (\(ScoreText.points(answer.grade.points)) point). The answer: "
                + RightAnswer.described(for: question, shown: answer.given.shownChoices)
        } else {
            verdict = "Not quite. The answer: " + RightAnswer.described(for: question, shown: answer.given.shownChoices)
        }
        return QuestionText.wrap(verdict, width: width, indent: "  ") + "\n"
            + QuestionText.wrap("  " + question.explanation, width: width, indent: "  ")
    }
}
