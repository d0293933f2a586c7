import { db } from '@/lib/db'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { submitAttempt } from '@/lib/quiz/submit-attempt'
import { editRubric } from '@/lib/review/grading/edit-rubric'
import { gradeResponses } from '@/lib/review/grading/grade-responses'
import { regradeQuestion } from '@/lib/review/grading/regrade-question'
import { createUser, enrol, openQuiz } from '@/tests/factories'

const evidence = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set
const essayQ = (await loadQuestionSet('batmunkh-kim-1986', 'document-essay')).set.questions[0]
if (essayQ.type !== 'essay') throw new Error('needs an essay')
const shortQ = evidence.questions.find((q) => q.type === 'short')!
if (shortQ.type !== 'short') throw new Error('needs a short answer')
const comprehension = await loadQuestionSet('batmunkh-kim-1986', 'comprehension')
const single = comprehension.questions.find((q) => q.question.type === 'single')!
if (single.question.type !== 'single') throw new Error('needs a single choice')
const singleQ = single.question
const other = singleQ.choices.find((c) => c.id !== singleQ.correct)!.id

async function classSubmitting(setId: string, answers: { questionId: string; answer: unknown }[][]) {
  const ctx = await openQuiz({ questionSetIds: [setId] })
  const students = [ctx.student]
  for (let i = 1; i < answers.length; i++) {
    const s = await createUser({ name: `Student ${i}` })
    await enrol(s.id, ctx.klass.id)
    students.push(s)
  }
  for (const [i, s] of students.entries()) {
    const { attemptId } = await startAttempt({ userId: s.id, assignmentId: ctx.assignment.id, questionSetId: setId })
    for (const [j, a] of answers[i].entries()) await saveAnswer({ userId: s.id, attemptId, input: { ...a, seq: j + 1 } })
    await submitAttempt({ userId: s.id, attemptId })
  }
  return ctx
}

describe('editing a rubric after grading started', () => {
  it('previews exactly which scores move and by how much, then applies and audits them', async () => {
    const ctx = await classSubmitting('evidence-and-argument', [
      [{ questionId: shortQ.id, answer: { text: 'One' } }],
      [{ questionId: shortQ.id, answer: { text: 'Two' } }],
    ])
    const responses = await db.response.findMany({
      where: { questionId: shortQ.id, attempt: { assignmentId: ctx.assignment.id } },
      orderBy: { id: 'asc' },
    })
    const middle = shortQ.rubric.find((l) => l.points > 0 && l.points < shortQ.points)!
    const topLevel = shortQ.rubric.find((l) => l.points === shortQ.points)!
    await gradeResponses({
      userId: ctx.instructor.id,
      input: {
        assignmentId: ctx.assignment.id,
        questionId: shortQ.id,
        responses: [{ id: responses[0].id, version: 0 }],
        choice: { levelId: middle.id },
      },
    })
    await gradeResponses({
      userId: ctx.instructor.id,
      input: {
        assignmentId: ctx.assignment.id,
        questionId: shortQ.id,
        responses: [{ id: responses[1].id, version: 0 }],
        choice: { levelId: topLevel.id },
      },
    })
    const edited = { kind: 'levels', levels: shortQ.rubric.map((l) => (l.id === middle.id ? { ...l, points: middle.points + 1 } : l)) }
    const before = await db.response.findMany({ where: { questionId: shortQ.id }, select: { score: true }, orderBy: { id: 'asc' } })
    const preview = await editRubric({
      userId: ctx.instructor.id,
      assignmentId: ctx.assignment.id,
      questionId: shortQ.id,
      rubric: edited,
      dryRun: true,
    })
    expect(preview).toMatchObject({ moved: 1, up: 1, down: 0, totalDelta: 1 })
    expect(await db.response.findMany({ where: { questionId: shortQ.id }, select: { score: true }, orderBy: { id: 'asc' } })).toEqual(
      before,
    )
    await editRubric({
      userId: ctx.instructor.id,
      assignmentId: ctx.assignment.id,
      questionId: shortQ.id,
      rubric: edited,
      dryRun: false,
      reason: 'Middle level was too harsh',
    })
    expect((await db.response.findUniqueOrThrow({ where: { id: responses[0].id } })).score).toBe(middle.points + 1)
    expect(
      await db.auditLog.count({ where: { action: 'GRADE_CHANGED', details: { path: ['reason'], equals: 'Middle level was too harsh' } } }),
    ).toBe(1)
  })

  it('refuses an edit whose top levels no longer add up to the points, or that removes a level in use', async () => {
    const ctx = await classSubmitting('evidence-and-argument', [[{ questionId: shortQ.id, answer: { text: 'One' } }]])
    const response = await db.response.findFirstOrThrow({ where: { questionId: shortQ.id, attempt: { assignmentId: ctx.assignment.id } } })
    const used = shortQ.rubric[1]
    await gradeResponses({
      userId: ctx.instructor.id,
      input: {
        assignmentId: ctx.assignment.id,
        questionId: shortQ.id,
        responses: [{ id: response.id, version: 0 }],
        choice: { levelId: used.id },
      },
    })
    const args = { userId: ctx.instructor.id, assignmentId: ctx.assignment.id, questionId: shortQ.id, dryRun: true }
    await expect(
      editRubric({ ...args, rubric: { kind: 'levels', levels: shortQ.rubric.map((l) => ({ ...l, points: l.points / 2 })) } }),
    ).rejects.toThrow(/add up to/)
    await expect(
      editRubric({ ...args, rubric: { kind: 'levels', levels: shortQ.rubric.filter((l) => l.id !== used.id) } }),
    ).rejects.toThrow(/removes a level that graded answers use/)
  })
})

