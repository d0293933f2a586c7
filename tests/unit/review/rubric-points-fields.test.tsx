import { describe, expect, it } from '@jest/globals'
import { renderToStaticMarkup } from 'react-dom/server'
import { pointsOf, RubricPointsFields, withPoints } from '@/components/review/grading/rubric-points-fields'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { rubricOf } from '@/lib/review/grading/rubric'

const essay = (await loadQuestionSet('batmunkh-kim-1986', 'document-essay')).set.questions[0]
const short = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set.questions.find((q) => q.type === 'short')!
const essayRubric = rubricOf(essay)!
const shortRubric = rubricOf(short)!
if (essayRubric.kind !== 'criteria' || shortRubric.kind !== 'levels')
  throw new Error('expects an essay with criteria and a short answer with levels')

describe('the rubric points editor', () => {
  it('gives every level of every essay criterion its own labelled field, grouped under the criterion', () => {
    const html = renderToStaticMarkup(<RubricPointsFields rubric={essayRubric} points={pointsOf(essayRubric)} onChange={() => undefined} />)
    for (const criterion of essayRubric.criteria) {
      expect(html).toContain(`<legend>${criterion.criterion.replace(/&/g, '&amp;')}</legend>`)
      for (const level of criterion.levels) expect(html).toContain(`<label for="rubric-${criterion.id}/${level.id}">`)
    }
    expect(html.match(/<input /g)).toHaveLength(essayRubric.criteria.reduce((n, c) => n + c.levels.length, 0))
  })

  it('returns the rubric unchanged when no point was edited, for both kinds', () => {
    expect(withPoints(essayRubric, pointsOf(essayRubric))).toEqual(essayRubric)
    expect(withPoints(shortRubric, pointsOf(shortRubric))).toEqual(shortRubric)
  })

  it('changes only the edited level of the edited criterion', () => {
    const [criterion] = essayRubric.criteria
    const [level] = criterion.levels
    const key = `${criterion.id}/${level.id}`
    const edited = withPoints(essayRubric, { ...pointsOf(essayRubric), [key]: '0.5' })
    const before = pointsOf(essayRubric)
    expect(Object.entries(pointsOf(edited)).filter(([k, points]) => before[k] !== points)).toEqual([[key, '0.5']])
    expect(edited.kind === 'criteria' && edited.criteria[0].levels[0]).toMatchObject({ id: level.id, label: level.label, points: 0.5 })
  })
})
