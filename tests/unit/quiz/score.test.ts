import { attemptTotal } from '@/lib/quiz/score'
import { scoreResponse, type TQuestion } from '@/lib/quiz/types'

const base = { skill: 'comprehension' as const, paragraphs: ['p9'], prompt: 'Q', explanation: 'E' }
const choice = (id: string) => ({ id, text: id, feedback: 'f' })
const single: TQuestion = { ...base, id: 's', type: 'single', points: 1, choices: ['a', 'b', 'c'].map(choice), correct: 'b' }
const multiple: TQuestion = {
  ...base,
  id: 'm',
  type: 'multiple',
  points: 2,
  choices: ['a', 'b', 'c', 'd'].map(choice),
  correct: ['a', 'c'],
}
const tfb: TQuestion = {
  ...base,
  id: 't',
  type: 'true-false-because',
  points: 2,
  statement: 'S',
  correct: false,
  because: ['x', 'y', 'z'].map(choice),
  correctBecause: 'y',
}
const ordering: TQuestion = {
  ...base,
  id: 'o',
  type: 'ordering',
  points: 2,
  items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
  correctOrder: ['a', 'b', 'c', 'd'],
}
const matching: TQuestion = {
  ...base,
  id: 'x',
  type: 'matching',
  points: 2,
  prompts: ['q1', 'q2', 'q3', 'q4'].map((id) => ({ id, text: id })),
  options: [
    { id: 'batmunkh', text: 'Batmunkh' },
    { id: 'kim', text: 'Kim' },
  ],
  correct: { q1: 'batmunkh', q2: 'kim', q3: 'kim', q4: 'batmunkh' },
}
const evidence: TQuestion = {
  ...base,
  id: 'e',
  type: 'evidence',
  points: 2,
  paragraphs: ['p9', 'p10'],
  claim: 'C',
  stance: 'supports',
  accepted: ['p9.s1', 'p9.s3'],
  maxSelections: 4,
}
const rubric = [
  { id: 'full', label: 'Full', points: 4, description: 'd' },
  { id: 'none', label: 'None', points: 0, description: 'd' },
]
const short: TQuestion = {
  ...base,
  id: 'sh',
  type: 'short',
  points: 4,
  modelAnswer: 'M',
  rubric,
  acceptedPhrases: ['18 November', 'rumours'],
  maxWords: 80,
}
const essay: TQuestion = {
  ...base,
  id: 'es',
  type: 'essay',
  points: 4,
  rubric: [
    { id: 'thesis', criterion: 'Thesis', levels: rubric },
    { id: 'evidence', criterion: 'Evidence', levels: rubric.map((l) => ({ ...l, points: 0 })) },
  ],
  minWords: 300,
  maxWords: 900,
}

describe('scoring each question type', () => {
  it('single choice: all or nothing', () => {
    expect(scoreResponse(single, { choice: 'b' })).toEqual({ score: 1, max: 1 })
    expect(scoreResponse(single, { choice: 'a' })).toEqual({ score: 0, max: 1 })
    expect(scoreResponse(single, undefined)).toEqual({ score: 0, max: 1 })
  })

  it('multiple select: partial credit, wrong picks cancel right ones, ticking everything earns nothing', () => {
    expect(scoreResponse(multiple, { choices: ['a', 'c'] }).score).toBe(2)
    expect(scoreResponse(multiple, { choices: ['a'] }).score).toBe(1)
    expect(scoreResponse(multiple, { choices: ['a', 'b'] }).score).toBe(0)
    expect(scoreResponse(multiple, { choices: ['a', 'b', 'c', 'd'] }).score).toBe(0)
    expect(scoreResponse(multiple, { choices: ['b', 'd'] }).score).toBe(0)
  })

  it('true/false with a reason: full for both, half for the verdict alone, nothing for a wrong verdict', () => {
    expect(scoreResponse(tfb, { value: false, because: 'y' }).score).toBe(2)
    expect(scoreResponse(tfb, { value: false, because: 'x' }).score).toBe(1)
    expect(scoreResponse(tfb, { value: true, because: 'y' }).score).toBe(0)
    expect(scoreResponse(tfb, { value: null, because: null }).score).toBe(0)
  })

  it('ordering: full for the right order, credit for pairs in the right relative order', () => {
    expect(scoreResponse(ordering, { order: ['a', 'b', 'c', 'd'] }).score).toBe(2)
    expect(scoreResponse(ordering, { order: ['b', 'a', 'c', 'd'] }).score).toBe(1.67) // 5 of 6 pairs
    expect(scoreResponse(ordering, { order: ['d', 'c', 'b', 'a'] }).score).toBe(0)
    expect(scoreResponse(ordering, { order: ['a', 'b'] }).score).toBe(0)
  })

  it('matching: the share of prompts matched correctly', () => {
    expect(scoreResponse(matching, { pairs: { q1: 'batmunkh', q2: 'kim', q3: 'kim', q4: 'batmunkh' } }).score).toBe(2)
    expect(scoreResponse(matching, { pairs: { q1: 'batmunkh', q2: 'kim', q3: 'batmunkh', q4: 'kim' } }).score).toBe(1)
    // Giving one answer to every prompt earns only what that answer gets right.
    expect(scoreResponse(matching, { pairs: { q1: 'kim', q2: 'kim', q3: 'kim', q4: 'kim' } }).score).toBe(1)
  })

  it('evidence selection: partial credit against the accepted sentences, extra picks cost credit', () => {
    expect(scoreResponse(evidence, { sentences: ['p9.s1', 'p9.s3'] }).score).toBe(2)
    expect(scoreResponse(evidence, { sentences: ['p9.s1'] }).score).toBe(1)
    expect(scoreResponse(evidence, { sentences: ['p9.s1', 'p9.s2'] }).score).toBe(0)
    expect(scoreResponse(evidence, { sentences: ['p9.s1', 'p9.s2', 'p9.s3', 'p10.s1'] }).score).toBe(0)
  })

  it('short answer: left for the instructor, with a suggestion from accepted phrases; blank scores 0', () => {
    expect(scoreResponse(short, { text: 'He arrived on 18 November, after the rumours began.' })).toEqual({
      score: null,
      max: 4,
      suggested: 4,
    })
    expect(scoreResponse(short, { text: 'Some other idea' })).toEqual({ score: null, max: 4, suggested: 0 })
    expect(scoreResponse(short, { text: '   ' })).toEqual({ score: 0, max: 4 })
    expect(scoreResponse({ ...short, acceptedPhrases: undefined } as TQuestion, { text: 'x' })).toEqual({ score: null, max: 4 })
  })

  it('essay: always left for the instructor unless blank', () => {
    expect(scoreResponse(essay, { text: 'An argument…' })).toEqual({ score: null, max: 4 })
    expect(scoreResponse(essay, { text: '' })).toEqual({ score: 0, max: 4 })
  })
})

describe('an attempt’s total', () => {
  it('is final only when nothing awaits manual grading, and applies the late penalty last', () => {
    expect(
      attemptTotal([
        { score: 1, max: 1 },
        { score: 2, max: 2 },
      ]),
    ).toEqual({ raw: 3, score: 3, max: 3, pendingManual: 0, isFinal: true })
    expect(
      attemptTotal([
        { score: 1, max: 1 },
        { score: null, max: 4 },
      ]),
    ).toMatchObject({ raw: 1, max: 5, pendingManual: 1, isFinal: false })
    expect(attemptTotal([{ score: 8, max: 10 }], 20)).toMatchObject({ raw: 8, score: 6.4 })
  })
})
