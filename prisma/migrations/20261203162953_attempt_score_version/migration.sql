-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "scoreVersion" INTEGER NOT NULL DEFAULT 0;


-- Hand-written: Prisma's schema language has no triggers or covering indexes.
-- Item analysis keeps its results until the answers behind them change (lib/review/item-analysis-cache.ts).
-- A submitted attempt's answers never change again, but their scores do — on submit, on grading,
-- rescoring and regrading, by whichever route. So the database itself, not each of those routes,
-- raises the attempt's scoreVersion whenever one of its answers' scores changes. One statement per
-- UPDATE (transition tables), so submitting twenty answers' scores at once raises it once; autosave
-- never writes a score, so it pays only the empty comparison.
CREATE FUNCTION "lectern_raise_score_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Attempt" a SET "scoreVersion" = a."scoreVersion" + 1
   WHERE a.id IN (SELECT n."attemptId" FROM new_rows n JOIN old_rows o ON o.id = n.id
                   WHERE o.score IS DISTINCT FROM n.score OR o."attemptId" IS DISTINCT FROM n."attemptId");
  RETURN NULL;
END
$$;

CREATE TRIGGER "Response_score_version" AFTER UPDATE ON "Response"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "lectern_raise_score_version"();

-- The latest-submitted-attempt index also carries scoreVersion, so item analysis can tell whether
-- its kept result is still true from the index alone.
DROP INDEX "Attempt_submitted_latest_idx";
CREATE INDEX "Attempt_submitted_latest_idx" ON "Attempt"("assignmentId", "userId", "questionSetId", "number" DESC)
  INCLUDE ("id", "score", "maxScore", "isScoreFinal", "feedbackReleasedAt", "latePenaltyPercent", "submittedAt", "scoreVersion")
  WHERE "status" = 'SUBMITTED';
