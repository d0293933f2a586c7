import { db } from '@/lib/db'
import { getAttemptView } from '@/lib/quiz/get-attempt-view'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { submitAttempt } from '@/lib/quiz/submit-attempt'
import { addComment } from '@/lib/review/grading/add-comment'
import { saveToCommentBank, searchCommentBank } from '@/lib/review/grading/comment-bank'
import { CONFLICT_MESSAGE, gradeResponses } from '@/lib/review/grading/grade-responses'
import { listQuestionResponses } from '@/lib/review/grading/list-question-responses'
import { releaseFeedback } from '@/lib/review/grading/release-feedback'
import { requestRegrade, resolveRegrade } from '@/lib/review/grading/regrade-requests'
import { createUser, enrol, openQuiz } from '@/tests/factories'

const evidenceSet = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set
const shortQ = evidenceSet.questions.find((q) => q.type === 'short')!
if (shortQ.type !== 'short') throw new Error('needs a short answer question')
const top = shortQ.rubric.reduce((a, b) => (a.points >= b.points ? a : b))
const low = shortQ.rubric.find((l) => l.points > 0 && l.points < top.points)!

/** A class where several students submitted the evidence quiz with the given short answers. */
async function submittedShortAnswers(texts: string[], overrides: Record<string, unknown> = {}) {
  const ctx = await openQuiz({ feedbackRelease: 'MANUAL', ...overrides })
  const students = [ctx.student]
  for (let i = 1; i < texts.length; i++) {
    const s = await createUser({ name: `Student ${String.fromCharCode(65 + i)}` })
    await enrol(s.id, ctx.klass.id)
    students.push(s)
  }
  const attempts: string[] = []
  for (const [i, student] of students.entries()) {
    const { attemptId } = await startAttempt({
      userId: student.id,
      assignmentId: ctx.assignment.id,
      questionSetId: 'evidence-and-argument',
    })
    if (texts[i]) await saveAnswer({ userId: student.id, attemptId, input: { questionId: shortQ.id, answer: { text: texts[i] }, seq: 1 } })
    await submitAttempt({ userId: student.id, attemptId })
    attempts.push(attemptId)
  }
  const list = () => listQuestionResponses({ userId: ctx.instructor.id, assignmentId: ctx.assignment.id, questionId: shortQ.id })
  return { ...ctx, students, attempts, list }
}

