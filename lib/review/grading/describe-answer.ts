import type { TQuestion } from '@/lib/quiz/question-schema'

// Pure: a student's answer as plain lines of text, for grading screens and exports. Student text
// is returned as typed; callers render it as text, never as HTML.

type A = Record<string, unknown> | null | undefined

export function describeAnswer(q: TQuestion, answer: unknown, sentences?: Record<string, { id: string; text: string }[]>): string[] {
  const a = answer as A
  if (!a) return []
  const label = (list: { id: string; text: string }[], id: unknown) => list.find((x) => x.id === id)?.text ?? String(id ?? '—')
  switch (q.type) {
    case 'single':
      return [label(q.choices, a.choice)]
    case 'multiple':
      return ((a.choices as string[]) ?? []).map((id) => label(q.choices, id))
    case 'true-false-because':
      return [`${a.value === true ? 'True' : a.value === false ? 'False' : '—'}, because ${label(q.because, a.because)}`]
    case 'ordering':
      return ((a.order as string[]) ?? []).map((id, i) => `${i + 1}. ${label(q.items, id)}`)
    case 'matching':
      return q.prompts.map((p) => `${p.text} → ${label(q.options, (a.pairs as Record<string, string>)?.[p.id])}`)
    case 'evidence': {
      const all = sentences ? q.paragraphs.flatMap((p) => sentences[p] ?? []) : []
      return ((a.sentences as string[]) ?? []).map((id) =>
        `${id.replace('p', '¶').replace('.s', ' s')}: ${all.find((s) => s.id === id)?.text ?? ''}`.trim(),
      )
    }
    case 'short':
    case 'essay':
      return [String(a.text ?? '')]
  }
}
