import { db } from '@/lib/db'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { getAttemptView } from '@/lib/quiz/get-attempt-view'
import { gradeResponses } from '@/lib/review/grading/grade-responses'
import { getAttemptForGrading } from '@/lib/review/grading/get-attempt-for-grading'
import { releaseFeedback } from '@/lib/review/grading/release-feedback'
import { addAnnotation, deleteAnnotation, editAnnotation } from '@/lib/review/grading/response-annotations'
import { addComment } from '@/lib/review/grading/add-comment'
import { setGradingMode } from '@/lib/review/grading/set-grading-mode'
import { createUser, openQuiz } from '@/tests/factories'
import { takeQuiz } from '@/tests/factories/review-class'

// Essay feedback: the rubric levels the grader chose, and comments on passages of the answer
// (ResponseAnnotation), reach the student with their released feedback and not before.

const essaySet = (await loadQuestionSet('batmunkh-kim-1986', 'document-essay')).set
const essay = essaySet.questions.find((q) => q.type === 'essay')!
if (essay.type !== 'essay') throw new Error('needs an essay question')

const ESSAY =
  'Batmunkh speaks carefully. He praises Moscow, yet he leaves room for Pyongyang.\nThe record shows a small state keeping its options open.'
const PASSAGE = 'he leaves room for Pyongyang'

/** A submitted essay in a class whose feedback the instructor releases by hand. */
async function submittedEssay() {
  const ctx = await openQuiz({ feedbackRelease: 'MANUAL', questionSetIds: ['document-essay'], attemptsAllowed: 1 })
  const attemptId = await takeQuiz({
    userId: ctx.student.id,
    assignmentId: ctx.assignment.id,
    setId: 'document-essay',
    answers: { [essay.id]: { text: ESSAY } },
  })
  const response = await db.response.findFirstOrThrow({ where: { attemptId, questionId: essay.id } })
  const start = ESSAY.indexOf(PASSAGE)
  const passage = { responseId: response.id, start, end: start + PASSAGE.length, quotedText: PASSAGE }
  return { ...ctx, attemptId, response, passage }
}

/** One level per criterion: the top for the first criterion, the bottom for the rest. */
const chosenLevels = () =>
  Object.fromEntries(
    essay.rubric.map((c, i) => {
      const sorted = [...c.levels].sort((a, b) => b.points - a.points)
      return [c.id, (i === 0 ? sorted[0] : sorted[sorted.length - 1]).id]
    }),
  )

