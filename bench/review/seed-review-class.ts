// One large class for the review benchmark, written with bulk INSERTs: 1,000 students (by default),
// each with every real quiz of the lesson submitted — realistic answers, scores the quiz engine
// would have stored, half the written answers graded, some late, a few still in progress — and
// reading progress for most of them.
import crypto from 'node:crypto'
import type { SqlRunner } from '../../lib/database/connect'
import { loadQuestionSet } from '../../lib/content/question-sets'
import { questionVersion } from '../../lib/quiz/question-version'
import type { TQuestion } from '../../lib/quiz/question-schema'
import { isAnswered, isHandGraded } from '../../lib/quiz/types'
import { generateAnswer, random } from './answers'
import { bulkInsert } from './bulk-insert'

const LESSON = 'batmunkh-kim-1986'
const DAY = 86_400_000
const HOUR = 3_600_000
/** Every real quiz of the lesson: 12 + 20 + 13 + 10 + 2 = 57 questions. */
export const FULL_SETS = ['pre-reading', 'comprehension', 'sourcing-and-context', 'evidence-and-argument', 'document-essay']
export const BENCH_INSTRUCTOR = { email: 'bench-instructor@lectern.test', password: 'bench-review-2026', name: 'Prof. Bench' }
/** The written question graded by question in the benchmark: 1,000 answers, half graded. */
export const GRADE_QUESTION = 'ev-short-sixty-years'

const id = () => crypto.randomUUID()
const iso = (t: number) => new Date(t).toISOString()
const round2 = (n: number) => Math.round(n * 100) / 100
const pgArray = (items: string[]) => `{${items.join(',')}}`

export interface SeededClass {
  classId: string
  instructorId: string
  fullAssignmentId: string
  preAssignmentId: string
  counts: { students: number; attempts: number; responses: number; readingRows: number }
}

interface Plan {
  assignmentId: string
  setIds: string[]
  dueAt: number
  /** Share of students who submit a day late (10% penalty). */
  lateShare: number
  /** Share who are still in the middle of the last quiz. */
  inProgressShare: number
}

