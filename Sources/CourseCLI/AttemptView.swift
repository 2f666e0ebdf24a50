import CourseModel
import CourseStore
import Grading

/// `course review --attempt N`: a past attempt as the learner saw it, with the
/// stored verdicts, the right answers of the current content and the explanations.
struct AttemptView {
    let catalog: CourseCatalog
    let store: CourseStore
    let learner: Learner
    let attemptID: Int64

    func show() throws {
        let attempt = try store.attempt(id: attemptID)
        guard attempt.learnerID == learner.id else { throw StoreError.unknownAttempt(id: attemptID) }
        let lesson = try catalog.requireLesson(attempt.lessonID, in: attempt.courseID)
        let responses = try store.responses(attemptID: attemptID)
        let width = Terminal.width
        var header = "Attempt \(attempt.id) at \(lesson.title) (\(attempt.lessonID)): \(attempt.state.rawValue), "
            + "started \(Timestamp.string(from: attempt.startedAt))"
        if let score = attempt.score, let maximum = attempt.maxScore, maximum > 0, let quiz = lesson.quiz {
            header += "\n" + ScoreText.line(percentage: 100 * score / maximum, points: score,
                                            questions: Int(maximum), passMark: quiz.passMark)
        }
        if attempt.contentVersion != lesson.contentVersion {
            header += "\n(graded against content \(attempt.contentVersion.prefix(12)); the lesson has changed since)"
        }
        print(header)
        for (index, response) in responses.enumerated() {
            print("")
            guard let question = lesson.quiz?.question(id: response.questionID) else {
                print("\(index + 1). [\(response.questionID): no longer in the quiz] your answer: \(response.answerGiven)")
                continue
            }
            print(QuestionText.numbered(index + 1, question.prompt, width: width))
            let shown = response.shownChoices.isEmpty ? question.choices : response.shownChoices
            let picked = Set(Self.letters(response.answerGiven))
            let right = Set(RightAnswer.typed(for: question, shown: shown).split(separator: "+").map(String.init))
            if question.choices.isEmpty {
                print("   your answer: \(response.answerGiven)")
                print("   right answer: \(RightAnswer.described(for: question, shown: shown))")
            } else {
                for (position, choice) in shown.enumerated() {
                    let letter = ChoiceOrder.letter(position)
                    let mine = picked.contains(letter) ? ">" : " "
                    let mark = right.contains(letter) ? " (right)" : ""
                    print(QuestionText.wrap("  \(mine)\(letter)) \(choice)\(mark)", width: width, indent: "      "))
                }
                print("   your answer: \(response.answerGiven)")
            }
            print("   " + (response.isCorrect ? "right" : response.points > 0
                ? "partly right (\(ScoreText.points(response.points)) point)" : "wrong"))
            print(QuestionText.wrap("   " + question.explanation, width: width, indent: "   "))
        }
        if responses.isEmpty { print("\nNo answers stored.") }
    }

    /// The letters in an answer such as `a+c`.
    static func letters(_ typed: String) -> [String] {
        typed.lowercased().compactMap { $0.isLetter && $0.isASCII ? String($0) : nil }
    }
}
