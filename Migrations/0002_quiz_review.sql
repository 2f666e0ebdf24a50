-- 0002_quiz_review: what the quiz engine and review need beyond 0001.

-- The choices of a `single`/`multiple` question in the order the learner saw
-- them (a JSON array of the choice texts), so the lettered answer in
-- `answerGiven` can be read back and regraded even after the content changes.
-- NULL for questions without choices.
ALTER TABLE quizResponse ADD COLUMN shownChoices TEXT;

-- A question is answered at most once per attempt: a resumed attempt continues
-- with the questions that have no answer yet.
CREATE UNIQUE INDEX quizResponse_attempt_question_unique ON quizResponse(attemptId, questionId);

-- How long the learner took over a review, in milliseconds (the FSRS
-- optimizer's `review_duration`).
ALTER TABLE reviewLog ADD COLUMN durationMs INTEGER NOT NULL DEFAULT 0;