describe('grading by question', () => {
  it('lists every submitted attempt’s answer, flags the unanswered, and groups near-identical answers', async () => {
    const { list } = await submittedShortAnswers(['The troops came in 1966.', 'the troops came in 1966', '', 'Something else entirely.'])
    const { responses } = await list()
    expect(responses).toHaveLength(4)
    expect(responses.filter((r) => r.responseId === null)).toHaveLength(1)
    const keys = responses.map((r) => r.groupKey).filter(Boolean)
    expect(new Set(keys).size).toBe(2)
  })

  it('a rubric level sets the score, is audited with before and after, and makes the attempt final once nothing waits', async () => {
    const { instructor, assignment, list } = await submittedShortAnswers(['A thoughtful answer about the garrison.'])
    const [row] = (await list()).responses
    await gradeResponses({
      userId: instructor.id,
      input: {
        assignmentId: assignment.id,
        questionId: shortQ.id,
        responses: [{ id: row.responseId!, version: row.version }],
        choice: { levelId: low.id },
        comment: 'Good start; add the 1966 request.',
      },
    })
    const response = await db.response.findUniqueOrThrow({ where: { id: row.responseId! } })
    expect(response).toMatchObject({ score: low.points, rubricLevelId: low.id, gradedById: instructor.id, gradeVersion: 1 })
    const log = await db.auditLog.findFirstOrThrow({ where: { action: 'GRADE_CHANGED', actorId: instructor.id } })
    expect(log.details).toMatchObject({ responseId: row.responseId, before: null, after: low.points })
    expect(await db.feedback.count({ where: { responseId: row.responseId } })).toBe(1)
    // The other short answers were left blank (scored 0), so nothing else waits for a grader.
    expect((await db.attempt.findUniqueOrThrow({ where: { id: row.attemptId } })).isScoreFinal).toBe(true)
  })

  it('grades a whole group of identical answers in one action', async () => {
    const { instructor, assignment, list } = await submittedShortAnswers(['Same answer.', 'same answer', 'SAME ANSWER!'])
    const rows = (await list()).responses
    await gradeResponses({
      userId: instructor.id,
      input: {
        assignmentId: assignment.id,
        questionId: shortQ.id,
        responses: rows.map((r) => ({ id: r.responseId!, version: r.version })),
        choice: { levelId: top.id },
      },
    })
    expect(await db.response.count({ where: { questionId: shortQ.id, score: top.points } })).toBe(3)
    expect(await db.auditLog.count({ where: { action: 'GRADE_CHANGED', actorId: instructor.id } })).toBe(3)
  })

  it('two graders at once: the second, working from a stale view, is refused and nothing of theirs is written', async () => {
    const { instructor, klass, assignment, list } = await submittedShortAnswers(['An answer to fight over.'])
    const colleague = await createUser({ role: 'INSTRUCTOR' })
    await db.membership.create({ data: { userId: colleague.id, classId: klass.id, role: 'INSTRUCTOR' } })
    const [row] = (await list()).responses
    const grade = (userId: string, levelId: string) =>
      gradeResponses({
        userId,
        input: {
          assignmentId: assignment.id,
          questionId: shortQ.id,
          responses: [{ id: row.responseId!, version: row.version }],
          choice: { levelId },
        },
      })
    const results = await Promise.allSettled([grade(instructor.id, top.id), grade(colleague.id, low.id)])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(rejected.reason.message).toBe(CONFLICT_MESSAGE)
    expect(
      await db.auditLog.count({ where: { action: 'GRADE_CHANGED', details: { path: ['responseId'], equals: row.responseId! } } }),
    ).toBe(1)
  })

  it('a score set by hand needs a reason, cannot exceed the points, and the reason is kept', async () => {
    const { instructor, assignment, list } = await submittedShortAnswers(['Override me.'])
    const [row] = (await list()).responses
    const base = { assignmentId: assignment.id, questionId: shortQ.id, responses: [{ id: row.responseId!, version: row.version }] }
    await expect(gradeResponses({ userId: instructor.id, input: { ...base, choice: { score: 2, reason: '' } } })).rejects.toThrow(
      /Give a reason/,
    )
    await expect(
      gradeResponses({ userId: instructor.id, input: { ...base, choice: { score: shortQ.points + 1, reason: 'Generous' } } }),
    ).rejects.toThrow(/at most/)
    await gradeResponses({ userId: instructor.id, input: { ...base, choice: { score: 2.5, reason: 'Partly right about the date.' } } })
    expect(await db.response.findUniqueOrThrow({ where: { id: row.responseId! } })).toMatchObject({
      score: 2.5,
      overrideReason: 'Partly right about the date.',
    })
  })

  it('only the class’s instructors see or grade its responses', async () => {
    const { assignment, students, list } = await submittedShortAnswers(['Private work.'])
    const [row] = (await list()).responses
    const stranger = await createUser({ role: 'INSTRUCTOR' })
    for (const userId of [stranger.id, students[0].id]) {
      await expect(listQuestionResponses({ userId, assignmentId: assignment.id, questionId: shortQ.id })).rejects.toThrow(
        'Assignment not found.',
      )
      await expect(
        gradeResponses({
          userId,
          input: {
            assignmentId: assignment.id,
            questionId: shortQ.id,
            responses: [{ id: row.responseId!, version: 0 }],
            choice: { levelId: top.id },
          },
        }),
      ).rejects.toThrow('Assignment not found.')
      await expect(addComment({ userId, input: { attemptId: row.attemptId, body: 'Sneaky' } })).rejects.toThrow('Answer not found.')
    }
    expect(await db.response.findUniqueOrThrow({ where: { id: row.responseId! } })).toMatchObject({ score: null, gradeVersion: 0 })
  })

  it('anonymous grading hides names until grading is marked finished', async () => {
    const { list, assignment } = await submittedShortAnswers(['One.', 'Two.'], { anonymousGrading: true })
    expect((await list()).responses.map((r) => r.studentLabel).sort()).toEqual(['Student 1', 'Student 2'])
    expect((await list()).responses.every((r) => r.studentId === null)).toBe(true)
    await db.assignment.update({ where: { id: assignment.id }, data: { gradingFinishedAt: new Date() } })
    expect((await list()).responses.map((r) => r.studentLabel)).not.toContain('Student 1')
  })
})

