import { db } from '@/lib/db'
import { removeStudent } from '@/lib/classes/remove-student'
import { getGradebook, getGradebookPage } from '@/lib/review/gradebook'
import { cellNotes } from '@/lib/review/cell-words'
import { parseGradebookSort, sortGradebook } from '@/lib/review/sort-gradebook'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { assignment, classOf, outsiders, readSections, takeQuiz } from '@/tests/factories/review-class'

const HOUR = 3_600_000
const DAY = 24 * HOUR

// Ana: comprehension 1/30 (feedback on submit); the late quiz a day late at 10%/day: 2 points
//      less 10% = 1.8/30, provisional because a short answer awaits grading.
// Ben: has only read. Cy: nothing, so the late quiz is overdue. Dee: comprehension in progress.
// Eve: 2/30 on comprehension, then removed from the class.
async function gradebookClass() {
  const ctx = await classOf(['Ana', 'Ben', 'Cy', 'Dee', 'Eve'])
  const onTime = await assignment(ctx.klass.id, { title: 'Comprehension' })
  const late = await assignment(ctx.klass.id, {
    title: 'Evidence (late)',
    questionSetIds: ['evidence-and-argument'],
    opensAt: new Date(Date.now() - 3 * DAY),
    dueAt: new Date(Date.now() - HOUR),
    lateCutoffAt: new Date(Date.now() + 2 * DAY),
    latePolicy: 'ACCEPT_WITH_PENALTY',
    latePenaltyPercentPerDay: 10,
    feedbackRelease: 'MANUAL',
  })
  const { Ana, Ben, Dee, Eve } = ctx.students
  await takeQuiz({ userId: Ana.id, assignmentId: onTime.id, setId: 'comprehension', answers: { 'comp-occasion': { choice: 'follow-up' } } })
  await takeQuiz({
    userId: Ana.id,
    assignmentId: late.id,
    setId: 'evidence-and-argument',
    answers: { 'ev-not-resentful': { sentences: ['p7.s1', 'p8.s3'] }, 'ev-short-sixty-years': { text: 'Since 1966, continuously.' } },
  })
  await readSections(Ben.id, ['record'])
  const { attemptId } = await startAttempt({ userId: Dee.id, assignmentId: onTime.id, questionSetId: 'comprehension' })
  await saveAnswer({ userId: Dee.id, attemptId, input: { questionId: 'comp-occasion', answer: { choice: 'plenary' }, seq: 1 } })
  await takeQuiz({
    userId: Eve.id,
    assignmentId: onTime.id,
    setId: 'comprehension',
    answers: { 'comp-occasion': { choice: 'follow-up' }, 'comp-soviet-troops': { choice: 'agreed' } },
  })
  await removeStudent({ userId: ctx.instructor.id, classId: ctx.klass.id, studentId: Eve.id })
  return { ...ctx, onTime, late }
}

let fixture: Awaited<ReturnType<typeof gradebookClass>>
beforeAll(async () => {
  fixture = await gradebookClass()
}, 60_000)

const book = () => getGradebook({ userId: fixture.instructor.id, classId: fixture.klass.id })

