import 'server-only'
import { roundPoints } from '@/lib/quiz/points'
import { analyticsDb, db } from '@/lib/db'
import { effectiveWindow } from '@/lib/assignments/effective-window'
import { assertTeaches } from '@/lib/classes/class-access'
import { Prisma } from '@/lib/generated/prisma/client'
import { requireLesson } from '@/lib/content/require-lesson'
import { fullMarks } from '@/lib/assignments/full-marks'
import { gradebookCell, type GradebookCell, type SubmittedWork } from './gradebook-cell'
import { scoreSummary, type ScoreSummary } from './score-summary'
import { toDate, toNumber, toNumberOrNull, toStringList } from './sql-values'
import { isGradingAnonymous } from './grading/student-labels'

export type { GradebookCell } from './gradebook-cell'

export interface GradebookAssignment {
  id: string
  title: string
  dueAt: Date
  questionSetIds: string[]
  /** Graded anonymously and not finished: its scores are not shown beside names yet. */
  isAnonymous: boolean
  /** Full marks: every question of every quiz of the assignment. */
  outOf: number
}
/** What a student has read of one lesson, in seconds of the reader's beats. */
export interface StudentReading {
  hasOpenedRecord: boolean
  recordSeconds: number
  essaysOpened: number
  essaySeconds: number
}
export interface GradebookLesson {
  slug: string
  title: string
  essays: number
}
export interface GradebookRow {
  id: string
  name: string
  email: string
  /** Set for students removed from the class: their work is kept and shown apart. */
  removedAt: Date | null
  cells: Record<string, GradebookCell>
  /** By lesson slug; every lesson of the class's assignments has an entry, zeros when nothing was read. */
  reading: Record<string, StudentReading>
}
export interface Gradebook {
  className: string
  assignments: GradebookAssignment[]
  students: GradebookRow[]
  removed: GradebookRow[]
  /** The lessons the class's assignments are on, for the reading columns. */
  lessons: GradebookLesson[]
  /** Per assignment, over current students with a score (mean, median, how many submitted). */
  summaries: Record<string, ScoreSummary>
}

interface ReadingRow {
  user_id: string
  lesson_slug: string
  opened_record: boolean
  record_seconds: unknown
  essays_opened: unknown
  essay_seconds: unknown
}

interface WorkRow {
  assignment_id: string
  user_id: string
  sets: unknown
  score: unknown
  max: unknown
  is_final: boolean
  all_released: boolean
  released_at: unknown
  last_submitted_at: unknown
  late_penalty: unknown
}

/**
 * The gradebook of a class: every student (current ones, and removed ones apart) against every
 * assignment. A cell adds up the latest submitted attempt of each of the assignment's quizzes,
 * scores taken after their late penalty. The sums are made in the database — one row per student
 * and assignment comes back, never the responses. NOT_FOUND unless the user teaches the class.
 */
