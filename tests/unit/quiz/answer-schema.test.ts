import { isAnswered, parseAnswer, type TQuestion } from '@/lib/quiz/types'

const base = { skill: 'comprehension' as const, paragraphs: ['p9'], prompt: 'Q', explanation: 'E', points: 1 }
const single: TQuestion = {
  ...base,
  id: 's',
  type: 'single',
  choices: ['a', 'b', 'c'].map((id) => ({ id, text: id, feedback: 'f' })),
  correct: 'b',
}
const short: TQuestion = {
  ...base,
  id: 'sh',
  type: 'short',
  modelAnswer: 'M',
  rubric: [
    { id: 'a', label: 'A', points: 1, description: 'd' },
    { id: 'b', label: 'B', points: 0, description: 'd' },
  ],
  maxWords: 80,
}
const evidence: TQuestion = { ...base, id: 'e', type: 'evidence', claim: 'C', stance: 'supports', accepted: ['p9.s1'], maxSelections: 2 }

describe('checking an answer against its question', () => {
  it('accepts a well-formed answer', () => {
    expect(parseAnswer(single, { choice: 'a' })).toEqual({ answer: { choice: 'a' } })
  })

  it('rejects an answer of the wrong shape, or with extra fields', () => {
    expect(parseAnswer(single, { choices: ['a'] })).toEqual({ error: 'That answer does not fit a single question.' })
    expect(parseAnswer(single, { choice: 'a', score: 1 })).toHaveProperty('error')
    expect(parseAnswer(single, 'a')).toHaveProperty('error')
  })

  it('rejects ids the question does not offer', () => {
    expect(parseAnswer(single, { choice: 'z' })).toEqual({ error: '“z” is not one of this question’s options.' })
    expect(parseAnswer(evidence, { sentences: ['p20.s1'] })).toEqual({
      error: 'A chosen sentence is not in the passage for this question.',
    })
    expect(parseAnswer(evidence, { sentences: ['p9.s1', 'p9.s2', 'p9.s3'] })).toEqual({ error: 'Choose at most 2 sentences.' })
  })

  it('caps text, and keeps HTML exactly as typed (it is rendered as text, never as markup)', () => {
    expect(parseAnswer(short, { text: 'x'.repeat(5001) })).toEqual({ error: 'Answers to this question can be at most 5,000 characters.' })
    const html = '<script>alert(1)</script><b>bold</b>'
    expect(parseAnswer(short, { text: html })).toEqual({ answer: { text: html } })
  })

  it('knows a blank answer from a given one', () => {
    expect(isAnswered(short, { text: '  ' })).toBe(false)
    expect(isAnswered(short, { text: 'yes' })).toBe(true)
    expect(isAnswered(single, undefined)).toBe(false)
  })
})