describe('feedback, release and regrade requests', () => {
  it('students see feedback only after release, and only their own', async () => {
    const { instructor, assignment, students, attempts, list } = await submittedShortAnswers(['Mine.', 'Theirs.'])
    const rows = (await list()).responses
    for (const r of rows)
      await addComment({
        userId: instructor.id,
        input: { attemptId: r.attemptId, responseId: r.responseId!, body: `Comment for ${r.studentLabel}`, quotedParagraph: 'p9' },
      })
    const before = await getAttemptView({ userId: students[0].id, attemptId: attempts[0] })
    expect(before?.results).toBeNull()
    expect(JSON.stringify(before)).not.toContain('Comment for')
    await releaseFeedback({ userId: instructor.id, assignmentId: assignment.id })
    const after = await getAttemptView({ userId: students[0].id, attemptId: attempts[0] })
    const mine = JSON.stringify(after)
    expect(mine).toContain(`Comment for ${students[0].name}`)
    expect(mine).not.toContain(`Comment for ${students[1].name}`)
    expect(await getAttemptView({ userId: students[0].id, attemptId: attempts[1] })).toBeNull()
  })

  it('release can be per student', async () => {
    const { instructor, assignment, students, attempts } = await submittedShortAnswers(['A.', 'B.'])
    await releaseFeedback({ userId: instructor.id, assignmentId: assignment.id, studentId: students[1].id })
    expect((await getAttemptView({ userId: students[1].id, attemptId: attempts[1] }))?.results).not.toBeNull()
    expect((await getAttemptView({ userId: students[0].id, attemptId: attempts[0] }))?.results).toBeNull()
  })

  it('a student may ask once about a released grade, and the instructor resolves it', async () => {
    const { instructor, assignment, students, attempts } = await submittedShortAnswers(['Ask me.'])
    const ask = () =>
      requestRegrade({
        userId: students[0].id,
        input: { attemptId: attempts[0], message: 'I think my answer on ¶9 deserves another look.' },
      })
    await expect(ask()).rejects.toThrow(/once your feedback is released/)
    await releaseFeedback({ userId: instructor.id, assignmentId: assignment.id })
    const { id } = await ask()
    await expect(ask()).rejects.toThrow(/already asked/)
    await resolveRegrade({
      userId: instructor.id,
      input: { assignmentId: assignment.id, requestId: id, resolution: 'Looked again: the grade stands, see my comment.' },
    })
    expect(await db.regradeRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ resolvedById: instructor.id })
  })

  it('the comment bank saves once per text and finds comments by words', async () => {
    const { instructor, assignment } = await submittedShortAnswers(['x'])
    const entry = { assignmentId: assignment.id, questionSetId: 'evidence-and-argument', body: 'Quote the paragraph you rely on.' }
    await saveToCommentBank({ userId: instructor.id, input: entry })
    await saveToCommentBank({ userId: instructor.id, input: entry })
    await saveToCommentBank({ userId: instructor.id, input: { ...entry, body: 'Consider the date problem.' } })
    expect(
      await searchCommentBank({
        userId: instructor.id,
        assignmentId: assignment.id,
        questionSetId: 'evidence-and-argument',
        query: 'paragraph',
      }),
    ).toHaveLength(1)
    expect(
      await searchCommentBank({ userId: instructor.id, assignmentId: assignment.id, questionSetId: 'evidence-and-argument' }),
    ).toHaveLength(2)
  })

  it('an instructor cannot list or use another instructor’s saved comments, in another class or in the same one', async () => {
    const y = await submittedShortAnswers(['x'])
    const x = await submittedShortAnswers(['y'])
    const coInstructor = await createUser({ role: 'INSTRUCTOR' })
    await db.membership.create({ data: { userId: coInstructor.id, classId: y.klass.id, role: 'INSTRUCTOR' } })
    const body = `${y.student.name} misread ¶9: read it again.`
    const entry = { questionSetId: 'evidence-and-argument', body }
    const { id: ysEntry } = await saveToCommentBank({ userId: y.instructor.id, input: { ...entry, assignmentId: y.assignment.id } })

    const bankOf = (userId: string, assignmentId: string, query?: string) =>
      searchCommentBank({ userId, assignmentId, questionSetId: 'evidence-and-argument', query })
    expect(await bankOf(x.instructor.id, x.assignment.id)).toEqual([])
    expect(await bankOf(x.instructor.id, x.assignment.id, 'misread')).toEqual([])
    expect(await bankOf(coInstructor.id, y.assignment.id)).toEqual([])
    // Saving the same words gives X an entry of their own, not a handle on Y's.
    const { id: xsEntry } = await saveToCommentBank({ userId: x.instructor.id, input: { ...entry, assignmentId: x.assignment.id } })
    expect(xsEntry).not.toBe(ysEntry)
    // Another class's assignment is not X's to grade, so its bank is not X's to read either.
    await expect(bankOf(x.instructor.id, y.assignment.id)).rejects.toThrow('Assignment not found.')
    expect(await bankOf(y.instructor.id, y.assignment.id)).toEqual([{ id: ysEntry, body }])
  })
})