export async function seedReviewClass(
  sql: SqlRunner,
  opts: { students: number; passwordHash: string; now?: number },
): Promise<SeededClass> {
  const now = opts.now ?? Date.now()
  const instructorId = id()
  const classId = id()
  const students = Array.from({ length: opts.students }, (_, i) => ({ id: id(), n: i + 1 }))

  await bulkInsert(
    sql,
    'User',
    [
      { name: 'id' },
      { name: 'email' },
      { name: 'name' },
      { name: 'role', cast: '"Role"' },
      { name: 'passwordHash' },
      { name: 'createdAt', cast: 'timestamp' },
      { name: 'updatedAt', cast: 'timestamp' },
    ],
    [
      [instructorId, BENCH_INSTRUCTOR.email, BENCH_INSTRUCTOR.name, 'INSTRUCTOR', opts.passwordHash, iso(now), iso(now)],
      ...students.map((s) => [
        s.id,
        `bench-student-${String(s.n).padStart(4, '0')}@lectern.test`,
        `Student ${String(s.n).padStart(4, '0')}`,
        'STUDENT',
        opts.passwordHash,
        iso(now),
        iso(now),
      ]),
    ],
  )
  await sql.query(
    `INSERT INTO "Class" (id, name, term, "joinCode", "createdById", "createdAt", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6::timestamp, $6::timestamp)`,
    [
      classId,
      `BENCH ${opts.students.toLocaleString('en')} — Review at scale`,
      'Spring 2027',
      `BENCH${crypto.randomBytes(3).toString('hex').toUpperCase()}`,
      instructorId,
      iso(now),
    ],
  )
  await bulkInsert(
    sql,
    'Membership',
    [
      { name: 'id' },
      { name: 'userId' },
      { name: 'classId' },
      { name: 'role', cast: '"ClassRole"' },
      { name: 'joinedAt', cast: 'timestamp' },
    ],
    [
      [id(), instructorId, classId, 'INSTRUCTOR', iso(now - 30 * DAY)],
      ...students.map((s) => [id(), s.id, classId, 'STUDENT', iso(now - 20 * DAY)]),
    ],
  )

  const full: Plan = { assignmentId: id(), setIds: FULL_SETS, dueAt: now - DAY, lateShare: 0.12, inProgressShare: 0.015 }
  const pre: Plan = { assignmentId: id(), setIds: ['pre-reading'], dueAt: now + 3 * DAY, lateShare: 0, inProgressShare: 0 }
  const assignmentColumns = [
    { name: 'id' },
    { name: 'classId' },
    { name: 'title' },
    { name: 'lessonSlug' },
    { name: 'requiredParts', cast: 'text[]' },
    { name: 'questionSetIds', cast: 'text[]' },
    { name: 'opensAt', cast: 'timestamp' },
    { name: 'dueAt', cast: 'timestamp' },
    { name: 'lateCutoffAt', cast: 'timestamp' },
    { name: 'latePolicy', cast: '"LatePolicy"' },
    { name: 'latePenaltyPercentPerDay', cast: 'int' },
    { name: 'attemptsAllowed', cast: 'int' },
    { name: 'feedbackRelease', cast: '"FeedbackRelease"' },
    { name: 'createdById' },
    { name: 'createdAt', cast: 'timestamp' },
    { name: 'updatedAt', cast: 'timestamp' },
  ]
  const parts = pgArray(['record', 'essay:mongolia-between-moscow-and-beijing', 'essay:vladivostok-and-the-soviet-withdrawal'])
  await bulkInsert(sql, 'Assignment', assignmentColumns, [
    [
      full.assignmentId,
      classId,
      'The whole lesson: every quiz',
      LESSON,
      parts,
      pgArray(full.setIds),
      iso(now - 10 * DAY),
      iso(full.dueAt),
      iso(now + 2 * DAY),
      'ACCEPT_WITH_PENALTY',
      10,
      1,
      'MANUAL',
      instructorId,
      iso(now - 11 * DAY),
      iso(now),
    ],
    [
      pre.assignmentId,
      classId,
      'Before you read (check-in)',
      LESSON,
      pgArray(['record']),
      pgArray(pre.setIds),
      iso(now - 12 * DAY),
      iso(pre.dueAt),
      null,
      'CLOSE',
      0,
      1,
      'ON_SUBMIT',
      instructorId,
      iso(now - 12 * DAY),
      iso(now),
    ],
  ])

  const sets = new Map(
    await Promise.all(FULL_SETS.map(async (setId) => [setId, (await loadQuestionSet(LESSON, setId)).set.questions] as const)),
  )
  const versions = new Map<string, string>()
  const versionRows: unknown[][] = []
  for (const [setId, questions] of sets) {
    for (const q of questions) {
      const hash = questionVersion(q)
      versions.set(q.id, hash)
      versionRows.push([hash, q.id, setId, JSON.stringify(q)])
    }
  }
  await bulkInsert(
    sql,
    'QuestionVersion',
    [{ name: 'hash' }, { name: 'questionId' }, { name: 'questionSetId' }, { name: 'body', cast: 'jsonb' }],
    versionRows,
  )

  // Reading: three in four opened the record, about half an essay; essay readers do better on context.
  const reading: unknown[][] = []
  const readsEssays = new Map<string, boolean>()
  for (const s of students) {
    const r = random(s.n * 7919)
    const opensRecord = r() < 0.75
    const opensEssay = r() < 0.45
    readsEssays.set(s.id, opensEssay)
    const sections = [
      ...(opensRecord ? ['record'] : []),
      ...(opensEssay
        ? ['essay:mongolia-between-moscow-and-beijing', ...(r() < 0.5 ? ['essay:vladivostok-and-the-soviet-withdrawal'] : [])]
        : []),
    ]
    for (const sectionId of sections)
      reading.push([id(), s.id, LESSON, sectionId, iso(now - 5 * DAY), iso(now - 2 * DAY), 300 + Math.floor(r() * 1500)])
  }
  await bulkInsert(
    sql,
    'ReadingProgress',
    [
      { name: 'id' },
      { name: 'userId' },
      { name: 'lessonSlug' },
      { name: 'sectionId' },
      { name: 'firstOpenedAt', cast: 'timestamp' },
      { name: 'lastSeenAt', cast: 'timestamp' },
      { name: 'secondsSpent', cast: 'int' },
    ],
    reading,
  )

  const counts = { students: students.length, attempts: 0, responses: 0, readingRows: reading.length }
  // Students in batches, so the rows of ten thousand students are never all in memory at once. The
  // next batch is generated while the database writes the last one (the writes of one batch stay
  // in order: responses need their attempts).
  let writing: Promise<void> = Promise.resolve()
  for (let start = 0; start < students.length; start += 200) {
    const attempts: unknown[][] = []
    const responses: unknown[][] = []
    for (const s of students.slice(start, start + 200)) {
      for (const plan of [full, pre])
        addWork({ plan, student: s, sets, versions, instructorId, now, readsEssays: readsEssays.get(s.id)!, attempts, responses })
    }
    await writing
    writing = (async () => {
      await bulkInsert(sql, 'Attempt', ATTEMPT_COLUMNS, attempts)
      await bulkInsert(sql, 'Response', RESPONSE_COLUMNS, responses)
    })()
    counts.attempts += attempts.length
    counts.responses += responses.length
  }
  await writing
  // VACUUM as well as ANALYZE: autovacuum would soon do both after this many inserts, and until its
  // visibility map is written no index-only scan can skip the table, so timings would depend on
  // whether autovacuum had come round yet.
  await sql.exec('VACUUM ANALYZE')
  return { classId, instructorId, fullAssignmentId: full.assignmentId, preAssignmentId: pre.assignmentId, counts }
}

