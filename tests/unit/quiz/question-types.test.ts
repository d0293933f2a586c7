import {
  HAND_GRADED_TYPES,
  QUESTION_TYPE_NAMES,
  QUESTION_TYPES,
  ZQuestion,
  answerInOneLine,
  describeAnswer,
  isAnswered,
  parseAnswer,
  type TQuestion,
} from '@/lib/quiz/types'
import { questionProblems } from '@/lib/quiz/validate-question-set'

const common = { skill: 'comprehension', paragraphs: ['p8'], points: 2, prompt: 'Which?', explanation: 'Because.' }
const choice = (id: string, text = id) => ({ id, text, feedback: 'fb' })
const q = (extra: Record<string, unknown>): TQuestion => ZQuestion.parse({ ...common, id: 'q', ...extra })
const lesson = { paragraphIds: new Set(['p7', 'p8']), sentenceIds: new Set(['p8.s1', 'p8.s2']) }

const questions = {
  single: q({ type: 'single', choices: ['a', 'b', 'c'].map((id) => choice(id)), correct: 'a' }),
  multiple: q({ type: 'multiple', choices: ['a', 'b', 'c', 'd'].map((id) => choice(id)), correct: ['a', 'b'] }),
  'true-false-because': q({
    type: 'true-false-because',
    statement: 'S',
    correct: true,
    because: ['x', 'y', 'z'].map((id) => choice(id)),
    correctBecause: 'x',
  }),
  ordering: q({ type: 'ordering', items: ['i1', 'i2', 'i3'].map((id) => ({ id, text: id })), correctOrder: ['i1', 'i2', 'i3'] }),
  matching: q({
    type: 'matching',
    prompts: ['p1', 'p2'].map((id) => ({ id, text: id })),
    options: ['b', 'k'].map((id) => ({ id, text: id })),
    correct: { p1: 'b', p2: 'k' },
  }),
  short: q({
    type: 'short',
    modelAnswer: 'M',
    rubric: [
      { id: 'r0', label: 'No', points: 0, description: 'd' },
      { id: 'r1', label: 'Yes', points: 2, description: 'd' },
    ],
    maxWords: 50,
  }),
  evidence: q({ type: 'evidence', claim: 'C', stance: 'supports', accepted: ['p8.s1'], maxSelections: 2 }),
  essay: q({
    type: 'essay',
    points: 4,
    rubric: ['c1', 'c2'].map((id) => ({
      id,
      criterion: id,
      levels: [
        { id: 'l0', label: 'No', points: 0, description: 'd' },
        { id: 'l2', label: 'Yes', points: 2, description: 'd' },
      ],
    })),
    minWords: 50,
    maxWords: 400,
  }),
} satisfies Record<string, TQuestion>

/** A question with one field changed, bypassing the schema (content checks run after it). */
const broken = <T extends TQuestion>(question: T, change: Partial<T>): TQuestion => ({ ...question, ...change })

describe('the question-type registry', () => {
  it('has a module for every question type, each declaring whether it is hand-graded', () => {
    expect(QUESTION_TYPE_NAMES.sort()).toEqual(Object.keys(questions).sort())
    for (const type of QUESTION_TYPE_NAMES) expect(typeof QUESTION_TYPES[type].isHandGraded).toBe('boolean')
    expect(HAND_GRADED_TYPES.sort()).toEqual(['essay', 'short'])
  })

  it('registers each module under the name its schema declares', () => {
    for (const type of QUESTION_TYPE_NAMES) expect(QUESTION_TYPES[type].schema.shape.type.value).toBe(type)
  })

  it('gives written answers the type’s own character cap, and the server enforces the same one', () => {
    expect(QUESTION_TYPES.short.maxChars).toBe(5_000)
    expect(QUESTION_TYPES.essay.maxChars).toBe(30_000)
    expect(parseAnswer(questions.essay, { text: 'x'.repeat(30_001) })).toEqual({
      error: 'Answers to this question can be at most 30,000 characters.',
    })
    expect(parseAnswer(questions.essay, { text: 'x'.repeat(30_000) })).toHaveProperty('answer')
  })
})

