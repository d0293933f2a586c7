import type { TQuestion } from '@/lib/quiz/question-schema'

// Pure: a student's answer as a person would read it in a spreadsheet — the text of the choices
// picked, not their ids. Empty answers become "" so the export can say "unanswered" itself.

type SentenceText = (id: string) => string | undefined

const textOf = (list: { id: string; text: string }[], id: unknown) => list.find((x) => x.id === id)?.text ?? String(id)
const asList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [])

export function readableAnswer(q: TQuestion, answer: unknown, sentenceText: SentenceText = () => undefined): string {
  if (!answer || typeof answer !== 'object') return ''
  const a = answer as Record<string, unknown>
  switch (q.type) {
    case 'single':
      return typeof a.choice === 'string' ? textOf(q.choices, a.choice) : ''
    case 'multiple':
      return asList(a.choices)
        .map((id) => textOf(q.choices, id))
        .join('; ')
    case 'true-false-because': {
      if (typeof a.value !== 'boolean') return ''
      const verdict = a.value ? 'True' : 'False'
      return typeof a.because === 'string' ? `${verdict}, because ${textOf(q.because, a.because)}` : verdict
    }
    case 'ordering':
      return asList(a.order)
        .map((id, i) => `${i + 1}. ${textOf(q.items, id)}`)
        .join(' | ')
    case 'matching': {
      const pairs = a.pairs && typeof a.pairs === 'object' ? (a.pairs as Record<string, unknown>) : {}
      return q.prompts
        .filter((p) => typeof pairs[p.id] === 'string')
        .map((p) => `${p.text} → ${textOf(q.options, pairs[p.id])}`)
        .join('; ')
    }
    case 'evidence':
      return asList(a.sentences)
        .map((id) => {
          const text = sentenceText(id)
          return text ? `${id} “${text}”` : id
        })
        .join('; ')
    case 'short':
    case 'essay':
      return typeof a.text === 'string' ? a.text.trim() : ''
  }
}
