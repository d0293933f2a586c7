import { lowest, paragraphStats, questionStats, readingSplits } from '@/lib/review/item-statistics'
import { percent, questionNotes, signed } from '@/lib/review/question-notes'
import type { QuestionRow } from '@/lib/review/item-analysis-queries'
import { ZQuestion, type TQuestion } from '@/lib/quiz/question-schema'

const choice = (id: string) => ({ id, text: id.toUpperCase(), feedback: 'fb' })
const single = (id: string, paragraphs: string[], skill = 'comprehension'): TQuestion =>
  ZQuestion.parse({
    id,
    type: 'single',
    skill,
    paragraphs,
    points: 2,
    prompt: 'Which?',
    explanation: 'E.',
    choices: [choice('a'), choice('b'), choice('c')],
    correct: 'a',
  })

const row = (question_id: string, over: Partial<QuestionRow>): QuestionRow => ({
  question_id,
  opened_essay: false,
  opened_record: false,
  read_all_parts: false,
  attempts: 0,
  answered: 0,
  pending: 0,
  scored: 0,
  score_sum: 0,
  upper_scored: 0,
  upper_sum: 0,
  lower_scored: 0,
  lower_sum: 0,
  group_size: 1,
  ...over,
})

describe('figures from the database’s sums', () => {
  const questions = [single('q1', ['p7', 'p8']), single('q2', ['p8'], 'sourcing')]
  // Two reading groups: 3 essay readers and 1 non-reader; q2 has one answer awaiting a grader.
  const rows = [
    row('q1', { opened_essay: true, attempts: 3, answered: 3, scored: 3, score_sum: 6, upper_scored: 1, upper_sum: 2 }),
    row('q1', { attempts: 1, answered: 1, scored: 1, score_sum: 0, lower_scored: 1, lower_sum: 0 }),
    row('q2', { opened_essay: true, attempts: 3, answered: 3, pending: 1, scored: 2, score_sum: 2, upper_scored: 1, upper_sum: 2 }),
    row('q2', { attempts: 1, answered: 0, scored: 1, score_sum: 0, lower_scored: 1, lower_sum: 0 }),
  ]
  const stats = questionStats(questions, rows, [], 4)

  it('adds the reading groups back together for each question', () => {
    expect(stats[0]).toMatchObject({ attempts: 4, answered: 4, unanswered: 0, pending: 0, facility: 6 / 8, discrimination: 1 })
    expect(stats[1]).toMatchObject({ attempts: 4, answered: 3, unanswered: 1, pending: 1, facility: 2 / 6, discrimination: 1 })
  })

  it('pools paragraphs by points and names the lowest', () => {
    const paragraphs = paragraphStats(stats, rows)
    expect(paragraphs.map((p) => [p.label, p.questions, p.facility])).toEqual([
      ['¶7', 1, 6 / 8],
      ['¶8', 2, 8 / 14],
    ])
    expect(lowest(paragraphs)?.label).toBe('¶8')
    expect(lowest([{ key: 'p1', label: '¶1', questions: 1, facility: null }])).toBeNull()
  })

  it('splits scores by what students opened, per skill', () => {
    const [essay] = readingSplits(rows, questions)
    expect(essay.groups.map((g) => [g.label, g.students])).toEqual([
      ['Opened at least one essay', 3],
      ['Opened no essay', 1],
    ])
    expect(essay.groups[0].bySkill).toEqual({ comprehension: 1, sourcing: 2 / 4 })
    expect(essay.groups[1].overall).toBe(0)
  })
})

describe('notes on a question', () => {
  it('flag hard and easy questions, weak or negative discrimination, and answers awaiting grading, in words', () => {
    expect(questionNotes({ facility: 0.2, discrimination: 0.5, pending: 0 })).toEqual(['hard'])
    expect(questionNotes({ facility: 0.95, discrimination: 0.1, pending: 0 })).toEqual(['easy', 'does not separate strong from weak'])
    expect(questionNotes({ facility: 0.5, discrimination: -0.3, pending: 2 })).toEqual([
      'weaker students did better — check the key and wording',
      '2 awaiting grading',
    ])
    expect(questionNotes({ facility: null, discrimination: null, pending: 0 })).toEqual([])
  })

  it('write shares as whole percentages and discrimination with its sign', () => {
    expect(percent(0.416)).toBe('42%')
    expect(percent(null)).toBe('—')
    expect(signed(0.5)).toBe('+0.50')
    expect(signed(-0.25)).toBe('−0.25')
    expect(signed(0)).toBe('0.00')
  })
})
