import { db } from '@/lib/db'
import { exportGradebook } from '@/lib/review/export-gradebook'
import { exportResponses } from '@/lib/review/export-responses'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { createUser, enrol } from '@/tests/factories'
import { assignment, classOf, outsiders, takeQuiz } from '@/tests/factories/review-class'

/** RFC 4180, enough to read our own files back: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') endField()
    else if (c === '\r' && text[i + 1] === '\n') {
      endField()
      rows.push(row)
      row = []
      i++
    } else field += c
  }
  if (field || row.length) throw new Error('file does not end with CRLF')
  return rows
}

const EVIL_ANSWER = '=HYPERLINK("http://evil.example","Click, then\nsee")'
const comprehension = (await loadQuestionSet('batmunkh-kim-1986', 'comprehension')).set
const evidence = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set

async function exportClass() {
  const ctx = await classOf(['Ana'])
  const mallory = await createUser({ name: '@Mallory', email: `mallory.${ctx.klass.id.slice(-6)}@example.edu` })
  await enrol(mallory.id, ctx.klass.id)
  const a = await assignment(ctx.klass.id, { title: '+Quiz, "one"', questionSetIds: ['comprehension', 'evidence-and-argument'] })
  await takeQuiz({
    userId: mallory.id,
    assignmentId: a.id,
    setId: 'evidence-and-argument',
    answers: { 'ev-short-sixty-years': { text: EVIL_ANSWER }, 'ev-not-resentful': { sentences: ['p7.s1', 'p8.s3'] } },
  })
  await takeQuiz({
    userId: ctx.students.Ana.id,
    assignmentId: a.id,
    setId: 'comprehension',
    answers: { 'comp-occasion': { choice: 'follow-up' }, 'comp-thaw-signs': { choices: ['trade', 'protocol'] } },
  })
  return { ...ctx, mallory, assignment: a }
}

let fixture: Awaited<ReturnType<typeof exportClass>>
beforeAll(async () => {
  fixture = await exportClass()
}, 60_000)

describe('the gradebook export', () => {
  it('is UTF-8 with a byte-order mark, one row per student, and a score, maximum and status per assignment', async () => {
    const now = new Date()
    const { filename, csv } = await exportGradebook({ userId: fixture.instructor.id, classId: fixture.klass.id, now })
    expect(filename).toBe(`${fixture.klass.name.toLowerCase()}-gradebook-${now.toISOString().slice(0, 10)}.csv`)
    expect(csv.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(csv.slice(1))
    expect(rows[0]).toEqual(['Student', 'Email', 'Enrolment', '\'+Quiz, "one": score', '\'+Quiz, "one": out of', '\'+Quiz, "one": status'])
    const byStudent = Object.fromEntries(rows.slice(1).map((r) => [r[0], r.slice(2)]))
    expect(Object.keys(byStudent)).toHaveLength(2)
    expect(byStudent["'@Mallory"]).toEqual(['current', '2', '30', 'In progress; 1 of 2 quizzes; provisional'])
    expect(byStudent.Ana).toEqual(['current', '2.33', '30', 'In progress; 1 of 2 quizzes'])
  })
})

describe('the responses export', () => {
  let rows: string[][]
  beforeAll(async () => {
    const { filename, stream } = await exportResponses({ userId: fixture.instructor.id, classId: fixture.klass.id })
    expect(filename).toMatch(/-responses-\d{4}-\d\d-\d\d\.csv$/)
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]) // the UTF-8 byte-order mark
    rows = parseCsv(new TextDecoder('utf-8').decode(bytes)) // the decoder drops the mark
  })
  const row = (student: string, questionId: string) => rows.find((r) => r[0] === student && r[6] === questionId)!

  it('has one row per student and question, answered or not, every row the width of the header', () => {
    const questions = comprehension.questions.length + evidence.questions.length
    expect(rows).toHaveLength(1 + 2 * questions)
    expect(rows[0]).toEqual([
      'Student',
      'Email',
      'Enrolment',
      'Assignment',
      'Quiz',
      'Question',
      'Question id',
      'Skill',
      'Paragraphs',
      'Attempt',
      'Answer',
      'Score',
      'Out of',
      'Graded by',
      'Graded at',
    ])
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true)
  })

  it('writes answers as readable text with their score, maximum, grader and paragraphs', () => {
    expect(row('Ana', 'comp-occasion').slice(7)).toEqual([
      'comprehension',
      '¶1 ¶3 ¶4',
      'submitted',
      comprehension.questions[0].type === 'single' ? comprehension.questions[0].choices.find((c) => c.id === 'follow-up')!.text : '',
      '1',
      '1',
      'automatic',
      expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
    ])
    expect(row('Ana', 'comp-thaw-signs')[10]).toContain('; ')
    expect(row('Ana', 'comp-who-said-it').slice(9, 14)).toEqual(['submitted', '(no answer)', '0', '2', 'automatic'])
    expect(row('Ana', 'ev-short-sixty-years').slice(9, 14)).toEqual(['not started', '', '', '5', ''])
    expect(row("'@Mallory", 'ev-not-resentful')[10]).toMatch(/^p7\.s1 “.+”; p8\.s3 “.+”$/)
  })

  it('neutralises formulas a student typed, keeping the text intact, and leaves an answer awaiting grading unscored', () => {
    const evil = row("'@Mallory", 'ev-short-sixty-years')
    expect(evil[10]).toBe(`'${EVIL_ANSWER}`)
    expect(evil.slice(11, 15)).toEqual(['', '5', 'awaiting grading', ''])
    expect(row("'@Mallory", 'comp-occasion')[3]).toBe('\'+Quiz, "one"')
  })
})

describe('anonymous grading in the responses export', () => {
  it('leaves out an assignment graded anonymously until grading is finished', async () => {
    const ctx = await classOf(['Kim'])
    const open = await assignment(ctx.klass.id, { title: 'Open quiz' })
    const hidden = await assignment(ctx.klass.id, { title: 'Blind quiz', anonymousGrading: true })
    await takeQuiz({
      userId: ctx.students.Kim.id,
      assignmentId: hidden.id,
      setId: 'comprehension',
      answers: { 'comp-occasion': { choice: 'plenary' } },
    })
    const titles = async () => {
      const { stream } = await exportResponses({ userId: ctx.instructor.id, classId: ctx.klass.id })
      return new Set(
        parseCsv(new TextDecoder().decode(await new Response(stream).arrayBuffer()))
          .slice(1)
          .map((r) => r[3]),
      )
    }
    expect(await titles()).toEqual(new Set([open.title]))
    await db.assignment.update({ where: { id: hidden.id }, data: { gradingFinishedAt: new Date() } })
    expect(await titles()).toEqual(new Set([open.title, hidden.title]))
  })
})

describe('who may export', () => {
  it('answers NOT_FOUND to the class’s students and another class’s instructor, before writing anything', async () => {
    const { otherInstructor } = await outsiders()
    for (const userId of [fixture.students.Ana.id, otherInstructor.id]) {
      await expect(exportGradebook({ userId, classId: fixture.klass.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(exportResponses({ userId, classId: fixture.klass.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    }
  })
})

describe('scores are rounded where they are summed', () => {
  it('a gradebook total the database adds up to 58.769999999999996 is exported as 58.77', async () => {
    const ctx = await classOf(['Ana'])
    const sets = ['comprehension', 'evidence-and-argument', 'pre-reading']
    const a = await assignment(ctx.klass.id, { title: 'Three quizzes', questionSetIds: sets })
    for (const setId of sets) await takeQuiz({ userId: ctx.students.Ana.id, assignmentId: a.id, setId, answers: {} })
    // Three stored scores of 19.59: their double-precision sum is 58.769999999999996, not 58.77.
    await db.attempt.updateMany({ where: { assignmentId: a.id }, data: { score: 19.59, maxScore: 20 } })
    expect(19.59 + 19.59 + 19.59).toBe(58.769999999999996)
    const rows = parseCsv((await exportGradebook({ userId: ctx.instructor.id, classId: ctx.klass.id })).csv.slice(1))
    const ana = rows.find((r) => r[0] === 'Ana')!
    expect(ana.slice(3, 5)).toEqual(['58.77', '60'])
  })
})
