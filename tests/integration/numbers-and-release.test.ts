import { db } from '@/lib/db'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { getAttemptView } from '@/lib/quiz/get-attempt-view'
import { exportResponses } from '@/lib/review/export-responses'
import { getAttemptForGrading } from '@/lib/review/grading/get-attempt-for-grading'
import { gradingOverview } from '@/lib/review/grading/grading-overview'
import { gradeResponses } from '@/lib/review/grading/grade-responses'
import { listQuestionResponses } from '@/lib/review/grading/list-question-responses'
import { releaseFeedback } from '@/lib/review/grading/release-feedback'
import { withdrawFeedback } from '@/lib/review/grading/withdraw-feedback'
import { createUser } from '@/tests/factories'
import { assignment, classOf, currentAnalysis, takeQuiz } from '@/tests/factories/review-class'

const comprehension = (await loadQuestionSet('batmunkh-kim-1986', 'comprehension')).set
const evidence = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set
const shortQ = evidence.questions.find((q) => q.type === 'short')!
if (shortQ.type !== 'short') throw new Error('needs a short answer')
const single = comprehension.questions.find((q) => q.type === 'single')!
if (single.type !== 'single') throw new Error('needs a single choice')

/** The responses CSV as rows of fields (our own output: quoted fields, CRLF). */
async function responsesCsv(userId: string, classId: string): Promise<string[][]> {
  const { stream } = await exportResponses({ userId, classId })
  const text = new TextDecoder().decode(await new Response(stream).arrayBuffer())
  const rows: string[][] = []
  for (const line of text.split('\r\n').filter(Boolean)) {
    const fields: string[] = []
    for (const m of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      if (m.index === line.length && m[0] === '') break
      fields.push(m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1])
    }
    rows.push(fields)
  }
  return rows
}

describe('stable question numbers', () => {
  it('a question carries the same number in the student’s quiz and results, grading by student and by question, item analysis and the CSV, however the attempt shuffled it', async () => {
    const ctx = await classOf(['Ana', 'Bo'])
    const a = await assignment(ctx.klass.id, { questionSetIds: ['comprehension'], feedbackRelease: 'ON_SUBMIT' })
    const ana = ctx.students.Ana
    const attemptId = await takeQuiz({
      userId: ana.id,
      assignmentId: a.id,
      setId: 'comprehension',
      answers: { [single.id]: { choice: single.correct } },
    })
    const view = (await getAttemptView({ userId: ana.id, attemptId }))!
    const authored = comprehension.questions.map((q) => q.id)
    // The student's screen is shuffled for this attempt (20 questions: the authored order by chance is 1 in 20!).
    expect(view.questions.map((q) => q.id)).not.toEqual(authored)
    // A question the shuffle moved: its shown position differs from its authored number, so a
    // number taken from screen position would fail below. One exists, since the orders differ.
    const shownAt = (id: string) => view.questions.findIndex((q) => q.id === id) + 1
    const moved = view.questions.find((q) => shownAt(q.id) !== authored.indexOf(q.id) + 1)!
    const expected = authored.indexOf(moved.id) + 1
    expect(view.numbers[moved.id]).toBe(expected)
    expect(Object.values(view.numbers).sort((x, y) => x - y)).toEqual(authored.map((_, i) => i + 1))

    const base = { userId: ctx.instructor.id, assignmentId: a.id }
    const byStudent = await getAttemptForGrading({ ...base, attemptId })
    expect(byStudent.questions.find((q) => q.question.id === moved.id)!.number).toBe(expected)
    expect(byStudent.questions.map((q) => q.number)).toEqual(authored.map((_, i) => i + 1))
    expect((await listQuestionResponses({ ...base, questionId: moved.id })).number).toBe(expected)
    const overview = await gradingOverview(base)
    expect(overview.sets[0].questions.find((q) => q.id === moved.id)!.number).toBe(expected)
    const analysis = await currentAnalysis({ ...base, classId: ctx.klass.id })
    expect(analysis.questions.find((q) => q.id === moved.id)!.number).toBe(expected)

    const [header, ...rows] = await responsesCsv(ctx.instructor.id, ctx.klass.id)
    const row = rows.find((r) => r[0] === 'Ana' && r[header.indexOf('Question id')] === moved.id)!
    expect(row[header.indexOf('Question')]).toBe(String(expected))
  })
})

