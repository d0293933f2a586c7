import type { PublicQuestion } from '@/lib/quiz/public-question'

/** Whether an answer has been given, for the question list and the "unanswered" check on submit. */
export function isAnswered(question: PublicQuestion, answer: unknown): boolean {
  const a = (answer ?? {}) as Record<string, unknown>
  switch (question.type) {
    case 'single':
      return typeof a.choice === 'string'
    case 'multiple':
      return Array.isArray(a.choices) && a.choices.length > 0
    case 'true-false-because':
      return typeof a.value === 'boolean' && typeof a.because === 'string'
    case 'ordering':
      return Array.isArray(a.order) && a.order.length === question.items.length
    case 'matching':
      return Object.keys((a.pairs as object) ?? {}).length === question.prompts.length
    case 'evidence':
      return Array.isArray(a.sentences) && a.sentences.length > 0
    case 'short':
    case 'essay':
      return typeof a.text === 'string' && a.text.trim().length > 0
  }
}
