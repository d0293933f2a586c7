import { db } from '@/lib/db'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { editRubric } from '@/lib/review/grading/edit-rubric'
import { getAttemptForGrading } from '@/lib/review/grading/get-attempt-for-grading'
import { gradeResponses } from '@/lib/review/grading/grade-responses'
import { gradingOverview } from '@/lib/review/grading/grading-overview'
import { listQuestionResponses } from '@/lib/review/grading/list-question-responses'
import { regradeQuestion } from '@/lib/review/grading/regrade-question'
import { listRegradeRequests, requestRegrade } from '@/lib/review/grading/regrade-requests'
import { releaseFeedback } from '@/lib/review/grading/release-feedback'
import { pageOfResponses } from '@/lib/review/grading/response-page'
import { assignment, classOf, takeQuiz } from '@/tests/factories/review-class'

const evidence = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set
const shortQ = evidence.questions.find((q) => q.type === 'short')!
if (shortQ.type !== 'short') throw new Error('needs a short answer')
const middle = shortQ.rubric.find((l) => l.points > 0 && l.points < shortQ.points)!
const single = (await loadQuestionSet('batmunkh-kim-1986', 'comprehension')).set.questions.find((q) => q.type === 'single')!
if (single.type !== 'single') throw new Error('needs a single choice')

const NAMES = ['Zofia Wiśniewska', 'Tomasz Brzęczyszczykiewicz', 'Ines Moreau-Lefèvre']

/** An anonymous assignment with graded short answers, a stale key to regrade and a regrade request. */
async function anonymousClass() {
  const ctx = await classOf(NAMES)
  const a = await assignment(ctx.klass.id, {
    questionSetIds: ['evidence-and-argument', 'comprehension'],
    anonymousGrading: true,
    feedbackRelease: 'MANUAL',
  })
  const people = Object.values(ctx.students)
  const attempts: string[] = []
  for (const [i, s] of people.entries()) {
    attempts.push(
      await takeQuiz({
        userId: s.id,
        assignmentId: a.id,
        setId: 'evidence-and-argument',
        answers: { [shortQ.id]: { text: `Answer number ${i + 1}.` } },
      }),
    )
    attempts.push(
      await takeQuiz({ userId: s.id, assignmentId: a.id, setId: 'comprehension', answers: { [single.id]: { choice: single.correct } } }),
    )
  }
  const shortResponses = await db.response.findMany({ where: { questionId: shortQ.id, attempt: { assignmentId: a.id } } })
  for (const r of shortResponses) {
    await gradeResponses({
      userId: ctx.instructor.id,
      input: { assignmentId: a.id, questionId: shortQ.id, responses: [{ id: r.id, version: 0 }], choice: { levelId: middle.id } },
    })
  }
  // Pretend these answers were marked wrong against an older key, so a regrade moves every one.
  await db.response.updateMany({
    where: { questionId: single.id, attempt: { assignmentId: a.id } },
    data: { questionVersion: '0000000000000000', score: 0 },
  })
  await releaseFeedback({ userId: ctx.instructor.id, assignmentId: a.id })
  await requestRegrade({ userId: people[0].id, input: { attemptId: attempts[0], message: 'Please look at my short answer again.' } })
  return { ...ctx, people, assignment: a, attempts }
}

