import { z } from 'zod'
import type { PublicBase, QuestionTypeModule } from './module'
import { common, credit, selectionCredit, zAnswerIds, zSentenceId, zText } from './shared'

// Select the record's sentences that support (or contradict) a claim. The student may choose from
// every sentence of the question's paragraphs; sentences that do not count cost credit.

const schema = z.strictObject({
  ...common,
  type: z.literal('evidence'),
  claim: zText(600),
  stance: z.enum(['supports', 'contradicts']),
  /** The sentences that count. */
  accepted: z.array(zSentenceId).min(1).max(10),
  maxSelections: z.number().int().min(1).max(10),
})
const answerSchema = z.strictObject({ sentences: zAnswerIds })

export interface PublicEvidence extends PublicBase {
  type: 'evidence'
  claim: string
  stance: 'supports' | 'contradicts'
  maxSelections: number
  sentences: { id: string; text: string }[]
}

const paragraphOf = (sentenceId: string) => sentenceId.split('.')[0]

export const evidence: QuestionTypeModule<typeof schema, typeof answerSchema, PublicEvidence, { type: 'evidence'; accepted: string[] }> = {
  schema,
  answerSchema,
  isHandGraded: false,
  resultWording: 'correctness',
  isAnsweredOnRecord: true,
  problems: (q, lesson) => {
    const unknown = q.accepted.filter((id) => !lesson.sentenceIds.has(id))
    const outside = q.accepted.filter((id) => !q.paragraphs.includes(paragraphOf(id)))
    return [
      ...(unknown.length ? [`unknown sentences ${unknown.join(', ')}`] : []),
      ...(outside.length ? [`accepted sentences outside the question's paragraphs: ${outside.join(', ')}`] : []),
      ...(q.maxSelections < q.accepted.length ? ['maxSelections is smaller than the number of accepted sentences'] : []),
    ]
  },
  checkAnswer: (q, a) =>
    a.sentences.find((id) => !q.paragraphs.includes(paragraphOf(id)) || !/^p\d+\.s\d+$/.test(id))
      ? 'A chosen sentence is not in the passage for this question.'
      : new Set(a.sentences).size !== a.sentences.length
        ? 'A sentence was chosen twice.'
        : a.sentences.length > q.maxSelections
          ? `Choose at most ${q.maxSelections} sentences.`
          : null,
  isAnswered: (_q, a) => a.sentences.length > 0,
  score: (q, a) => credit(q.points, selectionCredit(a?.sentences ?? [], q.accepted)),
  toPublic: (q, ctx) => ({
    id: q.id,
    type: q.type,
    points: q.points,
    prompt: q.prompt,
    paragraphs: q.paragraphs,
    claim: q.claim,
    stance: q.stance,
    maxSelections: q.maxSelections,
    sentences: q.paragraphs.flatMap((p) => ctx.sentences[p] ?? []),
  }),
  resultKey: (q) => ({ type: q.type, accepted: q.accepted }),
  choiceFeedback: () => ({}),
  chosenIds: () => [],
  describe: (q, a, ctx) => {
    // The public question carries its sentences; on the server the caller passes the record's.
    const inQuestion = 'sentences' in q ? q.sentences : []
    return {
      lines: a.sentences.map((id) => {
        const text = inQuestion.find((s) => s.id === id)?.text ?? ctx.sentenceText?.(id)
        return text ? `${id} “${text}”` : id
      }),
    }
  },
  summary: (q) => q.prompt,
  rubric: () => null,
  choiceParts: () => [],
  optionTally: null,
  // A wrong attempt keeps one accepted sentence and adds the paragraph's first (or second) one.
  sampleAnswer: (q, d) => ({
    sentences: d.isRight
      ? q.accepted
      : [q.accepted[0], `${q.paragraphs[0]}.s1` === q.accepted[0] ? `${q.paragraphs[0]}.s2` : `${q.paragraphs[0]}.s1`].slice(
          0,
          q.maxSelections,
        ),
  }),
}
