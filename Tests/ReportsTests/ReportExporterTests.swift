import CourseModel
import CourseStore
import CourseTestSupport
import Foundation
import Reports
import Testing

@Suite struct ReportExporterTests {
    let course = CourseModel.defaultCourseID

    @Test func progressHasOneRowPerLearnerAndLessonIncludingNotAttempted() throws {
        // Given three learners, one with a formula-looking name, one who has done some work
        let database = try TemporaryDatabase()
        let store = database.store
        let names = [CSVWriterTests.hyperlinkPayload, "Zoë \"Zed\" O'Brien, Jr.", "Line\nBreak"]
        var learners: [Learner] = []
        for name in names { learners.append(try store.enrol(.name(name), courseID: course).learner) }
        let worker = learners[1]
        try store.markSectionRead(learnerID: worker.id, courseID: course, lessonID: "weakref", section: 0, sectionCount: 1,
                                  now: Date(timeIntervalSince1970: 1_764_000_000))
        let attempt = try store.startAttempt(learnerID: worker.id, courseID: course, lessonID: "weakref", contentVersion: "v1", seed: 1)
        try store.finishAttempt(id: attempt.id, score: 2, maxScore: 4)
        try store.recordSubmission(learnerID: worker.id, courseID: course, lessonID: "weakref", exerciseID: "e1",
                                   contentVersion: "v1", source: "", output: "", verdict: .passed,
                                   durationMilliseconds: 1, hintsUsed: 1)

        // When the progress report is exported for two lessons
        let sink = MemorySink()
        let count = try ReportExporter(store: store, courseID: course, lessonIDs: ["weakref", "finalize"])
            .write(.progress, to: CSVWriter(sink: sink))

        // Then a real CSV parser reads back the data, by handle then lesson order
        let rows = try PythonCSV.parse(sink.bytes)
        #expect(count == 6)
        #expect(rows.first == ReportKind.progress.columns)
        let byHandle = learners.sorted { $0.handle < $1.handle }
        var expected: [[String]] = []
        for learner in byHandle {
            let shownName = learner.name.hasPrefix("=") ? "'" + learner.name : learner.name
            if learner.id == worker.id {
                expected.append([learner.handle, shownName, "weakref", "Completed", "1", "0.5", "1", "1",
                                 "2025-11-24T16:00:00.000Z"])
            } else {
                expected.append([learner.handle, shownName, "weakref", "Not Attempted", "0", "", "0", "0", ""])
            }
            expected.append([learner.handle, shownName, "finalize", "Not Attempted", "0", "", "0", "0", ""])
        }
        #expect(Array(rows.dropFirst()) == expected)
    }

    @Test func responsesKeepTheAnswerAsGivenWithItsContentVersion() throws {
        let database = try TemporaryDatabase()
        let store = database.store
        let ada = try store.enrol(.name("Ada Lovelace"), courseID: course).learner
        let attempt = try store.startAttempt(learnerID: ada.id, courseID: course, lessonID: "weakref", contentVersion: "v2", seed: 3)
        let answers = [CSVWriterTests.commandPayload, "a, \"b\"\nc", "-1"]
        for (index, answer) in answers.enumerated() {
            try store.recordResponse(attemptID: attempt.id, questionID: "q\(index)", answerGiven: answer,
                                     isCorrect: index == 2, points: index == 2 ? 1 : 0, maxPoints: 1, contentVersion: "v2")
        }
        try store.finishAttempt(id: attempt.id, score: 1, maxScore: 3)

        let sink = MemorySink()
        try ReportExporter(store: store, courseID: course, lessonIDs: ["weakref"]).write(.responses, to: CSVWriter(sink: sink))
        let rows = try PythonCSV.parse(sink.bytes)
        #expect(rows.first == ReportKind.responses.columns)
        #expect(rows.count == 4)
        let answerColumn = try #require(ReportKind.responses.columns.firstIndex(of: "answer_given"))
        #expect(rows.dropFirst().map { $0[answerColumn] } == ["'" + answers[0], answers[1], "'-1"])
        #expect(rows[3][ReportKind.responses.columns.firstIndex(of: "correct")!] == "true")
        #expect(rows[3][ReportKind.responses.columns.firstIndex(of: "points")!] == "1")
        #expect(rows.dropFirst().allSatisfy { $0[ReportKind.responses.columns.firstIndex(of: "content_version")!] == "v2" })

        let attemptsSink = MemorySink()
        try ReportExporter(store: store, courseID: course, lessonIDs: ["weakref"]).write(.attempts, to: CSVWriter(sink: attemptsSink))
        let attemptRows = try PythonCSV.parse(attemptsSink.bytes)
        #expect(attemptRows.count == 2)
        #expect(attemptRows[1][0] == String(attempt.id))
        #expect(attemptRows[1][ReportKind.attempts.columns.firstIndex(of: "state")!] == "finished")
        #expect(attemptRows[1][ReportKind.attempts.columns.firstIndex(of: "score")!] == "1")
    }
}
