import CourseModel
import Testing
@testable import Grading

private func sampleQuiz() -> Quiz {
    var questions = [
        QuizQuestion(id: "one", kind: .single, prompt: "Pick B", choices: ["A", "B", "C", "D"], answer: .choice("B"),
                     explanation: "", tags: [], line: 1),
        QuizQuestion(id: "two", kind: .multiple, prompt: "Pick W and Y", choices: ["W", "X", "Y", "Z"],
                     answer: .choices(["W", "Y"]), explanation: "", tags: [], line: 2),
        QuizQuestion(id: "three", kind: .short, prompt: "Say one", choices: [], answer: .text(["1", "one"]),
                     explanation: "", tags: [], line: 3),
        QuizQuestion(id: "four", kind: .blank, prompt: "___ and ___", choices: [],
                     answer: .blanks([["is"], ["not"]]), explanation: "", tags: [], line: 4),
    ]
    questions[0].tags = ["t"]
    return Quiz(passMark: 70, questions: questions)
}

@Test func choiceOrderIsAPermutationFixedBySeedAndQuestion() {
    let quiz = sampleQuiz()
    let question = quiz.questions[0]
    let orders = (0..<50).map { ChoiceOrder.shown(question, seed: Int64($0)) }
    for order in orders { #expect(order.sorted() == question.choices.sorted()) }
    #expect(Set(orders).count > 5, "different seeds should give different orders")
    #expect(ChoiceOrder.shown(question, seed: 42) == ChoiceOrder.shown(question, seed: 42))
    // The order of a question does not depend on the other questions of the quiz.
    var renamed = quiz.questions[1]
    renamed.id = "one"
    renamed.choices = question.choices
    #expect(ChoiceOrder.shown(renamed, seed: 9) == ChoiceOrder.shown(question, seed: 9))
}

@Test func rightAnswersTypedInShownLettersScoreFull() throws {
    var session = QuizSession(quiz: sampleQuiz(), seed: 1234)
    while let question = session.next {
        try session.answerNext(RightAnswer.typed(for: question, shown: session.shownChoices(for: question)))
    }
    #expect(session.isComplete)
    #expect(session.points == 4)
    #expect(session.percentage == 100)
    #expect(session.passed)
}

@Test func wrongAndPartAnswersScoreByPoints() throws {
    var session = QuizSession(quiz: sampleQuiz(), seed: 7)
    let first = session.next!
    let wrongLetter = session.shownChoices(for: first).firstIndex { $0 != "B" }!
    try session.answerNext(ChoiceOrder.letter(wrongLetter))
    let second = session.next!
    try session.answerNext(RightAnswer.typed(for: second, shown: session.shownChoices(for: second)))
    try session.answerNext("  ONE ")
    try session.answerNext("is | maybe")
    #expect(session.answers.map(\.grade.correct) == [false, true, true, false])
    #expect(session.points == 2.5)
    #expect(session.percentage == 62.5)
    #expect(!session.passed)
}

@Test func unreadableAnswerChangesNothing() {
    var session = QuizSession(quiz: sampleQuiz(), seed: 7)
    #expect(throws: AnswerParseError.self) { try session.answerNext("z") }
    #expect(session.answers.isEmpty)
    #expect(session.next?.id == "one")
}

@Test func resumedSessionContinuesWithUnansweredQuestionsAndSameLetters() throws {
    var first = QuizSession(quiz: sampleQuiz(), seed: 99)
    try first.answerNext("a")
    try first.answerNext("b+d")
    let stored = first.answers.map(\.given)
    let resumed = QuizSession(quiz: sampleQuiz(), seed: 99, previous: stored)
    #expect(resumed.answers == first.answers)
    #expect(resumed.next?.id == "three")
    #expect(resumed.currentNumber == 3)
    #expect(resumed.shownChoices(for: sampleQuiz().questions[1]) == first.shownChoices(for: sampleQuiz().questions[1]))
}

@Test func regradeFollowsAChangedAnswerAndIgnoresRemovedQuestions() throws {
    var session = QuizSession(quiz: sampleQuiz(), seed: 5)
    let question = session.next!
    let shown = session.shownChoices(for: question)
    let letterOfC = ChoiceOrder.letter(shown.firstIndex(of: "C")!)
    try session.answerNext(letterOfC)   // wrong today: the answer is B
    let second = session.next!
    try session.answerNext(RightAnswer.typed(for: second, shown: session.shownChoices(for: second)))
    let stored = session.answers.enumerated().map { index, answer in
        StoredGrade(responseID: Int64(index + 1), given: answer.given, isCorrect: answer.grade.correct,
                    points: answer.grade.points, maxPoints: 1)
    }
    var changed = sampleQuiz()
    changed.questions[0].answer = .choice("C")
    changed.questions.remove(at: 1)
    let result = Regrader.regrade(stored, quiz: changed, oldScore: 1, oldMaxScore: 2)
    #expect(result.changes.map(\.responseID) == [1])
    #expect(result.changes.first?.isCorrect == true)
    #expect(result.newScore == 1 && result.newMaxScore == 1)
    #expect(result.oldPercentage == 50 && result.newPercentage == 100)

    let unchanged = Regrader.regrade(stored, quiz: sampleQuiz(), oldScore: 1, oldMaxScore: 2)
    #expect(unchanged.changes.isEmpty && !unchanged.scoreChanged)
}
