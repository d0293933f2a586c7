import 'server-only'
import { Prisma } from '@/lib/generated/prisma/client'
import { analyticsQuery } from './analytics-query'

// The SQL behind item analysis. Both queries work on the same population — the latest submitted
// attempt on one quiz of each current student — and return one row per question and reading group
// (or per option picked), so the work stays in the database however large the class.
// Responses are reached only through the population's attempts (the (attemptId, questionId)
// index), never by scanning the whole table: other classes' answers are never read.
// Authorization happens in item-analysis.ts, on the primary, before either runs; they read the
// analytics client (a replica when there is one).

export interface QuestionSpec {
  id: string
  points: number
}

export interface Population {
  classId: string
  assignmentId: string
  questionSetId: string
  lessonSlug: string
  /** How many parts the lesson's record has (guide sections): a student who opened them all read it through. */
  recordParts: number
}

const population = (p: Population) => Prisma.sql`
  pop AS (
    SELECT DISTINCT ON (a."userId") a.id AS attempt_id, a."userId" AS user_id, a."scoreVersion" AS score_version
      FROM "Attempt" a
      JOIN "Membership" m ON m."userId" = a."userId" AND m."classId" = ${p.classId} AND m.role = 'STUDENT' AND m."removedAt" IS NULL
     WHERE a."assignmentId" = ${p.assignmentId} AND a."questionSetId" = ${p.questionSetId} AND a.status = 'SUBMITTED'
     ORDER BY a."userId", a.number DESC
  )`

const questionTable = (questions: QuestionSpec[]) => Prisma.sql`
  q(question_id, points) AS (
    VALUES ${Prisma.join(questions.map((q) => Prisma.sql`(${q.id}::text, ${q.points}::float8)`))}
  )`

export interface QuestionRow {
  question_id: string
  opened_essay: boolean
  opened_record: boolean
  /** Opened every part of the record (record:<part> rows, kept since the reader records parts). */
  read_all_parts: boolean
  /** Attempts in this reading group (every attempt counts for every question). */
  attempts: number
  answered: number
  /** Answers still awaiting a grader: left out of scores until graded. */
  pending: number
  /** Attempts whose score on the question is known: graded, auto-scored, or unanswered (0). */
  scored: number
  score_sum: number
  upper_scored: number
  upper_sum: number
  lower_scored: number
  lower_sum: number
  group_size: number
}

/** One row of the query: a reading group's head count, or one question's sums within a group. */
interface RawRow {
  question_id: string | null
  opened_essay: boolean
  opened_record: boolean
  read_all_parts: boolean
  n: number
  answered: number
  pending: number
  score_sum: number | null
  upper_n: number
  upper_pending: number
  upper_sum: number | null
  lower_n: number
  lower_pending: number
  lower_sum: number | null
  group_size: number
}

/**
 * Per question and reading group (opened an essay? the record?): counts, the score total, and the
 * same for the upper and lower 27% of attempts ranked by their total on this quiz (ties broken by
 * attempt id, so the groups are repeatable). Only stored responses are aggregated; questions
 * left unanswered (no response row, scored 0 on submit) follow from each group's head count, which
 * spares the database a students × questions grid.
 */