/** Every grading response an instructor's screens receive for this assignment, serialized as sent. */
async function everyGradingResponse(ctx: Awaited<ReturnType<typeof anonymousClass>>) {
  const base = { userId: ctx.instructor.id, assignmentId: ctx.assignment.id }
  const edited = { kind: 'levels', levels: shortQ.rubric.map((l) => (l.id === middle.id ? { ...l, points: middle.points + 1 } : l)) }
  const dropsUsedLevel = { kind: 'levels', levels: shortQ.rubric.filter((l) => l.id !== middle.id) }
  const list = await listQuestionResponses({ ...base, questionId: shortQ.id })
  const responses: [string, unknown][] = [
    ['grading overview', await gradingOverview(base)],
    ['grade by question', list],
    ['a page of grade by question, grouped', pageOfResponses(list.responses, { isGrouped: true, onlyUngraded: false })],
    ['the rubric-edit preview', await editRubric({ ...base, questionId: shortQ.id, rubric: edited, dryRun: true })],
    [
      'a refused rubric edit',
      await editRubric({ ...base, questionId: shortQ.id, rubric: dropsUsedLevel, dryRun: true }).catch((e: Error) => ({
        message: e.message,
      })),
    ],
    ['the key-regrade preview', await regradeQuestion({ ...base, questionId: single.id, dryRun: true })],
    ['regrade requests', await listRegradeRequests(base)],
  ]
  for (const attemptId of ctx.attempts)
    responses.push([`grade by student (${attemptId})`, await getAttemptForGrading({ ...base, attemptId })])
  return responses.map(([what, value]) => [what, JSON.stringify(value)] as const)
}

function identifying(ctx: Awaited<ReturnType<typeof anonymousClass>>) {
  return ctx.people.flatMap((p) => [p.name, ...p.name.split(/[\s-]+/), p.email, p.id])
}

describe('anonymous grading', () => {
  it('no student name, email or id leaves the server in any grading response while grading is anonymous', async () => {
    const ctx = await anonymousClass()
    const responses = await everyGradingResponse(ctx)
    // The walk reached work to show: the previews moved scores, the refusal happened.
    expect(responses.find(([what]) => what === 'the rubric-edit preview')![1]).toContain('"moved":3')
    expect(responses.find(([what]) => what === 'the key-regrade preview')![1]).toContain('"moved":3')
    expect(responses.find(([what]) => what === 'a refused rubric edit')![1]).toMatch(
      /removes a level that graded answers use \(Student \d\)/,
    )
    const leaks = responses.flatMap(([what, json]) =>
      identifying(ctx)
        .filter((s) => json.includes(s))
        .map((s) => `${what}: ${s}`),
    )
    expect(leaks).toEqual([])
  })

  it('names come back once grading is marked finished', async () => {
    const ctx = await anonymousClass()
    await db.assignment.update({ where: { id: ctx.assignment.id }, data: { gradingFinishedAt: new Date() } })
    for (const [what, json] of await everyGradingResponse(ctx)) {
      if (what.startsWith('a refused')) continue
      expect([what, NAMES.some((n) => json.includes(n))]).toEqual([what, true])
    }
  })

  it('a student has the same anonymous label on every grading screen', async () => {
    const ctx = await anonymousClass()
    const base = { userId: ctx.instructor.id, assignmentId: ctx.assignment.id }
    const overview = await gradingOverview(base)
    const byQuestion = await listQuestionResponses({ ...base, questionId: shortQ.id })
    const preview = await editRubric({
      ...base,
      questionId: shortQ.id,
      rubric: { kind: 'levels', levels: shortQ.rubric.map((l) => (l.id === middle.id ? { ...l, points: middle.points + 1 } : l)) },
      dryRun: true,
    })
    const attemptsOf = await db.attempt.findMany({ where: { assignmentId: ctx.assignment.id }, select: { id: true, userId: true } })
    const userOf = new Map(attemptsOf.map((a) => [a.id, a.userId]))
    const labelsByUser = new Map<string, Set<string>>()
    const note = (attemptId: string, label: string) =>
      labelsByUser.set(userOf.get(attemptId)!, (labelsByUser.get(userOf.get(attemptId)!) ?? new Set()).add(label))
    for (const a of overview.attempts) note(a.id, a.studentLabel)
    for (const r of byQuestion.responses) note(r.attemptId, r.studentLabel)
    for (const c of preview.changes) note(c.attemptId, c.studentLabel)
    for (const attemptId of ctx.attempts) note(attemptId, (await getAttemptForGrading({ ...base, attemptId })).studentLabel)
    expect([...labelsByUser.values()].map((labels) => labels.size)).toEqual([1, 1, 1])
    expect(new Set([...labelsByUser.values()].flatMap((l) => [...l]))).toEqual(new Set(['Student 1', 'Student 2', 'Student 3']))
  })
})
