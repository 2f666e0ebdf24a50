import CourseModel
import Testing
@testable import Grading

private func question(_ kind: QuestionKind, choices: [String] = [], answer: QuizAnswer,
                      pattern: String? = nil, partial: Bool = false) -> QuizQuestion {
    var q = QuizQuestion(id: "q", kind: kind, prompt: "p", choices: choices, answer: answer,
                         explanation: "", tags: [], line: 1)
    q.pattern = pattern
    q.partialCredit = partial
    return q
}

@Test func singleChoiceByLetterOfShownOrder() throws {
    let q = question(.single, choices: ["A", "B", "C"], answer: .choice("C"))
    // The learner saw the options shuffled: C was shown first.
    let answer = try LearnerAnswer.parse("a", for: q, shownChoices: ["C", "A", "B"])
    #expect(QuizGrader.grade(answer, for: q).correct)
    #expect(!QuizGrader.grade(.choice("A"), for: q).correct)
}

@Test func badLettersAreRejectedWithTheRange() {
    let q = question(.single, choices: ["A", "B"], answer: .choice("A"))
    #expect(throws: AnswerParseError.self) { try LearnerAnswer.parse("z", for: q, shownChoices: q.choices) }
    #expect(throws: AnswerParseError.self) { try LearnerAnswer.parse("ab", for: q, shownChoices: q.choices) }
    #expect(throws: AnswerParseError.self) { try LearnerAnswer.parse("", for: q, shownChoices: q.choices) }
}

@Test func multipleIsAllOrNothingUnlessPartialCredit() throws {
    let choices = ["w", "x", "y", "z"]
    let strict = question(.multiple, choices: choices, answer: .choices(["w", "y"]))
    let lenient = question(.multiple, choices: choices, answer: .choices(["w", "y"]), partial: true)
    let half = try LearnerAnswer.parse("a", for: strict, shownChoices: choices)
    #expect(QuizGrader.grade(half, for: strict).points == 0)
    #expect(QuizGrader.grade(half, for: lenient).points == 0.5)
    #expect(QuizGrader.grade(.choices(["w", "x"]), for: lenient).points == 0)
    let all = try LearnerAnswer.parse("c+a", for: strict, shownChoices: choices)
    #expect(QuizGrader.grade(all, for: strict).correct)
}

@Test func shortAnswersAreNormalised() {
    let q = question(.short, answer: .text(["weakref.ref(obj)", "ref"]))
    for typed in ["  Weakref.Ref( obj ) ", "`weakref.ref(obj)`", "\"REF\""] {
        #expect(QuizGrader.grade(.text(typed), for: q).correct, "\(typed)")
    }
    #expect(!QuizGrader.grade(.text("weakref.proxy(obj)"), for: q).correct)
}

@Test func shortAnswerPatternIsAnAlternative() {
    let q = question(.short, answer: .text(["1"]), pattern: #"(one|1)( reference)?"#)
    #expect(QuizGrader.grade(.text("One reference"), for: q).correct)
    #expect(!QuizGrader.grade(.text("two"), for: q).correct)
}

@Test func blanksAreGradedOneByOne() throws {
    let q = question(.blank, answer: .blanks([["is not", "!="], ["gc.collect()"]]))
    let answer = try LearnerAnswer.parse("is  not | gc.collect( )", for: q, shownChoices: [])
    #expect(QuizGrader.grade(answer, for: q) == QuestionGrade(correct: true, points: 1, blanks: [true, true]))
    let half = QuizGrader.grade(.blanks(["is", "gc.collect()"]), for: q)
    #expect(!half.correct && half.points == 0.5 && half.blanks == [false, true])
}

@Test func scorePoliciesAsMoodle() {
    let scores = [40.0, 90.0, 70.0]
    #expect(QuizGrader.lessonScore(finishedScores: scores, policy: .highest) == 90)
    #expect(QuizGrader.lessonScore(finishedScores: scores, policy: .last) == 70)
    #expect(QuizGrader.lessonScore(finishedScores: scores, policy: .first) == 40)
    #expect(QuizGrader.lessonScore(finishedScores: scores, policy: .average) == 200.0 / 3)
    #expect(QuizGrader.lessonScore(finishedScores: [], policy: .highest) == nil)
}

@Test func percentageAndPassMark() {
    let grades = [QuestionGrade(correct: true, points: 1), QuestionGrade(correct: false, points: 0.5),
                  QuestionGrade(correct: false, points: 0)]
    #expect(QuizGrader.percentage(of: grades) == 50)
    #expect(QuizGrader.passes(70, passMark: 70))
    #expect(!QuizGrader.passes(69.9, passMark: 70))
}