export async function questionRows(p: Population, questions: QuestionSpec[]): Promise<QuestionRow[]> {
  const raw = await analyticsQuery<RawRow[]>(Prisma.sql`
    WITH ${population(p)}, ${questionTable(questions)},
    resp AS (
      SELECT r."attemptId" AS attempt_id, r."questionId" AS question_id, r.score, r."isAnswered" AS is_answered
        FROM pop p
        JOIN "Response" r ON r."attemptId" = p.attempt_id
        JOIN q ON q.question_id = r."questionId"
    ),
    ranked AS (
      SELECT p.attempt_id, p.user_id,
             row_number() OVER (ORDER BY COALESCE(t.total, 0) DESC, p.attempt_id COLLATE "C") AS rk,
             count(*) OVER () AS n
        FROM pop p
        LEFT JOIN (SELECT attempt_id, SUM(score) AS total FROM resp GROUP BY attempt_id) t USING (attempt_id)
    ),
    readers AS (
      SELECT rp."userId" AS user_id,
             bool_or(rp."sectionId" LIKE 'essay:%') AS opened_essay,
             bool_or(rp."sectionId" = 'record') AS opened_record,
             count(*) FILTER (WHERE rp."sectionId" LIKE 'record:%') >= ${p.recordParts} AS read_all_parts
        FROM pop p
        JOIN "ReadingProgress" rp ON rp."userId" = p.user_id AND rp."lessonSlug" = ${p.lessonSlug}
       GROUP BY rp."userId"
    ),
    banded AS (
      SELECT ranked.attempt_id, GREATEST(1, ROUND(0.27 * n))::int AS g,
             CASE WHEN rk <= GREATEST(1, ROUND(0.27 * n)) THEN 1
                  WHEN rk > n - GREATEST(1, ROUND(0.27 * n)) THEN -1
                  ELSE 0 END AS band,
             COALESCE(readers.opened_essay, false) AS opened_essay,
             COALESCE(readers.opened_record, false) AS opened_record,
             COALESCE(readers.read_all_parts, false) AS read_all_parts
        FROM ranked
        LEFT JOIN readers USING (user_id)
    )
    SELECT NULL::text AS question_id, opened_essay, opened_record, read_all_parts,
           count(*)::int AS n, 0 AS answered, 0 AS pending, NULL::float8 AS score_sum,
           count(*) FILTER (WHERE band = 1)::int AS upper_n, 0 AS upper_pending, NULL::float8 AS upper_sum,
           count(*) FILTER (WHERE band = -1)::int AS lower_n, 0 AS lower_pending, NULL::float8 AS lower_sum,
           MAX(g)::int AS group_size
      FROM banded
     GROUP BY opened_essay, opened_record, read_all_parts
    UNION ALL
    SELECT r.question_id, b.opened_essay, b.opened_record, b.read_all_parts,
           count(*)::int, count(*) FILTER (WHERE r.is_answered)::int, count(*) FILTER (WHERE r.score IS NULL)::int,
           SUM(r.score)::float8,
           0, count(*) FILTER (WHERE r.score IS NULL AND b.band = 1)::int, SUM(r.score) FILTER (WHERE b.band = 1)::float8,
           0, count(*) FILTER (WHERE r.score IS NULL AND b.band = -1)::int, SUM(r.score) FILTER (WHERE b.band = -1)::float8,
           MAX(b.g)::int
      FROM resp r
      JOIN banded b USING (attempt_id)
     GROUP BY r.question_id, b.opened_essay, b.opened_record, b.read_all_parts`)
  return expand(raw, questions)
}

/** Every question in every reading group, unanswered questions filled in from the group's head count. */
function expand(raw: RawRow[], questions: QuestionSpec[]): QuestionRow[] {
  const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v))
  const groups = raw.filter((r) => r.question_id === null)
  return groups.flatMap((g) =>
    questions.map((q) => {
      const r = raw.find(
        (x) =>
          x.question_id === q.id &&
          x.opened_essay === g.opened_essay &&
          x.opened_record === g.opened_record &&
          x.read_all_parts === g.read_all_parts,
      )
      return {
        question_id: q.id,
        opened_essay: g.opened_essay,
        opened_record: g.opened_record,
        read_all_parts: g.read_all_parts,
        attempts: num(g.n),
        answered: num(r?.answered),
        pending: num(r?.pending),
        scored: num(g.n) - num(r?.pending),
        score_sum: num(r?.score_sum),
        upper_scored: num(g.upper_n) - num(r?.upper_pending),
        upper_sum: num(r?.upper_sum),
        lower_scored: num(g.lower_n) - num(r?.lower_pending),
        lower_sum: num(r?.lower_sum),
        group_size: num(g.group_size),
      }
    }),
  )
}