describe('anonymous student numbers', () => {
  it('a student has one number for the whole assignment: the same on both quizzes, on every call, and after others submit', async () => {
    const ctx = await classOf(['Ana', 'Bo', 'Cy'])
    const a = await assignment(ctx.klass.id, { questionSetIds: ['evidence-and-argument', 'comprehension'], anonymousGrading: true })
    const { Ana, Bo, Cy } = ctx.students
    const shortAttempt = new Map<string, string>()
    // Bo starts first and submits last, which used to shift everyone's number.
    const boComprehension = await takeQuiz({ userId: Bo.id, assignmentId: a.id, setId: 'comprehension', answers: {}, submit: false })
    for (const s of [Ana, Cy]) {
      shortAttempt.set(
        s.id,
        await takeQuiz({ userId: s.id, assignmentId: a.id, setId: 'evidence-and-argument', answers: { [shortQ.id]: { text: 'x' } } }),
      )
      await takeQuiz({ userId: s.id, assignmentId: a.id, setId: 'comprehension', answers: {} })
    }
    const base = { userId: ctx.instructor.id, assignmentId: a.id }
    const labels = async () => {
      const overview = await gradingOverview(base)
      const owner = new Map((await db.attempt.findMany({ where: { assignmentId: a.id } })).map((t) => [t.id, t.userId]))
      const bySet = new Map<string, Map<string, string>>()
      for (const t of overview.attempts) {
        const set = bySet.get(t.questionSetId) ?? new Map<string, string>()
        set.set(owner.get(t.id)!, t.studentLabel)
        bySet.set(t.questionSetId, set)
      }
      return bySet
    }
    const before = await labels()
    expect(before.get('evidence-and-argument')).toEqual(before.get('comprehension'))
    const anaLabel = before.get('comprehension')!.get(Ana.id)!
    const cyLabel = before.get('comprehension')!.get(Cy.id)!
    expect(new Set([anaLabel, cyLabel])).toEqual(new Set(['Student 1', 'Student 2']))
    expect(await labels()).toEqual(before)

    const { submitAttempt } = await import('@/lib/quiz/submit-attempt')
    await submitAttempt({ userId: Bo.id, attemptId: boComprehension })
    await takeQuiz({ userId: Bo.id, assignmentId: a.id, setId: 'evidence-and-argument', answers: { [shortQ.id]: { text: 'y' } } })
    const after = await labels()
    expect(after.get('comprehension')!.get(Ana.id)).toBe(anaLabel)
    expect(after.get('comprehension')!.get(Cy.id)).toBe(cyLabel)
    expect(after.get('comprehension')!.get(Bo.id)).toBe('Student 3')
    expect(after.get('evidence-and-argument')).toEqual(after.get('comprehension'))
    // Every other screen agrees: grading by question and by student.
    const byQuestion = await listQuestionResponses({ ...base, questionId: shortQ.id })
    const owner = new Map((await db.attempt.findMany({ where: { assignmentId: a.id } })).map((t) => [t.id, t.userId]))
    for (const r of byQuestion.responses) expect(r.studentLabel).toBe(after.get('comprehension')!.get(owner.get(r.attemptId)!))
    expect((await getAttemptForGrading({ ...base, attemptId: shortAttempt.get(Ana.id)! })).studentLabel).toBe(anaLabel)
  })

  it('numbers are stored per assignment, so a second assignment numbers its students afresh', async () => {
    const ctx = await classOf(['Ana', 'Bo'])
    const first = await assignment(ctx.klass.id, { anonymousGrading: true })
    const second = await assignment(ctx.klass.id, { anonymousGrading: true })
    for (const s of Object.values(ctx.students))
      for (const a of [first, second]) await takeQuiz({ userId: s.id, assignmentId: a.id, setId: 'comprehension', answers: {} })
    for (const a of [first, second]) await gradingOverview({ userId: ctx.instructor.id, assignmentId: a.id })
    const rows = await db.anonymousNumber.findMany({ where: { assignmentId: { in: [first.id, second.id] } } })
    expect(rows.map((r) => [r.assignmentId, r.number]).sort()).toEqual(
      [
        [first.id, 1],
        [first.id, 2],
        [second.id, 1],
        [second.id, 2],
      ].sort(),
    )
  })
})

