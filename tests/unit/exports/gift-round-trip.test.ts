import { parse, type GIFTQuestion, type MultipleChoice } from 'gift-pegjs'
import { giftFile } from '@/lib/exports/text-formats'
import { allQuestions } from '@/lib/exports/export-input'
import { scoreResponse, sampleAnswer, type TQuestion } from '@/lib/quiz/types'
import { wholeLessonExport, realLesson } from './export-fixture'

// GIFT is proved by an independent parser (gift-pegjs, the grammar the VS Code GIFT extension
// uses): every question Lectern writes must parse back as the type Moodle will import, with the
// same options, and — for the scored types — weights that give the same score as Lectern's for
// right, wrong and partial answers.

const draws = (isRight: boolean, ability: number) => ({
  isRight,
  ability,
  chance: (salt: string) => ((salt.length * 7919 + ability * 100) % 100) / 100,
  wrongOf: (items: { id: string }[], right: string, salt: string) =>
    items.filter((i) => i.id !== right)[salt.length % Math.max(1, items.length - 1)]?.id ?? right,
})

/** The score GIFT's weights give an answer that picks these options (Moodle: sum, kept within 0–100 %). */
const giftScore = (mc: MultipleChoice, picked: number[], points: number) =>
  (Math.max(
    0,
    Math.min(
      100,
      picked.reduce((sum, i) => sum + (mc.choices[i].weight ?? (mc.choices[i].isCorrect ? 100 : 0)), 0),
    ),
  ) *
    points) /
  100

/** Which parsed options a Lectern answer picks, found by the option's words. */
function pickedOptions(q: TQuestion, mc: MultipleChoice, answer: unknown): number[] {
  const texts = mc.choices.map((c) => c.text.text)
  const find = (words: string) => texts.findIndex((t) => t.includes(words))
  const a = answer as Record<string, unknown>
  if (q.type === 'single') return [find(q.choices.find((c) => c.id === a.choice)!.text)]
  if (q.type === 'multiple') return (a.choices as string[]).map((id) => find(q.choices.find((c) => c.id === id)!.text))
  if (q.type === 'true-false-because')
    return [texts.findIndex((t) => t.startsWith(a.value ? 'True' : 'False') && t.endsWith(q.because.find((c) => c.id === a.because)!.text))]
  return []
}

describe('GIFT export, parsed back by gift-pegjs', () => {
  let parsed: GIFTQuestion[]
  let questions: TQuestion[]
  let leftOut: string[]
  beforeAll(async () => {
    const input = await wholeLessonExport()
    const file = giftFile(input)
    parsed = parse(file.text)
    questions = allQuestions(input)
    leftOut = file.report.leftOut.map((q) => q.questionId)
  })
  const byTitle = (id: string) => parsed.find((p) => p.title === id)

  it('parses as GIFT, with one category per question set and every question either in the file or reported as left out', () => {
    expect(parsed.filter((p) => p.type === 'Category')).toHaveLength(5)
    for (const q of questions) expect(Boolean(byTitle(q.id)) !== leftOut.includes(q.id)).toBe(true)
    expect(leftOut.length).toBeGreaterThan(0)
  })

  it('leaves out only the ordering questions, which GIFT cannot hold', () => {
    expect(questions.filter((q) => leftOut.includes(q.id)).every((q) => q.type === 'ordering')).toBe(true)
    expect(questions.filter((q) => q.type === 'ordering').every((q) => leftOut.includes(q.id))).toBe(true)
  })

  it('writes each type as the GIFT type Moodle imports it as', () => {
    const expected: Record<string, string> = {
      single: 'MC',
      multiple: 'MC',
      'true-false-because': 'MC',
      evidence: 'MC',
      matching: 'Matching',
      short: 'Essay',
      essay: 'Essay',
    }
    for (const q of questions.filter((q) => !leftOut.includes(q.id))) expect([q.id, byTitle(q.id)!.type]).toEqual([q.id, expected[q.type]])
  })

  it('keeps every choice’s words and feedback, and the explanation as general feedback', () => {
    for (const q of questions) {
      const p = byTitle(q.id)
      if (!p || p.type !== 'MC') continue
      expect(p.globalFeedback?.text).toBe(q.explanation.replace(/\s*\n\s*/g, ' '))
      if (q.type === 'single' || q.type === 'multiple') {
        expect(p.choices.map((c) => c.text.text)).toEqual(q.choices.map((c) => c.text))
        expect(p.choices.map((c) => c.feedback?.text)).toEqual(q.choices.map((c) => c.feedback))
      }
    }
  })

  it('pairs each matching prompt with its right option', () => {
    for (const q of questions) {
      const p = byTitle(q.id)
      if (q.type !== 'matching' || p?.type !== 'Matching') continue
      expect(p.matchPairs.map((m) => [m.subquestion.text, m.subanswer])).toEqual(
        q.prompts.map((pr) => [pr.text, q.options.find((o) => o.id === q.correct[pr.id])!.text]),
      )
    }
  })

  it('scores right, wrong and partial answers as Lectern does (single, multiple, true/false with reason)', async () => {
    const lesson = await realLesson()
    let checked = 0
    for (const q of questions) {
      const p = byTitle(q.id)
      if (p?.type !== 'MC' || !['single', 'multiple', 'true-false-because'].includes(q.type)) continue
      for (const [isRight, ability] of [
        [true, 1],
        [false, 0.2],
        [false, 0.6],
      ] as const) {
        const answer = sampleAnswer(q, { ...draws(isRight, ability), writtenAnswers: [] })
        const picked = pickedOptions(q, p, answer)
        expect(picked).not.toContain(-1)
        expect([q.id, giftScore(p, picked, q.points)]).toEqual([q.id, expect.closeTo(scoreResponse(q, answer).score!, 2)])
        checked++
      }
    }
    expect(checked).toBeGreaterThan(60)
    expect(lesson.questionSets.length).toBe(5)
  })
})
