import { db } from '@/lib/db'
import { removeStudent } from '@/lib/classes/remove-student'
import { itemAnalysis, type ItemAnalysis } from '@/lib/review/item-analysis'
import { snapshotsSettled } from '@/lib/review/analysis-snapshots'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { gradeResponses } from '@/lib/review/grading/grade-responses'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { createUser } from '@/tests/factories'
import { requireLesson } from '@/lib/content/require-lesson'
import { assignment, classOf, currentAnalysis, outsiders, readSections, takeQuiz } from '@/tests/factories/review-class'

// Four students on the comprehension quiz (30 points), answers chosen so every figure can be
// worked out by hand. Totals: Ana 8, Ben 4.08, Dee 2, Cy 1 — so with N = 4 the upper and lower 27%
// groups (round(0.27 × 4) = 1 student each) are Ana and Cy.
//   Q1 comp-occasion (1 pt)        Ana ✓, Ben ✓, Cy plenary, Dee ✓
//   Q2 comp-who-said-it (2, match) Ana all 8 pairs, Ben 3 of 8 pairs (0.75 pts, not "answered")
//   Q3 comp-soviet-troops (1)      Ana ✓, Ben imposed, Cy imposed, Dee —
//   Q4 comp-why-invited (1)        Ana japan, Cy ✓ — the weak student beats the strong one
//   Q5 comp-thaw-signs (2, multi)  Ana all 3 (2), Ben 2 of 3 (1.33), Cy trade + party-ties (0)
//   Q6 comp-no-party-relations (2) Ana false+✓ (2), Ben false+border-trade (1), Cy true+no-dispute (0)
//   Q7 comp-batmunkh-condition (1) Dee ✓
// Ana and Ben opened an essay and the record, Cy only the record, Dee nothing. Eve (removed from
// the class) and Fay (still in progress) must not be counted.
const ANSWERS: Record<string, Record<string, unknown>> = {
  Ana: {
    'comp-occasion': { choice: 'follow-up' },
    'comp-who-said-it': {
      pairs: {
        'q-small': 'batmunkh',
        'q-patient': 'kim',
        'q-border': 'batmunkh',
        'q-enemies': 'kim',
        'q-abnormal': 'batmunkh',
        'q-right-wrong': 'kim',
        'q-non-aligned': 'batmunkh',
        'q-imperialism': 'kim',
      },
    },
    'comp-soviet-troops': { choice: 'agreed' },
    'comp-why-invited': { choice: 'japan' },
    'comp-thaw-signs': { choices: ['trade', 'border-trade', 'protocol'] },
    'comp-no-party-relations': { value: false, because: 'no-political-relations' },
  },
  Ben: {
    'comp-occasion': { choice: 'follow-up' },
    'comp-who-said-it': { pairs: { 'q-small': 'batmunkh', 'q-patient': 'kim', 'q-border': 'batmunkh' } },
    'comp-soviet-troops': { choice: 'imposed' },
    'comp-thaw-signs': { choices: ['trade', 'border-trade'] },
    'comp-no-party-relations': { value: false, because: 'border-trade' },
  },
  Cy: {
    'comp-occasion': { choice: 'plenary' },
    'comp-soviet-troops': { choice: 'imposed' },
    'comp-why-invited': { choice: 'long-border' },
    'comp-thaw-signs': { choices: ['trade', 'party-ties'] },
    'comp-no-party-relations': { value: true, because: 'no-dispute' },
  },
  Dee: { 'comp-occasion': { choice: 'follow-up' }, 'comp-batmunkh-condition': { choice: 'mutual-respect' } },
  Eve: { 'comp-occasion': { choice: 'public' }, 'comp-soviet-troops': { choice: 'keep-them' } },
}

async function handMadeClass() {
  const ctx = await classOf(['Ana', 'Ben', 'Cy', 'Dee', 'Eve', 'Fay'])
  const a = await assignment(ctx.klass.id)
  for (const name of ['Ana', 'Ben', 'Cy', 'Dee', 'Eve'])
    await takeQuiz({ userId: ctx.students[name].id, assignmentId: a.id, setId: 'comprehension', answers: ANSWERS[name] })
  const { attemptId } = await startAttempt({ userId: ctx.students.Fay.id, assignmentId: a.id, questionSetId: 'comprehension' })
  await saveAnswer({ userId: ctx.students.Fay.id, attemptId, input: { questionId: 'comp-occasion', answer: { choice: 'public' }, seq: 1 } })
  await removeStudent({ userId: ctx.instructor.id, classId: ctx.klass.id, studentId: ctx.students.Eve.id })
  await readSections(ctx.students.Ana.id, ['record', 'essay:mongolia-between-moscow-and-beijing'])
  await readSections(ctx.students.Ben.id, ['record', 'essay:vladivostok-and-the-soviet-withdrawal'])
  await readSections(ctx.students.Cy.id, ['record'])
  // Ana also read the record through, part by part; Ben only some of it.
  const parts = (await requireLesson('batmunkh-kim-1986')).guide.sections.map((s) => `record:${s.id}`)
  await readSections(ctx.students.Ana.id, parts)
  await readSections(ctx.students.Ben.id, parts.slice(0, 2))
  return { ...ctx, assignment: a }
}

