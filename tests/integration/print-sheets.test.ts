import { getAnswerKey } from '@/lib/print/get-answer-key'
import { getQuestionSheet } from '@/lib/print/get-question-sheet'
import { getRecordHandout } from '@/lib/print/get-record-handout'
import { classOf, outsiders } from '@/tests/factories/review-class'

// The print pages' loaders: a class's instructor gets the handout, the key-free sheet and the key;
// a student of the class, another class's instructor and unknown lessons or sets get NOT_FOUND.

const lessonSlug = 'batmunkh-kim-1986'
let f: Awaited<ReturnType<typeof classOf>> & Awaited<ReturnType<typeof outsiders>>
beforeAll(async () => {
  f = { ...(await classOf(['Ana'])), ...(await outsiders()) }
}, 60_000)

const as = (userId: string, setId = 'comprehension') => ({ userId, classId: f.klass.id, lessonSlug, setId })
const notFound = expect.objectContaining({ code: 'NOT_FOUND' })

describe('print sheets', () => {
  it('gives the instructor the record with every note numbered in reading order, and the glossary the record links to', async () => {
    const handout = await getRecordHandout(as(f.instructor.id))
    expect(handout.notes.map((n) => n.number)).toEqual(handout.notes.map((_, i) => i + 1))
    expect(handout.paragraphs.map((p) => p.text).join('')).toContain('Kim Il Sung')
    expect(handout.glossary.length).toBeGreaterThan(0)
    expect(handout.sources.every((s) => handout.notes.some((n) => n.sources.includes(s.key)))).toBe(true)
  })

  it('builds the question sheet from the key-free view: no explanation, feedback or key reaches it', async () => {
    const sheet = await getQuestionSheet(as(f.instructor.id))
    const key = await getAnswerKey(as(f.instructor.id))
    const text = JSON.stringify(sheet)
    expect(sheet.questions.map((q) => q.number)).toEqual(key.questions.map((q) => q.number))
    for (const q of key.questions) {
      expect(text).not.toContain(q.result.explanation)
      for (const feedback of Object.values(q.result.choiceFeedback)) expect(text).not.toContain(feedback)
    }
    expect(text).not.toMatch(/"(correct|correctBecause|correctOrder|accepted|modelAnswer|explanation|feedback)"/)
  })

  it('prints the same option order on the sheet and the key', async () => {
    const sheet = await getQuestionSheet(as(f.instructor.id))
    const key = await getAnswerKey(as(f.instructor.id))
    expect(key.questions.map((q) => q.shown)).toEqual(sheet.questions.map((q) => q.question))
  })

  it('refuses a student of the class and another class’s instructor with NOT_FOUND', async () => {
    for (const userId of [f.students.Ana.id, f.otherInstructor.id]) {
      await expect(getRecordHandout(as(userId))).rejects.toEqual(notFound)
      await expect(getQuestionSheet(as(userId))).rejects.toEqual(notFound)
      await expect(getAnswerKey(as(userId))).rejects.toEqual(notFound)
    }
  })

  it('answers NOT_FOUND for an unknown lesson or set', async () => {
    await expect(getRecordHandout({ ...as(f.instructor.id), lessonSlug: 'no-such-lesson' })).rejects.toEqual(notFound)
    await expect(getQuestionSheet(as(f.instructor.id, 'no-such-set'))).rejects.toEqual(notFound)
    await expect(getAnswerKey(as(f.instructor.id, 'no-such-set'))).rejects.toEqual(notFound)
  })
})
