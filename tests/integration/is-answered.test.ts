import { readMigrationFiles } from '@/lib/database/migrations'
import { db } from '@/lib/db'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { toPublicQuestion } from '@/lib/quiz/public-question'
import { isAnswered, QUESTION_TYPE_NAMES, sampleAnswer, type TQuestion } from '@/lib/quiz/types'
import { assignment, classOf, currentAnalysis, takeQuiz } from '@/tests/factories/review-class'

// One rule for "answered": the column saveAnswer stores, the quiz runner's progress (which runs
// the rule on the key-free question in the browser) and item analysis (which counts the column)
// must agree, for every question type, on full answers and on half-finished ones.

const SETS = ['pre-reading', 'comprehension', 'sourcing-and-context', 'evidence-and-argument', 'document-essay']

/** A saved answer that is not (yet) a whole one, where the type has such a thing. */
function halfAnswer(q: TQuestion): unknown {
  switch (q.type) {
    case 'true-false-because':
      return { value: true, because: null }
    case 'multiple':
      return { choices: [] }
    case 'matching':
      return { pairs: { [q.prompts[0].id]: q.options[0].id } }
    case 'evidence':
      return { sentences: [] }
    case 'short':
    case 'essay':
      return { text: '  ' }
    default:
      return undefined // single and ordering: any answer they can save is a whole one
  }
}

const fullAnswer = (q: TQuestion) =>
  q.type === 'essay'
    ? { text: 'The record shows Batmunkh balancing Moscow and Beijing.' }
    : sampleAnswer(q, { isRight: true, ability: 1, chance: () => 0, wrongOf: (items) => items[0].id })

let fixture: Awaited<ReturnType<typeof classOf>> & { assignmentId: string }
const given: Record<string, Record<string, Record<string, unknown>>> = { Ana: {}, Ben: {} }
beforeAll(async () => {
  const ctx = await classOf(['Ana', 'Ben'])
  const a = await assignment(ctx.klass.id, { questionSetIds: SETS })
  for (const setId of SETS) {
    const questions = (await loadQuestionSet('batmunkh-kim-1986', setId)).questions.map((x) => x.question)
    given.Ana[setId] = Object.fromEntries(questions.map((q) => [q.id, fullAnswer(q)]))
    given.Ben[setId] = Object.fromEntries(questions.flatMap((q) => (halfAnswer(q) === undefined ? [] : [[q.id, halfAnswer(q)]])))
    for (const name of ['Ana', 'Ben'])
      await takeQuiz({ userId: ctx.students[name].id, assignmentId: a.id, setId, answers: given[name][setId] })
  }
  fixture = { ...ctx, assignmentId: a.id }
}, 120_000)

describe('is-answered is one rule', () => {
  it('the lesson exercises every question type', async () => {
    const sets = await Promise.all(SETS.map((s) => loadQuestionSet('batmunkh-kim-1986', s)))
    const types = new Set(sets.flatMap((set) => set.questions.map((x) => x.question.type)))
    expect([...types].sort()).toEqual([...QUESTION_TYPE_NAMES].sort())
  })

  it('the saved column, the quiz runner’s progress and item analysis agree for every type', async () => {
    const stored = await db.response.findMany({
      where: { attempt: { assignmentId: fixture.assignmentId } },
      select: { questionId: true, isAnswered: true, answer: true, attempt: { select: { userId: true } } },
    })
    for (const setId of SETS) {
      const questions = (await loadQuestionSet('batmunkh-kim-1986', setId)).questions.map((x) => x.question)
      const analysis = await currentAnalysis({
        userId: fixture.instructor.id,
        classId: fixture.klass.id,
        assignmentId: fixture.assignmentId,
        questionSetId: setId,
      })
      for (const q of questions) {
        const shown = toPublicQuestion(q, { seed: 'any', sentences: {} })
        let runnerCount = 0
        for (const name of ['Ana', 'Ben']) {
          const answer = given[name][setId][q.id]
          const row = stored.find((r) => r.questionId === q.id && r.attempt.userId === fixture.students[name].id)
          const inRunner = answer !== undefined && isAnswered(shown, answer)
          if (inRunner) runnerCount++
          expect({ question: q.id, type: q.type, student: name, stored: row?.isAnswered ?? false }).toEqual({
            question: q.id,
            type: q.type,
            student: name,
            stored: inRunner,
          })
        }
        expect({ question: q.id, answered: analysis.questions.find((s) => s.id === q.id)!.answered }).toEqual({
          question: q.id,
          answered: runnerCount,
        })
      }
    }
    // Ana answered everything in full; Ben's half answers count as unanswered everywhere.
    expect(stored.filter((r) => r.attempt.userId === fixture.students.Ana.id).every((r) => r.isAnswered)).toBe(true)
    expect(stored.filter((r) => r.attempt.userId === fixture.students.Ben.id).some((r) => r.isAnswered)).toBe(false)
  })

  it('the one-time backfill gives rows saved before the column the same answer as the rule', async () => {
    const where = { attempt: { assignmentId: fixture.assignmentId } }
    const select = { id: true, isAnswered: true }
    const bySave = await db.response.findMany({ where, select, orderBy: { id: 'asc' } })
    await db.response.updateMany({ where, data: { isAnswered: false } })
    const migration = readMigrationFiles().find((f) => f.name.endsWith('_response_is_answered'))!
    await db.$executeRawUnsafe(migration.sql.slice(migration.sql.indexOf('UPDATE "Response"')))
    expect(await db.response.findMany({ where, select, orderBy: { id: 'asc' } })).toEqual(bySave)
    expect(bySave.some((r) => r.isAnswered) && bySave.some((r) => !r.isAnswered)).toBe(true)
  })
})
