-- CreateIndex
CREATE INDEX "Feedback_responseId_idx" ON "Feedback"("responseId");


-- Hand-written: Prisma's schema language has no partial or covering indexes.
-- The review pages (gradebook, item analysis, grade by question, grading labels) all start from
-- "the latest submitted attempt of each student at each quiz of an assignment". This index holds
-- exactly those rows in that order, with the columns the pages read, so PostgreSQL answers with
-- an index-only scan and no sort instead of reading every attempt row (each carries its question
-- versions as JSON) and sorting them. docs/performance.md, "Review pages at scale".
CREATE INDEX "Attempt_submitted_latest_idx" ON "Attempt"("assignmentId", "userId", "questionSetId", "number" DESC)
  INCLUDE ("id", "score", "maxScore", "isScoreFinal", "feedbackReleasedAt", "latePenaltyPercent", "submittedAt")
  WHERE "status" = 'SUBMITTED';