let fixture: Awaited<ReturnType<typeof handMadeClass>>
let analysis: ItemAnalysis
beforeAll(async () => {
  fixture = await handMadeClass()
  analysis = await currentAnalysis({
    userId: fixture.instructor.id,
    classId: fixture.klass.id,
    assignmentId: fixture.assignment.id,
    questionSetId: 'comprehension',
  })
}, 60_000)

const question = (id: string) => analysis.questions.find((q) => q.id === id)!
const picks = (id: string, part = 'choice') =>
  Object.fromEntries(
    question(id)
      .choiceParts.find((p) => p.part === part)!
      .options.map((o) => [o.id, o.picks]),
  )

describe('item analysis of a quiz', () => {
  it('analyses the latest submitted attempt of each current student only', () => {
    expect(analysis.students).toBe(4)
    expect(analysis.groupSize).toBe(1)
    expect(analysis.questions).toHaveLength(20)
  })

  it('computes facility as points scored over points possible, unanswered counting zero', () => {
    expect(question('comp-occasion').facility).toBeCloseTo(3 / 4, 6)
    expect(question('comp-who-said-it').facility).toBeCloseTo(2.75 / 8, 6)
    expect(question('comp-soviet-troops').facility).toBeCloseTo(1 / 4, 6)
    expect(question('comp-thaw-signs').facility).toBeCloseTo(3.33 / 8, 6)
    expect(question('comp-no-party-relations').facility).toBeCloseTo(3 / 8, 6)
    expect(question('comp-kim-advice').facility).toBe(0)
  })

  it('computes discrimination as upper-group minus lower-group facility, negative when the weak beat the strong', () => {
    expect(question('comp-occasion').discrimination).toBeCloseTo(1, 6)
    expect(question('comp-thaw-signs').discrimination).toBeCloseTo(1, 6)
    expect(question('comp-why-invited').discrimination).toBeCloseTo(-1, 6)
    expect(question('comp-batmunkh-condition').discrimination).toBeCloseTo(0, 6) // only Dee, in neither group
  })

  it('counts answered and unanswered as the quiz does: a half-done matching is unanswered', () => {
    expect(question('comp-occasion')).toMatchObject({ attempts: 4, answered: 4, unanswered: 0, pending: 0 })
    expect(question('comp-soviet-troops')).toMatchObject({ answered: 3, unanswered: 1 })
    expect(question('comp-who-said-it')).toMatchObject({ answered: 1, unanswered: 3 })
    expect(question('comp-kim-advice')).toMatchObject({ answered: 0, unanswered: 4 })
  })

  it('counts how often each choice was picked, for single, multiple and true-false-because questions', () => {
    expect(picks('comp-occasion')).toEqual({ 'follow-up': 3, 'first-meeting': 0, plenary: 1, public: 0 })
    expect(picks('comp-soviet-troops')).toEqual({ agreed: 1, 'keep-them': 0, imposed: 2, 'all-leave': 0 })
    expect(picks('comp-thaw-signs')).toMatchObject({ trade: 3, 'border-trade': 2, protocol: 1, 'party-ties': 1, 'leaders-visits': 0 })
    expect(picks('comp-no-party-relations', 'verdict')).toEqual({ true: 1, false: 2 })
    expect(picks('comp-no-party-relations', 'because')).toEqual({
      'no-political-relations': 1,
      'border-trade': 1,
      'no-dispute': 1,
      'trade-stopped': 0,
    })
    const occasion = question('comp-occasion').choiceParts[0].options
    expect(occasion.find((o) => o.id === 'follow-up')).toMatchObject({ isCorrect: true, share: 0.75 })
    expect(occasion.find((o) => o.id === 'plenary')).toMatchObject({ isCorrect: false, share: 0.25 })
  })

  it('pools results by skill and by paragraph of the record, and names the weakest paragraph', () => {
    const skill = (key: string) => analysis.skills.find((s) => s.key === key)!
    expect(skill('comprehension').facility).toBeCloseTo((4 + 2.33 + 1 + 1) / (4 * 21), 6)
    expect(skill('close-reading').facility).toBeCloseTo((4 + 1.75 + 0 + 1) / (4 * 9), 6)
    const paragraph = (key: string) => analysis.paragraphs.find((p) => p.key === key)!
    expect(paragraph('p1')).toMatchObject({ label: '¶1', questions: 1, facility: 0.75 })
    // ¶11 carries Q2, Q5, Q6, Q7 and the ordering question Q19 (2 points, nobody answered it).
    expect(paragraph('p11')).toMatchObject({ questions: 5 })
    expect(paragraph('p11').facility).toBeCloseTo((2.75 + 3.33 + 3 + 1 + 0) / (8 + 8 + 8 + 4 + 8), 6)
    expect(analysis.paragraphs.some((p) => p.key === 'p2')).toBe(false) // no question rests on ¶2
    expect(analysis.lowestParagraph).toMatchObject({ key: 'p6', facility: 0 })
  })

  it('joins reading progress with scores: students who opened an essay against those who did not', () => {
    const [essay, record] = analysis.reading
    expect(essay.groups.map((g) => g.students)).toEqual([2, 2])
    expect(essay.groups[0].bySkill.comprehension).toBeCloseTo((4 + 2.33) / 42, 6)
    expect(essay.groups[1].bySkill.comprehension).toBeCloseTo((1 + 1) / 42, 6)
    expect(essay.groups[0].overall).toBeCloseTo(12.08 / 60, 6)
    expect(essay.groups[1].overall).toBeCloseTo(3 / 60, 6)
    expect(record.groups.map((g) => g.students)).toEqual([3, 1])
    expect(record.groups[1].bySkill['close-reading']).toBeCloseTo(1 / 9, 6)
  })

  it('sets the students who opened every part of the record against those who left some part unopened', () => {
    const [, , parts] = analysis.reading
    expect(parts.title).toBe('Opened every part of the record')
    expect(parts.groups.map((g) => g.students)).toEqual([1, 3])
  })
})

