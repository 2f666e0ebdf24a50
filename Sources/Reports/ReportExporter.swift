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
                try Self.write(row, to: writer)
            }
        case .attempts:
            try store.forEachAttemptRow(courseID: courseID) { row in try Self.write(row, to: writer) }
        case .responses:
            try store.forEachResponseRow(courseID: courseID) { row in try Self.write(row, to: writer) }
        case .reviews:
            try store.forEachReviewLogRow(courseID: courseID) { row in try Self.write(row, to: writer) }
        }
        try writer.flush()
        return writer.rowsWritten - before
    }

    static func write(_ row: ProgressReportRow, to writer: CSVWriter) throws {
        writer.writeCell(.text(row.handle))
        writer.writeCell(.text(row.name))
        writer.writeCell(.text(row.lessonID))
        writer.writeCell(.text(row.status.rawValue))
        writer.writeCell(.integer(row.sectionsRead))
        writer.writeCell(.optionalNumber(row.bestScore))
        writer.writeCell(.integer(row.attempts))
        writer.writeCell(.integer(row.exercisesPassed))
        writer.writeCell(.optionalText(row.completedAt))
        try writer.endRow()
    }

    static func write(_ row: AttemptReportRow, to writer: CSVWriter) throws {
        writer.writeCell(.integer(row.attemptID))
        writer.writeCell(.text(row.handle))
        writer.writeCell(.text(row.name))
        writer.writeCell(.text(row.courseID))
        writer.writeCell(.text(row.lessonID))
        writer.writeCell(.text(row.contentVersion))
        writer.writeCell(.text(row.state))
        writer.writeCell(.integer(row.seed))
        writer.writeCell(.optionalNumber(row.score))
        writer.writeCell(.optionalNumber(row.maxScore))
        writer.writeCell(.text(row.startedAt))
        writer.writeCell(.optionalText(row.finishedAt))
        try writer.endRow()
    }

    static func write(_ row: ResponseReportRow, to writer: CSVWriter) throws {
        writer.writeCell(.integer(row.attemptID))
        writer.writeCell(.text(row.handle))
        writer.writeCell(.text(row.name))
        writer.writeCell(.text(row.courseID))
        writer.writeCell(.text(row.lessonID))
        writer.writeCell(.text(row.questionID))
        writer.writeCell(.text(row.answerGiven))
        writer.writeCell(.text(row.isCorrect ? "true" : "false"))
        writer.writeCell(.number(row.points))
        writer.writeCell(.number(row.maxPoints))
        writer.writeCell(.text(row.contentVersion))
        writer.writeCell(.text(row.attemptStartedAt))
        writer.writeCell(.text(row.answeredAt))
        writer.writeCell(.optionalText(row.shownChoices))
        try writer.endRow()
    }

    /// review_time is epoch milliseconds, as the FSRS optimizer expects.
    static func write(_ row: ReviewLogReportRow, to writer: CSVWriter) throws {
        let milliseconds = Timestamp.date(from: row.reviewedAt)
            .map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) } ?? 0
        writer.writeCell(.integer(row.reviewItemID))
        writer.writeCell(.integer(milliseconds))
        writer.writeCell(.integer(Int64(row.rating)))
        writer.writeCell(.integer(Int64(row.state.optimizerValue)))
        writer.writeCell(.integer(Int64(row.durationMilliseconds)))
        try writer.endRow()
    }
}