describe('editing an essay’s criteria rubric', () => {
  it('re-scores each essay from the levels chosen per criterion, shown first as a dry run', async () => {
    const ctx = await classSubmitting('document-essay', [[{ questionId: essayQ.id, answer: { text: 'An essay.' } }]])
    const response = await db.response.findFirstOrThrow({ where: { questionId: essayQ.id, attempt: { assignmentId: ctx.assignment.id } } })
    // The second-best level of each criterion: changing its points moves the score, keeping the top levels (and the total) as they are.
    const chosen = Object.fromEntries(essayQ.rubric.map((c) => [c.id, [...c.levels].sort((a, b) => b.points - a.points)[1]]))
    await gradeResponses({
      userId: ctx.instructor.id,
      input: {
        assignmentId: ctx.assignment.id,
        questionId: essayQ.id,
        responses: [{ id: response.id, version: 0 }],
        choice: { criteria: Object.fromEntries(Object.entries(chosen).map(([c, l]) => [c, l.id])) },
      },
    })
    const graded = (await db.response.findUniqueOrThrow({ where: { id: response.id } })).score!
    const [first] = essayQ.rubric
    const edited = {
      kind: 'criteria',
      criteria: essayQ.rubric.map((c) =>
        c.id === first.id ? { ...c, levels: c.levels.map((l) => (l.id === chosen[c.id].id ? { ...l, points: l.points - 1 } : l)) } : c,
      ),
    }
    const args = { userId: ctx.instructor.id, assignmentId: ctx.assignment.id, questionId: essayQ.id, rubric: edited }

    expect(await editRubric({ ...args, dryRun: true })).toMatchObject({ moved: 1, up: 0, down: 1, totalDelta: -1 })
    expect((await db.response.findUniqueOrThrow({ where: { id: response.id } })).score).toBe(graded)
    await editRubric({ ...args, dryRun: false, reason: 'Second level of the first criterion was generous' })
    expect((await db.response.findUniqueOrThrow({ where: { id: response.id } })).score).toBe(graded - 1)
    await expect(editRubric({ ...args, rubric: { kind: 'levels', levels: first.levels }, dryRun: true })).rejects.toThrow(
      /cannot change between levels and criteria/,
    )
  })
})

describe('regrading after a key changed', () => {
  it('re-scores answers marked against an older version, audits each change, and leaves hand-set scores alone', async () => {
    // Three students: two chose the "other" choice, one the key's choice.
    const ctx = await classSubmitting('comprehension', [
      [{ questionId: singleQ.id, answer: { choice: other } }],
      [{ questionId: singleQ.id, answer: { choice: other } }],
      [{ questionId: singleQ.id, answer: { choice: singleQ.correct } }],
    ])
    // Pretend the answers were marked against an old version whose key was "other".
    const oldVersion = 'old0000000000000'
    await db.questionVersion.create({
      data: { hash: oldVersion, questionId: singleQ.id, questionSetId: 'comprehension', body: { ...singleQ, correct: other } },
    })
    await db.response.updateMany({ where: { questionId: singleQ.id }, data: { questionVersion: oldVersion } })
    await db.response.updateMany({
      where: { questionId: singleQ.id, answer: { equals: { choice: other } } },
      data: { score: singleQ.points },
    })
    await db.response.updateMany({ where: { questionId: singleQ.id, answer: { equals: { choice: singleQ.correct } } }, data: { score: 0 } })
    const overridden = await db.response.findFirstOrThrow({ where: { questionId: singleQ.id, answer: { equals: { choice: other } } } })
    await db.response.update({ where: { id: overridden.id }, data: { overrideReason: 'Argued well in class' } })

    const args = { userId: ctx.instructor.id, assignmentId: ctx.assignment.id, questionId: singleQ.id }
    const preview = await regradeQuestion({ ...args, dryRun: true })
    expect(preview).toMatchObject({ outdated: 3, keptOverrides: 1, moved: 2, up: 1, down: 1 })
    await regradeQuestion({ ...args, dryRun: false, reason: 'Key corrected' })
    expect(await db.response.count({ where: { questionId: singleQ.id, questionVersion: single.version } })).toBe(2)
    expect((await db.response.findUniqueOrThrow({ where: { id: overridden.id } })).score).toBe(singleQ.points)
    expect(await db.auditLog.count({ where: { action: 'GRADE_CHANGED', details: { path: ['reason'], equals: 'Key corrected' } } })).toBe(2)
    expect((await regradeQuestion({ ...args, dryRun: true })).moved).toBe(0)
  })

  it('is refused for hand-graded questions and for instructors of other classes', async () => {
    const ctx = await classSubmitting('evidence-and-argument', [[{ questionId: shortQ.id, answer: { text: 'x' } }]])
    await expect(
      regradeQuestion({ userId: ctx.instructor.id, assignmentId: ctx.assignment.id, questionId: shortQ.id, dryRun: true }),
    ).rejects.toThrow(/edit the rubric/)
    const stranger = await createUser({ role: 'INSTRUCTOR' })
    await expect(
      regradeQuestion({ userId: stranger.id, assignmentId: ctx.assignment.id, questionId: singleQ.id, dryRun: true }),
    ).rejects.toThrow('Assignment not found.')
  })
})