describe('the gradebook', () => {
  it('lists current students by name, and removed students apart with their work kept', async () => {
    const g = await book()
    expect(g.assignments.map((a) => a.title)).toEqual(['Evidence (late)', 'Comprehension'])
    expect(g.students.map((s) => s.name)).toEqual(['Ana', 'Ben', 'Cy', 'Dee'])
    expect(g.removed.map((s) => s.name)).toEqual(['Eve'])
    expect(g.removed[0].cells[fixture.onTime.id]).toMatchObject({ score: 2, max: 30, status: 'FEEDBACK_AVAILABLE' })
  })

  it('shows each cell’s score out of its maximum, with the student-status of the assignment pages', async () => {
    const g = await book()
    const cell = (name: string, id: string) => g.students.find((s) => s.name === name)!.cells[id]
    expect(cell('Ana', fixture.onTime.id)).toMatchObject({
      score: 1,
      max: 30,
      status: 'FEEDBACK_AVAILABLE',
      isLate: false,
      isProvisional: false,
      quizzesSubmitted: 1,
      quizzesTotal: 1,
    })
    expect(cell('Ben', fixture.onTime.id)).toMatchObject({ score: null, max: null, status: 'READING' })
    expect(cell('Cy', fixture.onTime.id)).toMatchObject({ score: null, status: 'NOT_STARTED', isLate: false })
    expect(cell('Dee', fixture.onTime.id)).toMatchObject({ score: null, status: 'IN_PROGRESS' })
  })

  it('applies the late penalty, flags lateness, and marks scores awaiting a grader as provisional', async () => {
    const g = await book()
    const ana = g.students.find((s) => s.name === 'Ana')!.cells[fixture.late.id]
    expect(ana).toMatchObject({ score: 1.8, max: 30, status: 'SUBMITTED', isLate: true, latePenaltyPercent: 10, isProvisional: true })
    expect(cellNotes(ana)).toEqual(['Submitted', 'late (−10%)', 'provisional'])
    const cy = g.students.find((s) => s.name === 'Cy')!.cells[fixture.late.id]
    expect(cy).toMatchObject({ score: null, status: 'NOT_STARTED', isLate: true })
    expect(cellNotes(cy)).toEqual(['Not started', 'overdue'])
  })

  it('agrees with the attempt totals the quiz engine recorded', async () => {
    const g = await book()
    const attempts = await db.attempt.findMany({
      where: { assignmentId: fixture.late.id, status: 'SUBMITTED' },
      select: { userId: true, score: true, maxScore: true },
    })
    for (const a of attempts)
      expect(g.students.find((s) => s.id === a.userId)!.cells[fixture.late.id]).toMatchObject({ score: a.score, max: a.maxScore })
  })

  it('summarises each column over current students with a score, out of the assignment’s full marks', async () => {
    const g = await book()
    expect(g.summaries[fixture.onTime.id]).toEqual({ submitted: 1, students: 4, outOf: 30, mean: 1, median: 1 })
    expect(g.summaries[fixture.late.id]).toEqual({ submitted: 1, students: 4, outOf: 30, mean: 1.8, median: 1.8 })
    expect(g.assignments.map((a) => a.outOf)).toEqual([30, 30])
  })

  it('gives every student reading time on the record and the essays, zero for those who read nothing', async () => {
    const g = await book()
    const reading = (name: string) => g.students.find((s) => s.name === name)!.reading['batmunkh-kim-1986']
    expect(g.lessons).toEqual([{ slug: 'batmunkh-kim-1986', title: expect.any(String), essays: 6 }])
    expect(reading('Ben')).toEqual({ hasOpenedRecord: true, recordSeconds: 300, essaysOpened: 0, essaySeconds: 0 })
    expect(reading('Cy')).toEqual({ hasOpenedRecord: false, recordSeconds: 0, essaysOpened: 0, essaySeconds: 0 })
  })

  it('adds up every quiz of an assignment, counting the latest submitted attempt of each', async () => {
    const ctx = await classOf(['Zed'])
    const both = await assignment(ctx.klass.id, { questionSetIds: ['comprehension', 'pre-reading'], attemptsAllowed: 2 })
    const zed = ctx.students.Zed.id
    await takeQuiz({ userId: zed, assignmentId: both.id, setId: 'comprehension', answers: { 'comp-occasion': { choice: 'follow-up' } } })
    let g = await getGradebook({ userId: ctx.instructor.id, classId: ctx.klass.id })
    expect(g.students[0].cells[both.id]).toMatchObject({ score: 1, max: 30, status: 'IN_PROGRESS', quizzesSubmitted: 1, quizzesTotal: 2 })
    await takeQuiz({
      userId: zed,
      assignmentId: both.id,
      setId: 'comprehension',
      answers: { 'comp-occasion': { choice: 'follow-up' }, 'comp-soviet-troops': { choice: 'agreed' } },
    })
    await takeQuiz({ userId: zed, assignmentId: both.id, setId: 'pre-reading', answers: {} })
    g = await getGradebook({ userId: ctx.instructor.id, classId: ctx.klass.id })
    expect(g.students[0].cells[both.id]).toMatchObject({ score: 2, max: 51, status: 'FEEDBACK_AVAILABLE', quizzesSubmitted: 2 })
  })

  it('sorts by any assignment’s score, students without one last in either direction', async () => {
    const g = await book()
    const order = (descending: boolean) =>
      sortGradebook([...g.students, ...g.removed], { key: fixture.onTime.id, descending }).map((s) => s.name)
    expect(order(true)).toEqual(['Eve', 'Ana', 'Ben', 'Cy', 'Dee'])
    expect(order(false)).toEqual(['Ana', 'Eve', 'Ben', 'Cy', 'Dee'])
    expect(sortGradebook(g.students, { key: 'name', descending: true }).map((s) => s.name)).toEqual(['Dee', 'Cy', 'Ben', 'Ana'])
  })
})

