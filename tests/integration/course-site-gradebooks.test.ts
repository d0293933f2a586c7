import { exportCanvasGradebook } from '@/lib/review/export-canvas-gradebook'
import { exportMoodleGradebook } from '@/lib/review/export-moodle-gradebook'
import { getGradebook } from '@/lib/review/gradebook'
import { db } from '@/lib/db'
import { createUser, enrol } from '@/tests/factories'
import { assignment, classOf, outsiders, takeQuiz } from '@/tests/factories/review-class'

// The gradebook in the layouts Canvas and Moodle import: their identifier columns, Canvas's
// Points Possible row, final scores only (no score, never 0, while work is open or awaits grading),
// current students only, and the gradebook's own access rule.

const rows = (csv: string) =>
  csv
    .slice(1)
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','))

let f: Awaited<ReturnType<typeof build>>
async function build() {
  const ctx = await classOf(['Ana', 'Ben', 'Cy'])
  const done = await assignment(ctx.klass.id, { title: 'Comprehension', questionSetIds: ['comprehension'] })
  const two = await assignment(ctx.klass.id, { title: 'Two quizzes', questionSetIds: ['comprehension', 'pre-reading'] })
  const graded = await assignment(ctx.klass.id, { title: 'Evidence', questionSetIds: ['evidence-and-argument'] })
  await takeQuiz({
    userId: ctx.students.Ana.id,
    assignmentId: done.id,
    setId: 'comprehension',
    answers: { 'comp-occasion': { choice: 'follow-up' } },
  })
  await takeQuiz({
    userId: ctx.students.Ana.id,
    assignmentId: two.id,
    setId: 'comprehension',
    answers: { 'comp-occasion': { choice: 'follow-up' } },
  })
  // A written answer waits for the instructor: the score is provisional.
  await takeQuiz({
    userId: ctx.students.Ana.id,
    assignmentId: graded.id,
    setId: 'evidence-and-argument',
    answers: { 'ev-short-sixty-years': { text: 'A written answer.' } },
  })
  const gone = await createUser({ name: 'Removed Rae', email: `rae.${ctx.klass.id.slice(-6)}@example.edu` })
  await enrol(gone.id, ctx.klass.id)
  await db.membership.updateMany({ where: { userId: gone.id, classId: ctx.klass.id }, data: { removedAt: new Date() } })
  return { ...ctx, ...(await outsiders()) }
}
beforeAll(async () => {
  f = await build()
}, 60_000)

describe('the Canvas gradebook import file', () => {
  it('has Canvas’s five identifier columns, a column per assignment and a Points Possible row', async () => {
    const { filename, csv } = await exportCanvasGradebook({ userId: f.instructor.id, classId: f.klass.id })
    expect(filename).toMatch(/-canvas-gradebook-\d{4}-\d{2}-\d{2}\.csv$/)
    const [header, points, ...students] = rows(csv)
    expect(header).toEqual(['Student', 'ID', 'SIS User ID', 'SIS Login ID', 'Section', 'Comprehension', 'Two quizzes', 'Evidence'])
    expect(points.slice(0, 5)).toEqual(['Points Possible', '', '', '', ''])
    expect(points.slice(5).every((p) => Number(p) > 0)).toBe(true)
    const ana = students.find((r) => r[0] === 'Ana')!
    expect(ana[3]).toBe(f.students.Ana.email)
    expect(ana[1]).toBe('')
  })

  it('holds a final score, and leaves blank (not 0) an assignment half taken, one awaiting grading and one not begun', async () => {
    const [, , ...students] = rows((await exportCanvasGradebook({ userId: f.instructor.id, classId: f.klass.id })).csv)
    const ana = students.find((r) => r[0] === 'Ana')!
    const ben = students.find((r) => r[0] === 'Ben')!
    expect(Number(ana[5])).toBeGreaterThan(0)
    expect(ana.slice(6)).toEqual(['', ''])
    expect(ben.slice(5)).toEqual(['', '', ''])
  })

  it('leaves out removed students, who are no longer in the course', async () => {
    const { csv } = await exportCanvasGradebook({ userId: f.instructor.id, classId: f.klass.id })
    expect(csv).not.toContain('Removed Rae')
    expect(rows(csv)).toHaveLength(2 + 3)
  })
})