export interface ChoiceRow {
  question_id: string
  /** "choice" (single and multiple), "verdict" (true/false) or "because". */
  part: 'choice' | 'verdict' | 'because'
  option: string
  picks: number
}

/**
 * How often each option was picked: one plain aggregate per answer shape, no per-row subqueries.
 * The question types say which shape their answers take (optionTally in lib/quiz/types/).
 */
export function choiceRows(p: Population, ids: Record<'choice' | 'choices' | 'verdictAndBecause', string[]>) {
  const branches: Prisma.Sql[] = []
  if (ids.choice.length)
    branches.push(Prisma.sql`
      SELECT r."questionId" AS question_id, 'choice' AS part, r.answer ->> 'choice' AS option, count(*)::int AS picks
        FROM pop p JOIN "Response" r ON r."attemptId" = p.attempt_id AND r."questionId" IN (${Prisma.join(ids.choice)})
       WHERE jsonb_typeof(r.answer -> 'choice') = 'string'
       GROUP BY 1, 3`)
  if (ids.choices.length)
    branches.push(Prisma.sql`
      SELECT r."questionId" AS question_id, 'choice' AS part, e.value AS option, count(*)::int AS picks
        FROM pop p JOIN "Response" r ON r."attemptId" = p.attempt_id AND r."questionId" IN (${Prisma.join(ids.choices)})
       CROSS JOIN jsonb_array_elements_text(CASE WHEN jsonb_typeof(r.answer -> 'choices') = 'array' THEN r.answer -> 'choices' ELSE '[]'::jsonb END) AS e(value)
       GROUP BY 1, 3`)
  if (ids.verdictAndBecause.length)
    branches.push(Prisma.sql`
      SELECT question_id, part, option, count(*)::int AS picks
        FROM (SELECT r."questionId" AS question_id,
                     CASE WHEN jsonb_typeof(r.answer -> 'value') = 'boolean' THEN r.answer ->> 'value' END AS verdict,
                     CASE WHEN jsonb_typeof(r.answer -> 'because') = 'string' THEN r.answer ->> 'because' END AS because
                FROM pop p JOIN "Response" r ON r."attemptId" = p.attempt_id AND r."questionId" IN (${Prisma.join(ids.verdictAndBecause)})) t
       CROSS JOIN LATERAL (VALUES ('verdict', t.verdict), ('because', t.because)) AS x(part, option)
       WHERE option IS NOT NULL
       GROUP BY 1, 2, 3`)
  if (branches.length === 0) return Promise.resolve([] as ChoiceRow[])
  return analyticsQuery<ChoiceRow[]>(Prisma.sql`WITH ${population(p)} ${Prisma.join(branches, ' UNION ALL ')}`)
}

/**
 * Everything the two queries above read, in three numbers the indexes answer without touching an
 * answer: which attempts are the population and the scoreVersion of each (raised by the database
 * whenever one of their answers' scores changes: the trigger of migration
 * 20261203162953_attempt_score_version), as a count and an order-free sum of 64-bit hashes; and
 * how many reading-progress rows those students have on the lesson (a row is added the first time
 * a section is opened, and the reading groups depend on nothing else). A submitted attempt's
 * answers themselves never change.
 */
export async function populationFingerprint(p: Population): Promise<string> {
  const [row] = await analyticsQuery<{ attempts: number; versions: string; reading: number }[]>(Prisma.sql`
    WITH ${population(p)}
    SELECT count(*)::int AS attempts,
           COALESCE(SUM(hashtextextended(attempt_id || ':' || score_version, 0)::numeric), 0)::text AS versions,
           (SELECT count(*)::int FROM pop JOIN "ReadingProgress" rp ON rp."userId" = pop.user_id AND rp."lessonSlug" = ${p.lessonSlug}) AS reading
      FROM pop`)
  return `${row.attempts}:${row.versions}:${row.reading}`
}
