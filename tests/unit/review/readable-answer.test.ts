import { readableAnswer } from '@/lib/review/readable-answer'
import { ZQuestion, type TQuestion } from '@/lib/quiz/question-schema'

const common = { skill: 'comprehension', paragraphs: ['p8'], points: 2, prompt: 'Which?', explanation: 'Because.' }
const choice = (id: string, text: string) => ({ id, text, feedback: 'fb' })
const q = (extra: Record<string, unknown>): TQuestion => ZQuestion.parse({ ...common, id: 'q', ...extra })

const single = q({ type: 'single', choices: [choice('a', 'Agreed'), choice('b', 'Imposed'), choice('c', 'Kept')], correct: 'a' })
const multiple = q({
  type: 'multiple',
  choices: [choice('a', 'Trade'), choice('b', 'Border'), choice('c', 'Protocol'), choice('d', 'Party')],
  correct: ['a', 'b'],
})
const tfb = q({
  type: 'true-false-because',
  statement: 'S',
  correct: false,
  because: [choice('x', 'no ties'), choice('y', 'trade'), choice('z', 'dispute')],
  correctBecause: 'x',
})
const ordering = q({
  type: 'ordering',
  items: [
    { id: 'i1', text: '1939' },
    { id: 'i2', text: '1962' },
    { id: 'i3', text: '1986' },
  ],
  correctOrder: ['i1', 'i2', 'i3'],
})
const matching = q({
  type: 'matching',
  prompts: [
    { id: 'p1', text: 'Small country' },
    { id: 'p2', text: 'Patience' },
  ],
  options: [
    { id: 'b', text: 'Batmunkh' },
    { id: 'k', text: 'Kim' },
  ],
  correct: { p1: 'b', p2: 'k' },
})
const evidence = q({ type: 'evidence', claim: 'C', stance: 'supports', accepted: ['p8.s1'], maxSelections: 2 })
const short = q({
  type: 'short',
  modelAnswer: 'M',
  rubric: [
    { id: 'r0', label: 'No', points: 0, description: 'd' },
    { id: 'r1', label: 'Yes', points: 2, description: 'd' },
  ],
  maxWords: 50,
})

describe('answers as readable text', () => {
  it('names the choices picked rather than their ids', () => {
    expect(readableAnswer(single, { choice: 'b' })).toBe('Imposed')
    expect(readableAnswer(multiple, { choices: ['a', 'c'] })).toBe('Trade; Protocol')
    expect(readableAnswer(tfb, { value: false, because: 'y' })).toBe('False, because trade')
    expect(readableAnswer(tfb, { value: true, because: null })).toBe('True')
  })

  it('spells out orders, matches and cited sentences', () => {
    expect(readableAnswer(ordering, { order: ['i2', 'i1', 'i3'] })).toBe('1. 1962 | 2. 1939 | 3. 1986')
    expect(readableAnswer(matching, { pairs: { p2: 'k', p1: 'k' } })).toBe('Small country → Kim; Patience → Kim')
    expect(readableAnswer(evidence, { sentences: ['p8.s1', 'p8.s2'] }, (id) => (id === 'p8.s1' ? 'The troops left.' : undefined))).toBe(
      'p8.s1 “The troops left.”; p8.s2',
    )
  })

  it('keeps written answers as typed, trimmed, and gives empty text for no answer', () => {
    expect(readableAnswer(short, { text: '  =1+1 is not a formula here  ' })).toBe('=1+1 is not a formula here')
    expect(readableAnswer(short, undefined)).toBe('')
    expect(readableAnswer(single, {})).toBe('')
    expect(readableAnswer(multiple, { choices: 'a' })).toBe('')
  })

  it('shows an id it does not recognise instead of dropping it', () => {
    expect(readableAnswer(single, { choice: 'gone' })).toBe('gone')
  })
})