describe('releasing and withdrawing feedback', () => {
  async function gradedClass() {
    const ctx = await classOf(['Ana', 'Bo', 'Cy'])
    const a = await assignment(ctx.klass.id, { questionSetIds: ['evidence-and-argument'], feedbackRelease: 'MANUAL' })
    const attempts = new Map<string, string>()
    for (const s of [ctx.students.Ana, ctx.students.Bo])
      attempts.set(
        s.id,
        await takeQuiz({
          userId: s.id,
          assignmentId: a.id,
          setId: 'evidence-and-argument',
          answers: { [shortQ.id]: { text: 'An answer.' } },
        }),
      )
    const level = shortQ.rubric.find((l) => l.points > 0)!
    for (const r of await db.response.findMany({ where: { questionId: shortQ.id, attempt: { assignmentId: a.id } } }))
      await gradeResponses({
        userId: ctx.instructor.id,
        input: { assignmentId: a.id, questionId: shortQ.id, responses: [{ id: r.id, version: 0 }], choice: { levelId: level.id } },
      })
    return { ...ctx, assignment: a, attempts }
  }

  it('a whole-class release counts the students with submitted work and is audited', async () => {
    const ctx = await gradedClass()
    const result = await releaseFeedback({ userId: ctx.instructor.id, assignmentId: ctx.assignment.id })
    expect(result).toEqual({ released: 2, students: 2 })
    const rows = await db.auditLog.findMany({ where: { action: 'FEEDBACK_RELEASED', actorId: ctx.instructor.id } })
    expect(rows.map((r) => r.details)).toEqual([{ assignmentId: ctx.assignment.id, scope: 'class', students: 2, attempts: 2 }])
  })

  it('withdrawing hides feedback from every student, says so on their attempt, keeps every grade, and is audited', async () => {
    const ctx = await gradedClass()
    const ana = ctx.students.Ana
    const anaAttempt = ctx.attempts.get(ana.id)!
    await releaseFeedback({ userId: ctx.instructor.id, assignmentId: ctx.assignment.id })
    expect((await getAttemptView({ userId: ana.id, attemptId: anaAttempt }))!.results).not.toBeNull()
    const gradesBefore = await db.response.findMany({ where: { attempt: { assignmentId: ctx.assignment.id } }, orderBy: { id: 'asc' } })
    const attemptsBefore = await db.attempt.findMany({
      where: { assignmentId: ctx.assignment.id },
      orderBy: { id: 'asc' },
      select: { id: true, score: true, isScoreFinal: true },
    })

    expect(await withdrawFeedback({ userId: ctx.instructor.id, assignmentId: ctx.assignment.id })).toEqual({ students: 2 })

    const view = (await getAttemptView({ userId: ana.id, attemptId: anaAttempt }))!
    expect(view.results).toBeNull()
    expect(view.isFeedbackWithdrawn).toBe(true)
    expect(await db.response.findMany({ where: { attempt: { assignmentId: ctx.assignment.id } }, orderBy: { id: 'asc' } })).toEqual(
      gradesBefore,
    )
    expect(
      await db.attempt.findMany({
        where: { assignmentId: ctx.assignment.id },
        orderBy: { id: 'asc' },
        select: { id: true, score: true, isScoreFinal: true },
      }),
    ).toEqual(attemptsBefore)
    const [row] = await db.auditLog.findMany({ where: { action: 'FEEDBACK_WITHDRAWN', actorId: ctx.instructor.id } })
    expect(row).toMatchObject({
      actorId: ctx.instructor.id,
      details: { assignmentId: ctx.assignment.id, students: 2, releaseWas: 'MANUAL' },
    })

    // Releasing again ends the withdrawal.
    await releaseFeedback({ userId: ctx.instructor.id, assignmentId: ctx.assignment.id })
    const again = (await getAttemptView({ userId: ana.id, attemptId: anaAttempt }))!
    expect([again.isFeedbackWithdrawn, again.results?.score]).toEqual([false, attemptsBefore.find((x) => x.id === anaAttempt)!.score])
  })

  it('withdrawing an automatic release (on submit) makes release manual, so it stays withdrawn, and clears per-student releases', async () => {
    const ctx = await classOf(['Ana', 'Bo'])
    const a = await assignment(ctx.klass.id, { feedbackRelease: 'ON_SUBMIT' })
    const anaAttempt = await takeQuiz({ userId: ctx.students.Ana.id, assignmentId: a.id, setId: 'comprehension', answers: {} })
    await releaseFeedback({ userId: ctx.instructor.id, assignmentId: a.id, studentId: ctx.students.Ana.id })
    expect((await getAttemptView({ userId: ctx.students.Ana.id, attemptId: anaAttempt }))!.results).not.toBeNull()
    expect(await withdrawFeedback({ userId: ctx.instructor.id, assignmentId: a.id })).toEqual({ students: 1 })
    expect(await db.assignment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      feedbackRelease: 'MANUAL',
      feedbackReleasedAt: null,
    })
    expect(await db.attempt.count({ where: { assignmentId: a.id, feedbackReleasedAt: { not: null } } })).toBe(0)
    const view = (await getAttemptView({ userId: ctx.students.Ana.id, attemptId: anaAttempt }))!
    expect([view.results, view.isFeedbackWithdrawn]).toEqual([null, true])
    // A student who submits after the withdrawal waits for a release too.
    const boAttempt = await takeQuiz({ userId: ctx.students.Bo.id, assignmentId: a.id, setId: 'comprehension', answers: {} })
    expect((await getAttemptView({ userId: ctx.students.Bo.id, attemptId: boAttempt }))!.results).toBeNull()
  })

  it('only an instructor of the class may release or withdraw', async () => {
    const ctx = await gradedClass()
    const stranger = await createUser({ role: 'INSTRUCTOR' })
    const student = ctx.students.Ana
    for (const userId of [stranger.id, student.id]) {
      await expect(withdrawFeedback({ userId, assignmentId: ctx.assignment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(releaseFeedback({ userId, assignmentId: ctx.assignment.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    expect(await db.auditLog.count({ where: { actorId: { in: [stranger.id, student.id] } } })).toBe(0)
  })
})