const ATTEMPT_COLUMNS = [
  { name: 'id' },
  { name: 'assignmentId' },
  { name: 'userId' },
  { name: 'questionSetId' },
  { name: 'number', cast: 'int' },
  { name: 'status', cast: '"AttemptStatus"' },
  { name: 'startedAt', cast: 'timestamp' },
  { name: 'submittedAt', cast: 'timestamp' },
  { name: 'questionVersions', cast: 'jsonb' },
  { name: 'score', cast: 'float8' },
  { name: 'maxScore', cast: 'float8' },
  { name: 'isScoreFinal', cast: 'boolean' },
  { name: 'latePenaltyPercent', cast: 'int' },
]
const RESPONSE_COLUMNS = [
  { name: 'id' },
  { name: 'attemptId' },
  { name: 'questionId' },
  { name: 'questionVersion' },
  { name: 'answer', cast: 'jsonb' },
  { name: 'isAnswered', cast: 'boolean' },
  { name: 'seq', cast: 'bigint' },
  { name: 'savedAt', cast: 'timestamp' },
  { name: 'autoScore', cast: 'float8' },
  { name: 'score', cast: 'float8' },
  { name: 'gradedById' },
  { name: 'gradedAt', cast: 'timestamp' },
]

function addWork(o: {
  plan: Plan
  student: { id: string; n: number }
  sets: Map<string, TQuestion[]>
  versions: Map<string, string>
  instructorId: string
  now: number
  readsEssays: boolean
  attempts: unknown[][]
  responses: unknown[][]
}) {
  const r = random(o.student.n * 104729 + o.plan.setIds.length)
  const ability = 0.35 + 0.6 * r()
  const isLate = r() < o.plan.lateShare
  const stopsMidway = r() < o.plan.inProgressShare
  o.plan.setIds.forEach((setId, setIndex) => {
    const questions = o.sets.get(setId)!
    const isInProgress = stopsMidway && setIndex === o.plan.setIds.length - 1
    const submittedAt = isLate
      ? o.plan.dueAt + 6 * HOUR + setIndex * HOUR
      : o.plan.dueAt - 3 * DAY + setIndex * HOUR + Math.floor(r() * 20) * HOUR
    const attemptId = id()
    let raw = 0
    let isFinal = true
    for (const [i, q] of questions.entries()) {
      if (r() < 0.03) continue // left unanswered: no response row, scored 0
      const skillAbility = q.skill === 'contextualisation' && !o.readsEssays ? ability - 0.25 : ability
      const a = generateAnswer(q, skillAbility, r)
      const score = isInProgress ? null : a.score
      if (!isInProgress && a.score === null) isFinal = false
      raw += score ?? 0
      const isManual = isHandGraded(q.type)
      const gradedAt = !isInProgress && isManual && score !== null ? iso(submittedAt + DAY) : null
      o.responses.push([
        id(),
        attemptId,
        q.id,
        o.versions.get(q.id),
        JSON.stringify(a.answer),
        isAnswered(q, a.answer),
        submittedAt - (questions.length - i) * 60_000,
        iso(submittedAt - (questions.length - i) * 60_000),
        isInProgress ? null : a.autoScore,
        score,
        gradedAt ? o.instructorId : null,
        gradedAt,
      ])
    }
    const max = questions.reduce((sum, q) => sum + q.points, 0)
    const penalty = isLate ? 10 : 0
    o.attempts.push([
      attemptId,
      o.plan.assignmentId,
      o.student.id,
      setId,
      1,
      isInProgress ? 'IN_PROGRESS' : 'SUBMITTED',
      iso(submittedAt - 40 * 60_000),
      isInProgress ? null : iso(submittedAt),
      JSON.stringify(Object.fromEntries(questions.map((q) => [q.id, o.versions.get(q.id)]))),
      isInProgress ? null : round2(raw * (1 - penalty / 100)),
      max,
      !isInProgress && isFinal,
      penalty,
    ])
  })
}
