import { describe, expect, it } from '@jest/globals'
import { segmentsOf } from '@/components/quiz/annotated-text'
import { QUESTION_TYPE_NAMES, isHandGraded, resultVerdict } from '@/lib/quiz/types'
import { rubricFeedback, type Rubric } from '@/lib/review/grading/rubric'

describe('result wording', () => {
  it('an answer graded against a rubric is never called correct or partly correct; keyed answers are', () => {
    for (const type of QUESTION_TYPE_NAMES) {
      const words = [0, 1, 2].map((score) => resultVerdict(type, score, 2))
      if (isHandGraded(type)) expect(words.join(' ')).not.toMatch(/correct/i)
      else expect(words).toEqual(['Not correct', 'Partly correct', 'Correct'])
      expect(resultVerdict(type, null, 2)).toBe('Awaiting grading')
    }
  })
})

describe('rubricFeedback', () => {
  const rubric: Rubric = {
    kind: 'criteria',
    criteria: [
      {
        id: 'a',
        criterion: 'Argument',
        levels: [
          { id: 'hi', label: 'Strong', points: 4, description: 'Argues throughout.' },
          { id: 'lo', label: 'Weak', points: 1, description: 'Asserts.' },
        ],
      },
      {
        id: 'b',
        criterion: 'Evidence',
        levels: [
          { id: 'hi', label: 'Cited', points: 2, description: 'Cites ¶.' },
          { id: 'lo', label: 'Thin', points: 0, description: 'No ¶.' },
        ],
      },
    ],
  }
  it('gives each criterion the chosen level with its description and the criterion’s top points', () => {
    expect(rubricFeedback(rubric, { rubricLevelId: null, rubricScores: { a: 'lo', b: 'hi' }, overrideReason: null }, true)).toEqual([
      { criterion: 'Argument', level: { label: 'Weak', points: 1, description: 'Asserts.' }, max: 4 },
      { criterion: 'Evidence', level: { label: 'Cited', points: 2, description: 'Cites ¶.' }, max: 2 },
    ])
  })
  it('leaves descriptions out when they may not be shown, and gives nothing for a score set by hand', () => {
    const lines = rubricFeedback(rubric, { rubricLevelId: null, rubricScores: { a: 'hi', b: 'hi' }, overrideReason: null }, false)
    expect(lines!.map((l) => l.level!.description)).toEqual([null, null])
    expect(rubricFeedback(rubric, { rubricLevelId: null, rubricScores: { a: 'hi', b: 'hi' }, overrideReason: 'typo' }, true)).toBeNull()
  })
})

describe('segmentsOf', () => {
  it('cuts the text at every passage boundary, marking overlaps and where each passage ends', () => {
    expect(
      segmentsOf(10, [
        { start: 2, end: 6 },
        { start: 4, end: 8 },
      ]),
    ).toEqual([
      { from: 0, to: 2, covering: [], ending: [] },
      { from: 2, to: 4, covering: [0], ending: [] },
      { from: 4, to: 6, covering: [0, 1], ending: [0] },
      { from: 6, to: 8, covering: [1], ending: [1] },
      { from: 8, to: 10, covering: [], ending: [] },
    ])
  })
})
