SELECT a.id, l.handle, l.name, a.courseId, a.lessonId, a.contentVersion, a.state, a.seed,
       a.score, a.maxScore, a.startedAt, a.finishedAt
FROM quizAttempt a JOIN learner l ON l.id = a.learnerId
WHERE a.courseId = 'python-weakref'
ORDER BY a.id;