describe('answers awaiting a grader', () => {
  it('are counted as pending and left out of facility until graded', async () => {
    const ctx = await classOf(['Pat', 'Quin'])
    const a = await assignment(ctx.klass.id, { questionSetIds: ['evidence-and-argument'] })
    await takeQuiz({
      userId: ctx.students.Pat.id,
      assignmentId: a.id,
      setId: 'evidence-and-argument',
      answers: { 'ev-short-sixty-years': { text: 'Continuous since 1966.' }, 'ev-not-resentful': { sentences: ['p7.s1', 'p8.s3'] } },
    })
    await takeQuiz({ userId: ctx.students.Quin.id, assignmentId: a.id, setId: 'evidence-and-argument', answers: {} })
    const result = await currentAnalysis({ userId: ctx.instructor.id, classId: ctx.klass.id, assignmentId: a.id })
    const short = result.questions.find((q) => q.id === 'ev-short-sixty-years')!
    expect(short).toMatchObject({ attempts: 2, answered: 1, pending: 1, facility: 0 })
    expect(result.questions.find((q) => q.id === 'ev-not-resentful')).toMatchObject({ answered: 1, facility: 0.5 })
  })
})

describe('a stored analysis', () => {
  // Item analysis is stored until what it was computed from changes (lib/review/analysis-snapshots.ts):
  // every change an instructor can make or see must show in the next current view.
  it('shows a grade, a new submission, a student’s reading and a removal in the next current view', async () => {
    const ctx = await classOf(['Pat', 'Quin', 'Rae'])
    const a = await assignment(ctx.klass.id, { questionSetIds: ['evidence-and-argument'] })
    const setId = 'evidence-and-argument'
    await takeQuiz({ userId: ctx.students.Pat.id, assignmentId: a.id, setId, answers: { 'ev-short-sixty-years': { text: 'Since 1966.' } } })
    await takeQuiz({ userId: ctx.students.Quin.id, assignmentId: a.id, setId, answers: {} })
    const analyse = () => currentAnalysis({ userId: ctx.instructor.id, classId: ctx.klass.id, assignmentId: a.id })
    const short = async () => (await analyse()).questions.find((q) => q.id === 'ev-short-sixty-years')!
    expect(await short()).toMatchObject({ attempts: 2, pending: 1, facility: 0 })
    expect(await short()).toMatchObject({ attempts: 2, pending: 1, facility: 0 }) // the stored result
    expect(await db.analysisSnapshot.count({ where: { classId: ctx.klass.id } })).toBe(1)

    const response = await db.response.findFirstOrThrow({
      where: { questionId: 'ev-short-sixty-years', attempt: { userId: ctx.students.Pat.id } },
    })
    await gradeResponses({
      userId: ctx.instructor.id,
      input: {
        assignmentId: a.id,
        questionId: 'ev-short-sixty-years',
        responses: [{ id: response.id, version: response.gradeVersion }],
        choice: { score: 1, reason: 'Right date, no source.' },
      },
    })
    const graded = await short()
    expect(graded).toMatchObject({ attempts: 2, pending: 0 })
    expect(graded.facility).toBeGreaterThan(0)

    await takeQuiz({ userId: ctx.students.Rae.id, assignmentId: a.id, setId, answers: {} })
    expect(await short()).toMatchObject({ attempts: 3 })

    expect((await analyse()).reading[0].groups.map((g) => g.students)).not.toContain(1)
    await readSections(ctx.students.Rae.id, ['essay:mongolia-between-moscow-and-beijing'])
    expect((await analyse()).reading[0].groups.map((g) => g.students)).toContain(1)

    await removeStudent({ userId: ctx.instructor.id, classId: ctx.klass.id, studentId: ctx.students.Rae.id })
    expect(await short()).toMatchObject({ attempts: 2 })
  })

  it('says it is being computed, then shows the previous figures marked not current while a change is added, then the new ones', async () => {
    const ctx = await classOf(['Pat', 'Quin'])
    const a = await assignment(ctx.klass.id, { questionSetIds: ['evidence-and-argument'] })
    const setId = 'evidence-and-argument'
    await takeQuiz({ userId: ctx.students.Pat.id, assignmentId: a.id, setId, answers: {} })
    // waitMs 0: the page's behaviour for a class too large to recompute in the short wait.
    const view = () => itemAnalysis({ userId: ctx.instructor.id, classId: ctx.klass.id, assignmentId: a.id, waitMs: 0 })
    expect(await view()).toMatchObject({ asOf: null }) // the first view ever: nothing stored to show meanwhile
    await snapshotsSettled()
    const before = await view()
    expect(before).toMatchObject({ students: 1, asOf: { isCurrent: true } })

    await takeQuiz({ userId: ctx.students.Quin.id, assignmentId: a.id, setId, answers: {} })
    const during = await view()
    expect(during).toMatchObject({ students: 1, asOf: { isCurrent: false, computedAt: before.asOf!.computedAt } })
    await snapshotsSettled()
    expect(await view()).toMatchObject({ students: 2, asOf: { isCurrent: true } })
  })

  it('is raised by the database once per statement that changes an answer’s score, and never by an autosave', async () => {
    const ctx = await classOf(['Sol'])
    const a = await assignment(ctx.klass.id)
    const { attemptId } = await startAttempt({ userId: ctx.students.Sol.id, assignmentId: a.id, questionSetId: 'comprehension' })
    const version = async () => (await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).scoreVersion
    for (const [seq, choice] of [
      [1, 'public'],
      [2, 'follow-up'],
    ] as const)
      await saveAnswer({ userId: ctx.students.Sol.id, attemptId, input: { questionId: 'comp-occasion', answer: { choice }, seq } })
    await saveAnswer({
      userId: ctx.students.Sol.id,
      attemptId,
      input: { questionId: 'comp-soviet-troops', answer: { choice: 'agreed' }, seq: 3 },
    })
    expect(await version()).toBe(0)
    await db.response.updateMany({ where: { attemptId }, data: { score: 1 } })
    expect(await version()).toBe(1)
    await db.response.updateMany({ where: { attemptId }, data: { score: 1 } }) // no score changed
    expect(await version()).toBe(1)
  })
})

describe('who may see item analysis', () => {
  it('answers NOT_FOUND to a student, another class’s instructor, and a quiz or assignment outside the class', async () => {
    const { otherInstructor } = await outsiders()
    const base = { classId: fixture.klass.id, assignmentId: fixture.assignment.id }
    await expect(itemAnalysis({ ...base, userId: fixture.students.Ana.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(itemAnalysis({ ...base, userId: otherInstructor.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(itemAnalysis({ ...base, userId: fixture.instructor.id, questionSetId: 'pre-reading' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
    const elsewhere = await classOf([])
    const theirs = await assignment(elsewhere.klass.id)
    await expect(itemAnalysis({ userId: fixture.instructor.id, classId: fixture.klass.id, assignmentId: theirs.id })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    )
    const admin = await createUser({ role: 'ADMIN' })
    await expect(itemAnalysis({ ...base, userId: admin.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await db.attempt.count({ where: { assignmentId: fixture.assignment.id } })).toBe(6)
  })
})
