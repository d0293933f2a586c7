import { esc } from '@/lib/exports/xml'
import type { short } from '../short'
import type { FormatsFor, ModuleQuestion } from './format'
import { levelLines, wordLimits } from './prompt-text'
import { qtiFloat, setOutcome, variable } from './qti3-parts'
import { writtenCanvas, writtenGift, writtenMoodle, writtenQti, type GraderNotes } from './written-parts'

// A few sentences graded with a rubric of levels. Lectern never scores them by itself: accepted
// phrases only suggest a score to the grader. So in QTI the answer is an extended text the scorer
// grades (not a text entry with mapped answers, which would score it automatically), and the
// suggestion is its own outcome, SUGGESTED_SCORE, computed as Lectern does (the share of the
// phrases the answer contains, ignoring case).

type Q = ModuleQuestion<typeof short>

const notes = (q: Q): GraderNotes => ({
  limits: wordLimits(undefined, q.maxWords),
  expectedLines: Math.max(3, Math.round(q.maxWords / 12)),
  graderLines: [
    'Rubric:',
    ...levelLines(q.rubric),
    `Model answer: ${q.modelAnswer}`,
    ...(q.acceptedPhrases?.length ? [`Phrases that suggest a score: ${q.acceptedPhrases.join('; ')}`] : []),
  ],
  ...(q.acceptedPhrases?.length ? suggestedScore(q.acceptedPhrases, q.points) : {}),
})

function suggestedScore(phrases: string[], points: number): Pick<GraderNotes, 'qtiDeclarations' | 'qtiProcessing'> {
  const each = points / phrases.length
  return {
    qtiDeclarations: `<qti-outcome-declaration identifier="SUGGESTED_SCORE" cardinality="single" base-type="float"><qti-default-value><qti-value>0</qti-value></qti-default-value></qti-outcome-declaration>`,
    qtiProcessing: phrases
      .map(
        (phrase) =>
          `<qti-response-condition><qti-response-if><qti-substring case-sensitive="false"><qti-base-value base-type="string">${esc(phrase)}</qti-base-value>${variable(
            'RESPONSE',
          )}</qti-substring>${setOutcome(
            'SUGGESTED_SCORE',
            `<qti-sum>${variable('SUGGESTED_SCORE')}<qti-base-value base-type="float">${qtiFloat(each)}</qti-base-value></qti-sum>`,
          )}</qti-response-if></qti-response-condition>`,
      )
      .join(''),
  }
}

export const shortFormats: FormatsFor<typeof short> = {
  qti3: { item: (q, ctx) => writtenQti(q, notes(q), ctx), responses: (_q, a) => ({ RESPONSE: a.text }) },
  canvasQti: (q) => writtenCanvas(q, notes(q)),
  moodleXml: (q) => writtenMoodle(q, notes(q), { max: q.maxWords }),
  gift: (q) => writtenGift(q, notes(q)),
  aiken: () => ({ leftOut: 'Aiken holds only multiple choice; this answer is written and graded by hand' }),
}