describe('the gradebook page', () => {
  const page = (query: { sort?: string; dir?: string; page?: string }, search = '') =>
    getGradebookPage({ userId: fixture.instructor.id, classId: fixture.klass.id, query, search, pageSize: 2 })

  it('shows each page’s students with the same cells, summaries and order as the whole gradebook', async () => {
    const whole = await book()
    for (const query of [{}, { sort: fixture.onTime.id, dir: 'desc' }, { sort: fixture.late.id }]) {
      const sorted = sortGradebook(whole.students, parseGradebookSort(query, [fixture.onTime.id, fixture.late.id]))
      const first = await page({ ...query, page: '1' })
      const second = await page({ ...query, page: '2' })
      expect([...first.shown.items, ...second.shown.items]).toEqual(sorted)
      expect(first.summaries).toEqual(whole.summaries)
      expect(first.removed).toEqual(whole.removed)
      expect(first).toMatchObject({ studentCount: 4, found: 4, shown: { page: 1, pages: 2, total: 4 } })
    }
  })

  it('searches before it pages, so the found count and pages are of the students found', async () => {
    const found = await page({}, 'ANA.')
    expect(found.shown.items.map((s) => s.name)).toEqual(['Ana'])
    expect(found).toMatchObject({ studentCount: 4, found: 1, shown: { pages: 1 } })
  })

  it('falls back to name order for a sort key that is not one of the class’s assignments', async () => {
    const g = await page({ sort: 'someone-elses-assignment', dir: 'desc' })
    expect(g.sort).toEqual({ key: 'name', descending: true })
    expect(g.shown.items.map((s) => s.name)).toEqual(['Dee', 'Cy'])
  })
})

describe('anonymous grading', () => {
  it('hides an assignment’s scores beside names until grading is finished, then shows them', async () => {
    await db.assignment.update({ where: { id: fixture.onTime.id }, data: { anonymousGrading: true } })
    let g = await book()
    expect(g.assignments.find((a) => a.id === fixture.onTime.id)!.isAnonymous).toBe(true)
    expect(g.students.find((s) => s.name === 'Ana')!.cells[fixture.onTime.id]).toMatchObject({
      score: null,
      status: 'FEEDBACK_AVAILABLE',
      isScoreHidden: true,
    })
    expect(g.summaries[fixture.onTime.id]).toMatchObject({ submitted: 0, mean: null, median: null })
    await db.assignment.update({ where: { id: fixture.onTime.id }, data: { gradingFinishedAt: new Date() } })
    g = await book()
    expect(g.students.find((s) => s.name === 'Ana')!.cells[fixture.onTime.id]).toMatchObject({ score: 1, isScoreHidden: false })
    await db.assignment.update({ where: { id: fixture.onTime.id }, data: { anonymousGrading: false, gradingFinishedAt: null } })
  })
})

describe('who may see the gradebook', () => {
  it('answers NOT_FOUND to the class’s students, another class’s instructor and a removed co-instructor', async () => {
    const { otherInstructor } = await outsiders()
    const classId = fixture.klass.id
    await expect(getGradebook({ userId: fixture.students.Ana.id, classId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getGradebook({ userId: otherInstructor.id, classId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await db.membership.create({ data: { userId: otherInstructor.id, classId, role: 'INSTRUCTOR', removedAt: new Date() } })
    await expect(getGradebook({ userId: otherInstructor.id, classId })).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
