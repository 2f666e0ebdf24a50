-- How many hints of each exercise a learner has been shown (`course exercise hint`).
-- The count only grows; each submission copies it into exerciseSubmission.hintsUsed.
CREATE TABLE exerciseHint (
    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    courseId TEXT NOT NULL,
    exerciseId TEXT NOT NULL,
    hintsShown INTEGER NOT NULL CHECK (hintsShown >= 0),
    lastShownAt TEXT NOT NULL,
    PRIMARY KEY (learnerId, courseId, exerciseId)
) WITHOUT ROWID;
