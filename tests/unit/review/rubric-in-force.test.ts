import { loadQuestionSet } from '@/lib/content/question-sets'
import { rubricInForce, rubricOf } from '@/lib/review/grading/rubric'

describe('the rubric in force is one rule', () => {
  it('is the latest edit when there is one, the question’s own otherwise, and a malformed stored edit is refused, never cast', async () => {
    const { set } = await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')
    const short = set.questions.find((q) => q.type === 'short')!
    const own = rubricOf(short)!
    if (own.kind !== 'levels') throw new Error('the short answer is expected to have a levels rubric')
    expect(rubricInForce(short, null)).toEqual(own)
    const edited = { ...own, levels: own.levels.map((l) => ({ ...l, label: `${l.label} (edited)` })) }
    expect(rubricInForce(short, { rubric: edited })).toEqual(edited)
    expect(() => rubricInForce(short, { rubric: { kind: 'levels', levels: 'not a list' } })).toThrow()
  })
})
