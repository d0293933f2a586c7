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
import { findStudents, GRADEBOOK_PAGE_SIZE, NAME_ORDER, parseGradebookSort, sortGradebook, type GradebookSort } from './sort-gradebook'
import { paginate, type Page } from '@/lib/paging'

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
/** A student with no more than is needed to find, sort and summarise them among thousands. */
export interface GradebookStudent {
  id: string
  name: string
  email: string
  /** Set for students removed from the class: their work is kept and shown apart. */
  removedAt: Date | null
  /** By assignment id: the score their cell shows, or null (nothing submitted, or hidden while anonymous). */
  scores: Record<string, number | null>
}
export interface GradebookRow extends GradebookStudent {
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

/** The gradebook page: the whole class found, sorted and summarised, and cells for one page of it. */
export interface GradebookPage extends Omit<Gradebook, 'students'> {
  /** Current students of the class. */
  studentCount: number
  /** Current students the search found, all pages together. */
  found: number
  sort: GradebookSort
  shown: Page<GradebookRow>
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

type AssignmentWithAccommodations = Prisma.AssignmentGetPayload<{ include: { accommodations: true } }>

/** What every view of a class's gradebook starts from: its columns, and every student with their scores. */
interface ClassBook {
  classId: string
  className: string
  assignments: AssignmentWithAccommodations[]
  columns: GradebookAssignment[]
  lessons: GradebookLesson[]
  /** Current students, in no particular order (each view sorts them its own way). */
  students: GradebookStudent[]
  /** Removed students, in name order. */
  removed: GradebookStudent[]
  summaries: Record<string, ScoreSummary>
}

// The latest submitted attempt at each quiz of each assignment of the class: the attempts every
// cell and every score adds up. `userIds` narrows it to the students whose cells are built.
const latestSubmitted = (classId: string, userIds: string[] | null) => Prisma.sql`
  latest AS (
    SELECT DISTINCT ON (a."assignmentId", a."userId", a."questionSetId")
           a."assignmentId", a."userId", a."questionSetId", a.score, a."maxScore", a."isScoreFinal",
           a."feedbackReleasedAt", a."latePenaltyPercent", a."submittedAt"
      FROM "Attempt" a
      JOIN "Assignment" s ON s.id = a."assignmentId"
     WHERE s."classId" = ${classId} AND a.status = 'SUBMITTED'
           ${userIds ? Prisma.sql`AND a."userId" = ANY(${userIds})` : Prisma.empty}
     ORDER BY a."assignmentId", a."userId", a."questionSetId", a.number DESC
  )`

/**
 * The class, its assignments, and every student with the score of each assignment — one row per
 * student and assignment from the database, never their attempts — which is all that finding,
 * sorting and the class summaries need. NOT_FOUND unless the user teaches the class.
 */
async function loadClassBook(opts: { userId: string; classId: string }): Promise<ClassBook> {
  // Who may see it is decided on the primary; what it shows may come from a replica (lib/db.ts).
  await assertTeaches(db, opts)
  const [klass, assignments, memberships, scoreRows] = await Promise.all([
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
       WHERE m."classId" = ${opts.classId} AND m.role = 'STUDENT'`,
    analyticsDb.$queryRaw<{ assignment_id: string; user_id: string; score: unknown }[]>`
      WITH ${latestSubmitted(opts.classId, null)}
      SELECT "assignmentId" AS assignment_id, "userId" AS user_id, SUM(COALESCE(score, 0))::float8 AS score
        FROM latest
       GROUP BY "assignmentId", "userId"`,
  ])
  const slugs = [...new Set(assignments.map((a) => a.lessonSlug))]
  const [outOf, lessons] = await Promise.all([
    Promise.all(assignments.map((a) => fullMarks(a.lessonSlug, a.questionSetIds))),
    Promise.all(slugs.map(async (slug) => requireLesson(slug))),
  ])
  const shownScores = new Set(assignments.filter((a) => !isAnonymous(a)).map((a) => a.id))
  const scoresByUser = groupByUser(
    scoreRows.filter((r) => shownScores.has(r.assignment_id)),
    (r) => r.assignment_id,
    // The database sums double-precision scores: 19.59 × 3 comes back as 58.769999999999996.
    (r) => roundPoints(toNumber(r.score)),
  )
  // Plain loops: this runs for every student of the class on every page view.
  const students: GradebookStudent[] = []
  const removed: GradebookStudent[] = []
  for (const m of memberships) {
    const own = scoresByUser.get(m.id)
    const scores: Record<string, number | null> = {}
    for (const a of assignments) scores[a.id] = own?.get(a.id) ?? null
    const removedAt = toDate(m.removed_at)
    ;(removedAt ? removed : students).push({ id: m.id, name: m.name, email: m.email, removedAt, scores })
  }
  return {
    classId: opts.classId,
    className: klass.name,
    assignments,
    columns: assignments.map((a, i) => ({
      id: a.id,
      title: a.title,
      dueAt: a.dueAt,
      questionSetIds: a.questionSetIds,
      isAnonymous: isAnonymous(a),
      outOf: outOf[i],
    })),
    lessons: lessons.map((l) => ({ slug: l.slug, title: l.info.title, essays: l.essays.length })),
    students,
    removed: sortGradebook(removed, NAME_ORDER),
    summaries: Object.fromEntries(
      assignments.map((a, i) => [a.id, scoreSummary(scoresOf(students, a.id), { outOf: outOf[i], students: students.length })]),
    ),
  }
}

/**
 * Every cell of the given students: their submitted work summed by the database (one row per
 * student and assignment, never the responses), their attempts in progress, and their reading.
 * `isEveryone` reads the whole class unfiltered, which for a full export is cheaper than a list.
 */
async function rowsOf(book: ClassBook, students: GradebookStudent[], now: Date, isEveryone = false): Promise<GradebookRow[]> {
  if (students.length === 0) return []
  const { classId } = book
  const ids = isEveryone ? null : students.map((s) => s.id)
  const onlyThem = (column: Prisma.Sql) => (ids ? Prisma.sql`AND ${column} = ANY(${ids})` : Prisma.empty)
  const slugs = book.lessons.map((l) => l.slug)
  const [work, inProgress, reading] = await Promise.all([
    analyticsDb.$queryRaw<WorkRow[]>`
      WITH ${latestSubmitted(classId, ids)}
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
       WHERE s."classId" = ${classId} AND a.status = 'IN_PROGRESS' ${onlyThem(Prisma.sql`a."userId"`)}`,
    slugs.length === 0
      ? Promise.resolve([])
      : analyticsDb.$queryRaw<ReadingRow[]>`
      SELECT rp."userId" AS user_id, rp."lessonSlug" AS lesson_slug,
             bool_or(rp."sectionId" = 'record') AS opened_record,
             COALESCE(SUM(rp."secondsSpent") FILTER (WHERE rp."sectionId" = 'record'), 0)::int AS record_seconds,
             count(*) FILTER (WHERE rp."sectionId" LIKE 'essay:%')::int AS essays_opened,
             COALESCE(SUM(rp."secondsSpent") FILTER (WHERE rp."sectionId" LIKE 'essay:%'), 0)::int AS essay_seconds
        FROM "ReadingProgress" rp
        JOIN "Membership" m ON m."userId" = rp."userId" AND m."classId" = ${classId} AND m.role = 'STUDENT'
       WHERE rp."lessonSlug" IN (${Prisma.join(slugs)}) ${onlyThem(Prisma.sql`rp."userId"`)}
       GROUP BY rp."userId", rp."lessonSlug"`,
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
  const columns = book.assignments.map((a) => ({
    assignment: a,
    window: effectiveWindow(a, null),
    accommodations: new Map(a.accommodations.map((x) => [x.userId, x])),
    isScoreHidden: isAnonymous(a),
  }))

  return students.map((student) => {
    const userWork = workByUser.get(student.id)
    const userInProgress = inProgressByUser.get(student.id)
    const userReading = readingByUser.get(student.id)
    const cells: Record<string, GradebookCell> = {}
    for (const { assignment: a, window, accommodations, isScoreHidden } of columns) {
      const accommodation = accommodations.get(student.id)
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
    for (const slug of slugs) readingBySlug[slug] = readingOf(userReading?.get(slug))
    return { ...student, cells, reading: readingBySlug }
  })
}

/**
 * The gradebook of a class, every cell of it (for the exports): every student (current ones, and
 * removed ones apart) against every assignment, in name order. A cell adds up the latest submitted
 * attempt of each of the assignment's quizzes, scores taken after their late penalty. NOT_FOUND
 * unless the user teaches the class.
 */
export async function getGradebook(opts: { userId: string; classId: string; now?: Date }): Promise<Gradebook> {
  const book = await loadClassBook(opts)
  const students = sortGradebook(book.students, NAME_ORDER)
  const rows = await rowsOf(book, [...students, ...book.removed], opts.now ?? new Date(), true)
  return {
    className: book.className,
    assignments: book.columns,
    students: rows.slice(0, book.students.length),
    removed: rows.slice(book.students.length),
    lessons: book.lessons,
    summaries: book.summaries,
  }
}

/**
 * The gradebook page: the whole class searched, sorted and summarised from each student's scores,
 * but cells built only for the page of students shown and those removed from the class. A class of
 * 10,000 is a hundred pages; building all 20,000 cells to show 200 of them was most of the page's time.
 */
export async function getGradebookPage(opts: {
  userId: string
  classId: string
  query: { sort?: string; dir?: string; page?: string }
  search: string
  now?: Date
  /** Students per page; GRADEBOOK_PAGE_SIZE unless a test needs pages of a small class. */
  pageSize?: number
}): Promise<GradebookPage> {
  const book = await loadClassBook(opts)
  const sort = parseGradebookSort(
    opts.query,
    book.columns.map((a) => a.id),
  )
  const found = findStudents(book.students, opts.search)
  const page = paginate(sortGradebook(found, sort), opts.query.page, opts.pageSize ?? GRADEBOOK_PAGE_SIZE)
  const rows = await rowsOf(book, [...page.items, ...book.removed], opts.now ?? new Date())
  return {
    className: book.className,
    assignments: book.columns,
    studentCount: book.students.length,
    found: found.length,
    sort,
    shown: { ...page, items: rows.slice(0, page.items.length) },
    removed: rows.slice(page.items.length),
    lessons: book.lessons,
    summaries: book.summaries,
  }
}

// The grading screens hide names while anonymous grading is under way; a gradebook showing the
// same scores beside names would undo that.
// Scores stay hidden in the gradebook while grading is anonymous, by the grading screens' own rule.
const isAnonymous = isGradingAnonymous

function scoresOf(students: GradebookStudent[], assignmentId: string): number[] {
  const scores: number[] = []
  for (const s of students) {
    const score = s.scores[assignmentId]
    if (score !== null) scores.push(score)
  }
  return scores
}

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
