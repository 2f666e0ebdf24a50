import CourseModel
import CourseStore

/// Streams one report from the store into a CSV writer: header, then one row per
/// cursor row, flushed as the buffer fills. Independent of where lessons come
/// from: the caller passes the course's lesson ids in order.
public struct ReportExporter {
    public let store: CourseStore
    public let courseID: String
    /// The course's lessons in order (the progress report has one row per learner and lesson).
    public let lessonIDs: [String]

    public init(store: CourseStore, courseID: String, lessonIDs: [String]) {
        self.store = store
        self.courseID = courseID
        self.lessonIDs = lessonIDs
    }

    /// Writes the whole report and flushes; returns the number of data rows.
    @discardableResult
    public func write(_ kind: ReportKind, to writer: CSVWriter) throws -> Int {
        try writer.writeHeader(kind.columns)
        let before = writer.rowsWritten
        switch kind {
        case .progress:
            try store.forEachProgressRow(courseID: courseID, lessonIDs: lessonIDs) { row in
                try writer.writeRow(Self.cells(row))
            }
        case .attempts:
            try store.forEachAttemptRow(courseID: courseID) { row in try writer.writeRow(Self.cells(row)) }
        case .responses:
            try store.forEachResponseRow(courseID: courseID) { row in try writer.writeRow(Self.cells(row)) }
        case .reviews:
            try store.forEachReviewLogRow(courseID: courseID) { row in try writer.writeRow(Self.cells(row)) }
        }
        try writer.flush()
        return writer.rowsWritten - before
    }

    static func cells(_ row: ProgressReportRow) -> [CSVCell] {
        [.text(row.handle), .text(row.name), .text(row.lessonID), .text(row.status.rawValue),
         .integer(row.sectionsRead), .optionalNumber(row.bestScore), .integer(row.attempts),
         .integer(row.exercisesPassed), .optionalText(row.completedAt)]
    }

    static func cells(_ row: AttemptReportRow) -> [CSVCell] {
        [.integer(row.attemptID), .text(row.handle), .text(row.name), .text(row.courseID), .text(row.lessonID),
         .text(row.contentVersion), .text(row.state), .integer(row.seed), .optionalNumber(row.score),
         .optionalNumber(row.maxScore), .text(row.startedAt), .optionalText(row.finishedAt)]
    }

    static func cells(_ row: ResponseReportRow) -> [CSVCell] {
        [.integer(row.attemptID), .text(row.handle), .text(row.name), .text(row.courseID), .text(row.lessonID),
         .text(row.questionID), .text(row.answerGiven), .text(row.isCorrect ? "true" : "false"),
         .number(row.points), .number(row.maxPoints), .text(row.contentVersion), .text(row.attemptStartedAt),
         .text(row.answeredAt), .optionalText(row.shownChoices)]
    }

    /// review_time is epoch milliseconds, as the FSRS optimizer expects.
    static func cells(_ row: ReviewLogReportRow) -> [CSVCell] {
        let milliseconds = Timestamp.date(from: row.reviewedAt)
            .map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } ?? 0
        return [.integer(row.reviewItemID), .integer(milliseconds), .integer(Int64(row.rating)),
                .integer(Int64(row.state.optimizerValue)), .integer(Int64(row.durationMilliseconds))]
    }
}
