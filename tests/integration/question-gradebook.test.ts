import { db } from '@/lib/db'
import { getQuestionGradebook } from '@/lib/review/question-gradebook'
import { assignment, classOf, outsiders, takeQuiz } from '@/tests/factories/review-class'

// Ana: the evidence quiz with one short answer still to grade. Ben: two attempts, the latest with
// a short answer graded 3.33. Cy: nothing submitted.
async function questionClass() {
  const ctx = await classOf(['Ana', 'Ben', 'Cy'])
  const quiz = await assignment(ctx.klass.id, { title: 'Evidence', questionSetIds: ['evidence-and-argument'], attemptsAllowed: 2 })
  const { Ana, Ben } = ctx.students
  const ana = await takeQuiz({
    userId: Ana.id,
    assignmentId: quiz.id,
    setId: 'evidence-and-argument',
    answers: { 'ev-short-sixty-years': { text: 'Since 1966, continuously.' } },
  })
  await takeQuiz({ userId: Ben.id, assignmentId: quiz.id, setId: 'evidence-and-argument', answers: {} })
  const ben = await takeQuiz({
    userId: Ben.id,
    assignmentId: quiz.id,
    setId: 'evidence-and-argument',
    answers: { 'ev-short-sixty-years': { text: 'From 1966 to 1986, not sixty years.' } },
  })
  await db.response.updateMany({ where: { attemptId: ben, questionId: 'ev-short-sixty-years' }, data: { score: 3.33, manualScore: 3.33 } })
  return { ...ctx, quiz, attempts: { ana, ben } }
}

let f: Awaited<ReturnType<typeof questionClass>>
beforeAll(async () => {
  f = await questionClass()
}, 60_000)

const book = () => getQuestionGradebook({ userId: f.instructor.id, classId: f.klass.id, assignmentId: f.quiz.id })

describe('the gradebook by question', () => {
  it('numbers the questions in the set’s authored order and says which are graded by hand', async () => {
    const g = await book()
    expect(g.questions.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const short = g.questions.find((q) => q.id === 'ev-short-sixty-years')!
    expect(short).toMatchObject({ number: 8, points: 5, isHandGraded: true })
    expect(g.questions[0]).toMatchObject({ id: 'ev-mongolia-china-goodwill', isHandGraded: false })
  })

  it('gives each student a cell per question: graded, awaiting a grader, unanswered, or not submitted', async () => {
    const g = await book()
    const row = (name: string) => g.rows.find((r) => r.name === name)!
    expect(g.rows.map((r) => r.name)).toEqual(['Ana', 'Ben', 'Cy'])
    expect(row('Ana').attemptId).toBe(f.attempts.ana)
    expect(row('Ana').cells['ev-short-sixty-years']).toEqual({ state: 'awaiting', score: null })
    expect(row('Ana').cells['ev-short-partial-withdrawal']).toEqual({ state: 'unanswered', score: 0 })
    expect(row('Ben').attemptId).toBe(f.attempts.ben)
    expect(row('Ben').cells['ev-short-sixty-years']).toEqual({ state: 'scored', score: 3.33 })
    expect(row('Cy')).toMatchObject({ attemptId: null, total: null })
    expect(row('Cy').cells['ev-short-sixty-years']).toEqual({ state: 'not-submitted', score: null })
  })

  it('summarises each question over the scores known, counting the answers still to grade apart', async () => {
    const g = await book()
    const short = g.questions.find((q) => q.id === 'ev-short-sixty-years')!
    expect(short.summary).toEqual({ submitted: 1, students: 3, outOf: 5, mean: 3.33, median: 3.33 })
    expect(short.awaiting).toBe(1)
    const blank = g.questions.find((q) => q.id === 'ev-short-partial-withdrawal')!
    expect(blank.summary).toMatchObject({ submitted: 2, mean: 0, median: 0 })
  })

  it('shows no scores while the assignment is graded anonymously', async () => {
    await db.assignment.update({ where: { id: f.quiz.id }, data: { anonymousGrading: true } })
    const g = await book()
    expect(g.isAnonymous).toBe(true)
    expect(g.rows.flatMap((r) => Object.values(r.cells)).every((c) => c.score === null)).toBe(true)
    await db.assignment.update({ where: { id: f.quiz.id }, data: { anonymousGrading: false } })
  })

  it('answers NOT_FOUND to a student, another class’s instructor, and a quiz not in the assignment', async () => {
    const { otherInstructor } = await outsiders()
    const ids = { classId: f.klass.id, assignmentId: f.quiz.id }
    await expect(getQuestionGradebook({ userId: f.students.Ana.id, ...ids })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getQuestionGradebook({ userId: otherInstructor.id, ...ids })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getQuestionGradebook({ userId: f.instructor.id, ...ids, questionSetId: 'comprehension' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
