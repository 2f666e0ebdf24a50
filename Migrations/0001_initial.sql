-- 0001_initial: the whole first schema of `course`.
--
-- Conventions: table names singular, columns camelCase, explicit integer `id`,
-- every foreign key indexed. Instants are TEXT in UTC, ISO 8601 with
-- milliseconds and a `Z` (`2026-11-25T01:04:14.123Z`), so they sort as text
-- and export as they are. Booleans are 0/1 integers. Course, lesson, question
-- and exercise ids are the stable text ids of `Content/`.
--
-- Applied migrations are never edited: add `0002_...sql` instead.

-- Checksums of applied migrations, recorded by `course` in the same
-- transaction as each migration and verified every time a database is opened.
CREATE TABLE migrationChecksum (
    identifier TEXT NOT NULL PRIMARY KEY,
    checksum TEXT NOT NULL,
    appliedAt TEXT NOT NULL
);

-- Small key/value settings of this database, e.g. `currentLearner`.
CREATE TABLE setting (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE learner (
    id INTEGER PRIMARY KEY,
    handle TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    createdAt TEXT NOT NULL
);
CREATE INDEX learner_name ON learner(name);

CREATE TABLE enrolment (
    id INTEGER PRIMARY KEY,
    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    courseId TEXT NOT NULL,
    enrolledAt TEXT NOT NULL,
    UNIQUE (learnerId, courseId)
);
CREATE INDEX enrolment_courseId ON enrolment(courseId, learnerId);

-- A lesson a learner has opened; `completedAt` is set once it is done.
CREATE TABLE lessonProgress (
    id INTEGER PRIMARY KEY,
    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    courseId TEXT NOT NULL,
    lessonId TEXT NOT NULL,
    startedAt TEXT NOT NULL,
    completedAt TEXT,
    UNIQUE (learnerId, courseId, lessonId)
);

-- Each section read, once (zero-based section index within the lesson).
CREATE TABLE sectionRead (
    lessonProgressId INTEGER NOT NULL REFERENCES lessonProgress(id) ON DELETE CASCADE,
    section INTEGER NOT NULL CHECK (section >= 0),
    readAt TEXT NOT NULL,
    PRIMARY KEY (lessonProgressId, section)
) WITHOUT ROWID;

CREATE TABLE quizAttempt (
    id INTEGER PRIMARY KEY,
    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    courseId TEXT NOT NULL,
    lessonId TEXT NOT NULL,
    contentVersion TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'in_progress'
        CHECK (state IN ('in_progress', 'finished', 'abandoned')),
    seed INTEGER NOT NULL,
    startedAt TEXT NOT NULL,
    finishedAt TEXT,
    score REAL,
    maxScore REAL
);
CREATE INDEX quizAttempt_learner_lesson ON quizAttempt(learnerId, courseId, lessonId, state);

CREATE TABLE quizResponse (
    id INTEGER PRIMARY KEY,
    attemptId INTEGER NOT NULL REFERENCES quizAttempt(id) ON DELETE CASCADE,
    questionId TEXT NOT NULL,
    answerGiven TEXT NOT NULL,
    isCorrect INTEGER NOT NULL CHECK (isCorrect IN (0, 1)),
    points REAL NOT NULL,
    maxPoints REAL NOT NULL,
    contentVersion TEXT NOT NULL,
    answeredAt TEXT NOT NULL
);
CREATE INDEX quizResponse_attempt ON quizResponse(attemptId, questionId);

CREATE TABLE exerciseSubmission (
    id INTEGER PRIMARY KEY,
    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    courseId TEXT NOT NULL,
    lessonId TEXT NOT NULL,
    exerciseId TEXT NOT NULL,
    contentVersion TEXT NOT NULL,
    source TEXT NOT NULL,
    output TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('passed', 'failed', 'error')),
    durationMs INTEGER NOT NULL,
    hintsUsed INTEGER NOT NULL DEFAULT 0,
    submittedAt TEXT NOT NULL
);
CREATE INDEX exerciseSubmission_learner_lesson
    ON exerciseSubmission(learnerId, courseId, lessonId, verdict, exerciseId);

-- FSRS memory state of one thing a learner reviews.
CREATE TABLE reviewItem (
    id INTEGER PRIMARY KEY,
    learnerId INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
    courseId TEXT NOT NULL,
    lessonId TEXT NOT NULL,
    itemKey TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new'
        CHECK (state IN ('new', 'learning', 'review', 'relearning')),
    step INTEGER NOT NULL DEFAULT 0,
    stability REAL NOT NULL DEFAULT 0,
    difficulty REAL NOT NULL DEFAULT 0,
    due TEXT NOT NULL,
    lastReview TEXT,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    UNIQUE (learnerId, courseId, itemKey)
);
CREATE INDEX reviewItem_due ON reviewItem(learnerId, due);

-- Every rating given, with the item's state before it (so the last one can be undone).
CREATE TABLE reviewLog (
    id INTEGER PRIMARY KEY,
    reviewItemId INTEGER NOT NULL REFERENCES reviewItem(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewedAt TEXT NOT NULL,
    previousState TEXT NOT NULL,
    previousStep INTEGER NOT NULL,
    previousStability REAL NOT NULL,
    previousDifficulty REAL NOT NULL,
    previousDue TEXT NOT NULL,
    previousLastReview TEXT,
    previousReps INTEGER NOT NULL,
    previousLapses INTEGER NOT NULL
);
CREATE INDEX reviewLog_item ON reviewLog(reviewItemId, reviewedAt);