export async function getGradebook(opts: { userId: string; classId: string; now?: Date }): Promise<Gradebook> {
  // Who may see it is decided on the primary; what it shows may come from a replica (lib/db.ts).
  await assertTeaches(db, opts)
  const now = opts.now ?? new Date()
  const [klass, assignments, memberships] = await Promise.all([
    analyticsDb.class.findUniqueOrThrow({ where: { id: opts.classId }, select: { name: true } }),
    analyticsDb.assignment.findMany({
      where: { classId: opts.classId },
      orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
      include: { accommodations: true },
    }),
    // Plain SQL: for a thousand students Prisma's relation loading costs more than the query itself.
    analyticsDb.$queryRaw<{ id: string; name: string; email: string; removed_at: unknown }[]>`
      SELECT u.id, u.name, u.email, m."removedAt" AS removed_at
        FROM "Membership" m
        JOIN "User" u ON u.id = m."userId"
       WHERE m."classId" = ${opts.classId} AND m.role = 'STUDENT'
       ORDER BY u.name, u.email`,
  ])
  const lessons = [...new Set(assignments.map((a) => a.lessonSlug))]
  const [work, inProgress, reading, outOf, lessonInfo] = await Promise.all([
    analyticsDb.$queryRaw<WorkRow[]>`
      WITH latest AS (
        SELECT DISTINCT ON (a."assignmentId", a."userId", a."questionSetId")
               a."assignmentId", a."userId", a."questionSetId", a.score, a."maxScore", a."isScoreFinal",
               a."feedbackReleasedAt", a."latePenaltyPercent", a."submittedAt"
          FROM "Attempt" a
          JOIN "Assignment" s ON s.id = a."assignmentId"
         WHERE s."classId" = ${opts.classId} AND a.status = 'SUBMITTED'
         ORDER BY a."assignmentId", a."userId", a."questionSetId", a.number DESC
      )
      SELECT "assignmentId" AS assignment_id, "userId" AS user_id,
             array_agg("questionSetId") AS sets,
             SUM(COALESCE(score, 0))::float8 AS score,
             SUM(COALESCE("maxScore", 0))::float8 AS max,
             bool_and("isScoreFinal") AS is_final,
             bool_and("feedbackReleasedAt" IS NOT NULL) AS all_released,
             MAX("feedbackReleasedAt") AS released_at,
             MAX("submittedAt") AS last_submitted_at,
             MAX("latePenaltyPercent")::int AS late_penalty
        FROM latest
       GROUP BY "assignmentId", "userId"`,
    analyticsDb.$queryRaw<{ assignment_id: string; user_id: string }[]>`
      SELECT DISTINCT a."assignmentId" AS assignment_id, a."userId" AS user_id
        FROM "Attempt" a
        JOIN "Assignment" s ON s.id = a."assignmentId"
       WHERE s."classId" = ${opts.classId} AND a.status = 'IN_PROGRESS'`,
    lessons.length === 0
      ? Promise.resolve([])
      : analyticsDb.$queryRaw<ReadingRow[]>`
      SELECT rp."userId" AS user_id, rp."lessonSlug" AS lesson_slug,
             bool_or(rp."sectionId" = 'record') AS opened_record,
             COALESCE(SUM(rp."secondsSpent") FILTER (WHERE rp."sectionId" = 'record'), 0)::int AS record_seconds,
             count(*) FILTER (WHERE rp."sectionId" LIKE 'essay:%')::int AS essays_opened,
             COALESCE(SUM(rp."secondsSpent") FILTER (WHERE rp."sectionId" LIKE 'essay:%'), 0)::int AS essay_seconds
        FROM "ReadingProgress" rp
        JOIN "Membership" m ON m."userId" = rp."userId" AND m."classId" = ${opts.classId} AND m.role = 'STUDENT'
       WHERE rp."lessonSlug" IN (${Prisma.join(lessons)})
       GROUP BY rp."userId", rp."lessonSlug"`,
    Promise.all(assignments.map((a) => fullMarks(a.lessonSlug, a.questionSetIds))),
    Promise.all(lessons.map(async (slug) => requireLesson(slug))),
  ])

  // By student, then assignment: ten thousand students make twenty thousand cells, so each lookup
  // is a Map get on an id rather than a string built per cell.
  const workByUser = groupByUser(work, (w) => w.assignment_id, toSubmittedWork)
  const inProgressByUser = groupByUser(
    inProgress,
    (r) => r.assignment_id,
    () => true,
  )
  const readingByUser = groupByUser(
    reading,
    (r) => r.lesson_slug,
    (r) => r,
  )
  const readingOf = (r: ReadingRow | undefined): StudentReading => ({
    hasOpenedRecord: r?.opened_record ?? false,
    recordSeconds: toNumber(r?.record_seconds ?? 0),
    essaysOpened: toNumber(r?.essays_opened ?? 0),
    essaySeconds: toNumber(r?.essay_seconds ?? 0),
  })
  // The same window for every student without an accommodation: worked out once per assignment.
  const columns = assignments.map((a) => ({
    assignment: a,
    window: effectiveWindow(a, null),
    accommodations: new Map(a.accommodations.map((x) => [x.userId, x])),
    isScoreHidden: isAnonymous(a),
  }))

  const rows: GradebookRow[] = memberships.map(({ removed_at, ...user }) => {
    const userWork = workByUser.get(user.id)
    const userInProgress = inProgressByUser.get(user.id)
    const userReading = readingByUser.get(user.id)
    const cells: Record<string, GradebookCell> = {}
    for (const { assignment: a, window, accommodations, isScoreHidden } of columns) {
      const accommodation = accommodations.get(user.id)
      cells[a.id] = gradebookCell({
        now,
        window: accommodation ? effectiveWindow(a, accommodation) : window,
        assignment: a,
        hasOpenedReading: userReading?.has(a.lessonSlug) ?? false,
        submitted: userWork?.get(a.id) ?? null,
        hasInProgress: userInProgress?.has(a.id) ?? false,
        isScoreHidden,
      })
    }
    const readingBySlug: Record<string, StudentReading> = {}
    for (const slug of lessons) readingBySlug[slug] = readingOf(userReading?.get(slug))
    return { ...user, removedAt: toDate(removed_at), cells, reading: readingBySlug }
  })
  const students = rows.filter((r) => r.removedAt === null)
  return {
    className: klass.name,
    assignments: assignments.map((a, i) => ({
      id: a.id,
      title: a.title,
      dueAt: a.dueAt,
      questionSetIds: a.questionSetIds,
      isAnonymous: isAnonymous(a),
      outOf: outOf[i],
    })),
    students,
    removed: rows.filter((r) => r.removedAt !== null),
    lessons: lessonInfo.map((l) => ({ slug: l.slug, title: l.info.title, essays: l.essays.length })),
    summaries: Object.fromEntries(
      assignments.map((a, i) => [
        a.id,
        scoreSummary(
          students.flatMap((s) => (s.cells[a.id].score === null ? [] : [s.cells[a.id].score!])),
          { outOf: outOf[i], students: students.length },
        ),
      ]),
    ),
  }
}

// The grading screens hide names while anonymous grading is under way; a gradebook showing the
// same scores beside names would undo that.
// Scores stay hidden in the gradebook while grading is anonymous, by the grading screens' own rule.
const isAnonymous = isGradingAnonymous

/** Rows keyed by user id, then by another key (an assignment or a lesson). */
function groupByUser<R extends { user_id: string }, V>(rows: R[], keyOf: (row: R) => string, valueOf: (row: R) => V) {
  const byUser = new Map<string, Map<string, V>>()
  for (const row of rows) {
    let inner = byUser.get(row.user_id)
    if (!inner) byUser.set(row.user_id, (inner = new Map()))
    inner.set(keyOf(row), valueOf(row))
  }
  return byUser
}

function toSubmittedWork(w: WorkRow): SubmittedWork {
  return {
    questionSetIds: toStringList(w.sets),
    // The database sums double-precision scores: 19.59 × 3 comes back as 58.769999999999996.
    score: roundPoints(toNumber(w.score)),
    max: roundPoints(toNumber(w.max)),
    isFinal: w.is_final,
    releasedAt: w.all_released ? toDate(w.released_at) : null,
    lastSubmittedAt: toDate(w.last_submitted_at),
    latePenaltyPercent: toNumberOrNull(w.late_penalty) ?? 0,
  }
}