describe('the Moodle grade import file', () => {
  it('is keyed by the email exactly as stored, with the name and a column per assignment', async () => {
    const { filename, csv } = await exportMoodleGradebook({ userId: f.instructor.id, classId: f.klass.id })
    expect(filename).toMatch(/-moodle-gradebook-\d{4}-\d{2}-\d{2}\.csv$/)
    const [header, ...students] = rows(csv)
    expect(header).toEqual(['Email address', 'Full name', 'Comprehension', 'Two quizzes', 'Evidence'])
    expect(students.map((r) => r[0]).sort()).toEqual([f.students.Ana.email, f.students.Ben.email, f.students.Cy.email].sort())
    const ana = students.find((r) => r[1] === 'Ana')!
    expect(Number(ana[2])).toBeGreaterThan(0)
  })

  it('writes "-" (Moodle’s “no grade”), not a blank Moodle would store as 0 in a new grade item, until a score is final', async () => {
    const [, ...students] = rows((await exportMoodleGradebook({ userId: f.instructor.id, classId: f.klass.id })).csv)
    expect(students.find((r) => r[1] === 'Ana')!.slice(3)).toEqual(['-', '-'])
    expect(students.find((r) => r[1] === 'Ben')!.slice(2)).toEqual(['-', '-', '-'])
  })

  it('leaves out removed students from the Moodle file too: they are no longer in the course', async () => {
    const { csv } = await exportMoodleGradebook({ userId: f.instructor.id, classId: f.klass.id })
    expect(csv).not.toContain('Removed Rae')
    expect(rows(csv)).toHaveLength(1 + 3)
  })
})

describe('what the cells and headers say', () => {
  let g: Awaited<ReturnType<typeof buildOdd>>
  // A second class: a student whose name is a formula, and a title ending in "(3)".
  async function buildOdd() {
    const ctx = await classOf(['=SUM(A1)', 'Dee'])
    const week = await assignment(ctx.klass.id, { title: 'Week (3)', questionSetIds: ['comprehension'] })
    await takeQuiz({
      userId: ctx.students.Dee.id,
      assignmentId: week.id,
      setId: 'comprehension',
      answers: { 'comp-occasion': { choice: 'follow-up' } },
    })
    return ctx
  }
  beforeAll(async () => {
    g = await buildOdd()
  }, 60_000)

  it('puts each assignment’s full marks in the Points Possible row, the same as the gradebook’s “out of”', async () => {
    const book = await getGradebook({ userId: f.instructor.id, classId: f.klass.id })
    const [, points] = rows((await exportCanvasGradebook({ userId: f.instructor.id, classId: f.klass.id })).csv)
    expect(points.slice(5).map(Number)).toEqual(book.assignments.map((a) => a.outOf))
  })

  it('writes the final score as the gradebook cell has it', async () => {
    const book = await getGradebook({ userId: f.instructor.id, classId: f.klass.id })
    const ana = rows((await exportMoodleGradebook({ userId: f.instructor.id, classId: f.klass.id })).csv).find((r) => r[1] === 'Ana')!
    expect(Number(ana[2])).toBe(book.students.find((s) => s.name === 'Ana')!.cells[book.assignments[0].id].score)
  })

  it('never lets a student’s name run as a formula, in either file', async () => {
    for (const exporter of [exportCanvasGradebook, exportMoodleGradebook]) {
      const { csv } = await exporter({ userId: g.instructor.id, classId: g.klass.id })
      expect(csv).toContain("'=SUM(A1)")
      expect(csv).not.toMatch(/(^|,|\n)=SUM/)
    }
  })

  it('writes the email exactly as stored, for Moodle’s exact match and Canvas’s login column', async () => {
    const email = g.students['=SUM(A1)'].email
    const moodle = rows((await exportMoodleGradebook({ userId: g.instructor.id, classId: g.klass.id })).csv)
    expect(moodle.find((r) => r[1] === "'=SUM(A1)")![0]).toBe(email)
    const canvas = rows((await exportCanvasGradebook({ userId: g.instructor.id, classId: g.klass.id })).csv)
    expect(canvas.find((r) => r[0] === "'=SUM(A1)")![3]).toBe(email)
  })

  it('keeps a title ending in a number in parentheses from reading as a Canvas assignment id, and leaves Section blank', async () => {
    const [header, , ...students] = rows((await exportCanvasGradebook({ userId: g.instructor.id, classId: g.klass.id })).csv)
    expect(header[5]).toBe('Week [3]')
    expect(students.every((r) => r[4] === '')).toBe(true)
    const [moodleHeader] = rows((await exportMoodleGradebook({ userId: g.instructor.id, classId: g.klass.id })).csv)
    expect(moodleHeader[2]).toBe('Week (3)')
  })
})

describe('who may download them', () => {
  it('is the class’s instructor only: a student and another instructor get NOT_FOUND', async () => {
    for (const userId of [f.students.Ana.id, f.otherInstructor.id]) {
      await expect(exportCanvasGradebook({ userId, classId: f.klass.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(exportMoodleGradebook({ userId, classId: f.klass.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })
})