describe('comments on a passage of an essay', () => {
  it('stores a passage whose offsets and words match the stored answer, and lists it for the grader', async () => {
    const { instructor, assignment, attemptId, passage } = await submittedEssay()
    const saved = await addAnnotation({ userId: instructor.id, input: { ...passage, body: 'Good: the hedge is the point.' } })
    expect(saved).toMatchObject({ start: passage.start, end: passage.end, quotedText: PASSAGE, body: 'Good: the hedge is the point.' })
    const grading = await getAttemptForGrading({ userId: instructor.id, assignmentId: assignment.id, attemptId })
    const item = grading.questions.find((q) => q.question.id === essay.id)!
    expect(item.text).toBe(ESSAY)
    expect(item.annotations.map((a) => a.quotedText)).toEqual([PASSAGE])
  })

  it('refuses a range outside the answer, or one whose words are not the answer’s there, with a clear error, storing nothing', async () => {
    const { instructor, passage } = await submittedEssay()
    const body = 'A comment'
    await expect(addAnnotation({ userId: instructor.id, input: { ...passage, end: ESSAY.length + 5, body } })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('not in the answer'),
    })
    await expect(addAnnotation({ userId: instructor.id, input: { ...passage, start: passage.end, body } })).rejects.toMatchObject({
      code: 'BAD_INPUT',
    })
    await expect(
      addAnnotation({ userId: instructor.id, input: { ...passage, start: passage.start + 1, end: passage.end + 1, body } }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('does not match') })
    expect(await db.responseAnnotation.count({ where: { responseId: passage.responseId } })).toBe(0)
  })

  it('an instructor of another class, or the student, cannot add, edit or delete one (not found), and nothing changes', async () => {
    const { instructor, student, passage } = await submittedEssay()
    const outsider = await createUser({ role: 'INSTRUCTOR' })
    const mine = await addAnnotation({ userId: instructor.id, input: { ...passage, body: 'Mine' } })
    for (const userId of [outsider.id, student.id]) {
      await expect(addAnnotation({ userId, input: { ...passage, body: 'Planted' } })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(editAnnotation({ userId, input: { annotationId: mine.id, body: 'Planted' } })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
      await expect(deleteAnnotation({ userId, input: { annotationId: mine.id } })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
    const rows = await db.responseAnnotation.findMany({ where: { responseId: passage.responseId } })
    expect(rows.map((r) => r.body)).toEqual(['Mine'])
  })

  it('an instructor whose account became a student keeps no grading rights in the class they taught: comments and grades refused (not found)', async () => {
    const { instructor, assignment, passage } = await submittedEssay()
    await db.user.update({ where: { id: instructor.id }, data: { role: 'STUDENT' } })
    await expect(addAnnotation({ userId: instructor.id, input: { ...passage, body: 'Still here?' } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    await expect(
      gradeResponses({
        userId: instructor.id,
        input: {
          assignmentId: assignment.id,
          questionId: essay.id,
          responses: [{ id: passage.responseId, version: 0 }],
          choice: { criteria: chosenLevels() },
        },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await db.responseAnnotation.count({ where: { responseId: passage.responseId } })).toBe(0)
  })

  it('the grader can edit and delete their passage comment', async () => {
    const { instructor, passage } = await submittedEssay()
    const { id } = await addAnnotation({ userId: instructor.id, input: { ...passage, body: 'First thought' } })
    expect(await editAnnotation({ userId: instructor.id, input: { annotationId: id, body: 'Second thought' } })).toMatchObject({
      body: 'Second thought',
      quotedText: PASSAGE,
    })
    await deleteAnnotation({ userId: instructor.id, input: { annotationId: id } })
    expect(await db.responseAnnotation.count({ where: { id } })).toBe(0)
  })

  it('nothing the grader gets back from a passage comment names the student while grading is anonymous', async () => {
    const { instructor, student, assignment, attemptId, passage } = await submittedEssay()
    await setGradingMode({ userId: instructor.id, assignmentId: assignment.id, change: 'anonymous-on' })
    const saved = await addAnnotation({ userId: instructor.id, input: { ...passage, body: 'Anonymous comment' } })
    const grading = await getAttemptForGrading({ userId: instructor.id, assignmentId: assignment.id, attemptId })
    const text = JSON.stringify({ saved, grading: { label: grading.studentLabel, questions: grading.questions } })
    expect(text).not.toContain(student.name)
    expect(text).not.toContain(student.email)
  })
})

describe('essay feedback for the student', () => {
  it('before release the student sees no levels, comments or passages; after release, each criterion’s level, description and points, the comments and the passages', async () => {
    const { instructor, student, assignment, attemptId, response, passage } = await submittedEssay()
    await gradeResponses({
      userId: instructor.id,
      input: {
        assignmentId: assignment.id,
        questionId: essay.id,
        responses: [{ id: response.id, version: 0 }],
        choice: { criteria: chosenLevels() },
      },
    })
    await addComment({ userId: instructor.id, input: { attemptId, responseId: response.id, body: 'Argued, but cite more paragraphs.' } })
    await addComment({ userId: instructor.id, input: { attemptId, body: 'A thoughtful first essay.' } })
    await addAnnotation({ userId: instructor.id, input: { ...passage, body: 'This is the heart of it.' } })

    const before = await getAttemptView({ userId: student.id, attemptId })
    expect(before!.results).toBeNull()
    const beforeText = JSON.stringify(before)
    for (const secret of ['This is the heart of it.', 'Argued, but cite more paragraphs.', 'A thoughtful first essay.'])
      expect(beforeText).not.toContain(secret)

    await releaseFeedback({ userId: instructor.id, assignmentId: assignment.id })
    const after = (await getAttemptView({ userId: student.id, attemptId }))!.results!
    const result = after.perQuestion[essay.id]
    const chosen = chosenLevels()
    expect(result.rubric).toEqual(
      essay.rubric.map((c) => {
        const level = c.levels.find((l) => l.id === chosen[c.id])!
        return {
          criterion: c.criterion,
          level: { label: level.label, points: level.points, description: level.description },
          max: Math.max(...c.levels.map((l) => l.points)),
        }
      }),
    )
    expect(result.score).toBe(result.rubric!.reduce((sum, line) => sum + line.level!.points, 0))
    expect(result.comments.map((c) => c.body)).toEqual(['Argued, but cite more paragraphs.'])
    expect(after.overallComments.map((c) => c.body)).toEqual(['A thoughtful first essay.'])
    expect(result.annotations).toEqual([{ start: passage.start, end: passage.end, quotedText: PASSAGE, body: 'This is the heart of it.' }])
  })

  it('a score set by hand shows no rubric levels (they no longer explain the score)', async () => {
    const { instructor, student, assignment, attemptId, response } = await submittedEssay()
    await gradeResponses({
      userId: instructor.id,
      input: {
        assignmentId: assignment.id,
        questionId: essay.id,
        responses: [{ id: response.id, version: 0 }],
        choice: { criteria: chosenLevels() },
      },
    })
    await gradeResponses({
      userId: instructor.id,
      input: {
        assignmentId: assignment.id,
        questionId: essay.id,
        responses: [{ id: response.id, version: 1 }],
        choice: { score: 12, reason: 'Late rubric correction' },
      },
    })
    await releaseFeedback({ userId: instructor.id, assignmentId: assignment.id })
    const result = (await getAttemptView({ userId: student.id, attemptId }))!.results!.perQuestion[essay.id]
    expect(result.score).toBe(12)
    expect(result.rubric).toBeNull()
  })
})
