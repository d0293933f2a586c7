-- AlterTable
ALTER TABLE "Response" ADD COLUMN     "isAnswered" BOOLEAN NOT NULL DEFAULT false;

-- Backfill: whether each stored answer counts as given. From now on saveAnswer writes the column
-- from the question type's own rule (isAnswered in lib/quiz/types/<type>.ts); this one-time
-- UPDATE is the only place that rule is written in SQL, per type, read from the question version
-- each response was saved against. Guards come before jsonb_array_length, which fails on non-arrays.
UPDATE "Response" r
   SET "isAnswered" = COALESCE(CASE v.body ->> 'type'
     WHEN 'single' THEN jsonb_typeof(r.answer -> 'choice') = 'string' AND r.answer ->> 'choice' <> ''
     WHEN 'multiple' THEN CASE WHEN jsonb_typeof(r.answer -> 'choices') = 'array' THEN jsonb_array_length(r.answer -> 'choices') > 0 ELSE false END
     -- Both halves: the verdict and its reason.
     WHEN 'true-false-because' THEN jsonb_typeof(r.answer -> 'value') = 'boolean' AND jsonb_typeof(r.answer -> 'because') = 'string'
     -- A saved order lists every item; the untouched starting order is never saved.
     WHEN 'ordering' THEN CASE WHEN jsonb_typeof(r.answer -> 'order') = 'array'
                               THEN jsonb_array_length(r.answer -> 'order') = jsonb_array_length(v.body -> 'items') ELSE false END
     -- Every prompt matched.
     WHEN 'matching' THEN CASE WHEN jsonb_typeof(r.answer -> 'pairs') = 'object'
                               THEN NOT EXISTS (SELECT 1 FROM jsonb_array_elements(v.body -> 'prompts') p
                                                 WHERE (r.answer -> 'pairs') -> (p ->> 'id') IS NULL)
                               ELSE false END
     WHEN 'evidence' THEN CASE WHEN jsonb_typeof(r.answer -> 'sentences') = 'array' THEN jsonb_array_length(r.answer -> 'sentences') > 0 ELSE false END
     WHEN 'short' THEN jsonb_typeof(r.answer -> 'text') = 'string' AND (r.answer ->> 'text') ~ '[^[:space:]]'
     WHEN 'essay' THEN jsonb_typeof(r.answer -> 'text') = 'string' AND (r.answer ->> 'text') ~ '[^[:space:]]'
     ELSE false
   END, false) -- a missing key reads as NULL: not answered
  FROM "QuestionVersion" v
 WHERE v.hash = r."questionVersion";