describe('content checks reject a key that names something that does not exist', () => {
  const problems = (question: TQuestion) => questionProblems(question, lesson)

  it('passes every well-formed question', () => {
    for (const question of Object.values(questions)) expect(problems(question)).toEqual([])
  })

  it('single choice: the key must be one of the choices', () => {
    expect(problems(broken(questions.single, { correct: 'zz' }))).toEqual(['correct “zz” is not a choice'])
  })

  it('multiple choice: every key must be a choice, and not every choice may be right', () => {
    expect(problems(broken(questions.multiple, { correct: ['a', 'zz'] }))).toEqual(['correct choices zz do not exist'])
    expect(problems(broken(questions.multiple, { correct: ['a', 'b', 'c', 'd'] }))).toEqual([
      'every choice is correct: ticking all would score full marks',
    ])
  })

  it('true/false: the right reason must be one of the reasons', () => {
    expect(problems(broken(questions['true-false-because'], { correctBecause: 'zz' }))).toEqual(['correctBecause “zz” is not a choice'])
  })

  it('ordering: the key must list every item exactly once', () => {
    expect(problems(broken(questions.ordering, { correctOrder: ['i1', 'i2', 'zz'] }))).toEqual([
      'correctOrder must list every item exactly once',
    ])
  })

  it('matching: every prompt needs a match, and matches must name real prompts and options', () => {
    expect(problems(broken(questions.matching, { correct: { p1: 'b' } }))).toEqual(['prompts without a correct match: p2'])
    expect(problems(broken(questions.matching, { correct: { p1: 'b', p2: 'zz' } }))).toEqual([
      'matches point at unknown prompts or options: p2',
    ])
  })

  it('evidence: accepted sentences must exist in the lesson and lie in the question’s paragraphs', () => {
    expect(problems(broken(questions.evidence, { accepted: ['p8.s9'] }))).toEqual(['unknown sentences p8.s9'])
    expect(problems(broken(questions.evidence, { paragraphs: ['p7'] }))).toEqual([
      "accepted sentences outside the question's paragraphs: p8.s1",
    ])
  })

  it('rubrics: the top level (short) or the top levels’ sum (essay) must equal the question’s points', () => {
    expect(problems(broken(questions.short, { points: 3 }))).toEqual(["the rubric's top level (2) must equal the question's points (3)"])
    expect(problems(broken(questions.essay, { points: 5 }))).toEqual(["the rubric's top levels add up to 4, not the question's 5 points"])
  })

  it('any type: the paragraphs named must be the lesson’s, whatever their number', () => {
    expect(problems(broken(questions.single, { paragraphs: ['p99'] }))).toEqual(['paragraphs p99 are not in the record'])
    expect(ZQuestion.safeParse({ ...questions.single, paragraphs: ['p140'] }).success).toBe(true)
    expect(ZQuestion.safeParse({ ...questions.single, paragraphs: ['para7'] }).success).toBe(false)
  })
})

describe('is-answered is one rule per type', () => {
  it.each<[string, TQuestion, unknown, boolean]>([
    ['a single choice picked is an answer', questions.single, { choice: 'b' }, true],
    ['no choices ticked is no answer', questions.multiple, { choices: [] }, false],
    [
      'a verdict without its reason is not yet an answer (the question asks for both)',
      questions['true-false-because'],
      { value: true, because: null },
      false,
    ],
    ['a reason without a verdict is not yet an answer', questions['true-false-because'], { value: null, because: 'x' }, false],
    ['a verdict with its reason is an answer', questions['true-false-because'], { value: false, because: 'y' }, true],
    ['an order the student never saved is no answer', questions.ordering, undefined, false],
    ['a saved order (every item) is an answer, even the starting order', questions.ordering, { order: ['i3', 'i1', 'i2'] }, true],
    ['a half-finished order is no answer', questions.ordering, { order: ['i1'] }, false],
    ['a half-matched question is no answer', questions.matching, { pairs: { p1: 'b' } }, false],
    ['every prompt matched is an answer', questions.matching, { pairs: { p1: 'k', p2: 'k' } }, true],
    ['one sentence chosen is an answer', questions.evidence, { sentences: ['p8.s2'] }, true],
    ['blank text is no answer', questions.short, { text: ' \n ' }, false],
    ['an essay with words is an answer', questions.essay, { text: 'Words.' }, true],
    ['an answer of another type’s shape is no answer', questions.single, { choices: ['a'] }, false],
  ])('%s', (_rule, question, answer, expected) => {
    expect(isAnswered(question, answer)).toBe(expected)
  })
})

describe('one describer for results, grading and exports', () => {
  it('describes no answer as no lines, so every screen can say "unanswered" its own way', () => {
    for (const question of Object.values(questions)) expect(describeAnswer(question, undefined)).toEqual({ lines: [] })
  })

  it('numbers orders on one line and lists other parts with semicolons', () => {
    expect(answerInOneLine(describeAnswer(questions.ordering, { order: ['i2', 'i1', 'i3'] }))).toBe('1. i2 | 2. i1 | 3. i3')
    expect(answerInOneLine(describeAnswer(questions.multiple, { choices: ['a', 'c'] }))).toBe('a; c')
  })

  it('quotes chosen sentences from the public question the browser already has', () => {
    const publicEvidence = { ...questions.evidence, sentences: [{ id: 'p8.s2', text: 'The troops left.' }] }
    expect(describeAnswer(publicEvidence, { sentences: ['p8.s2'] }).lines).toEqual(['p8.s2 “The troops left.”'])
  })
})
