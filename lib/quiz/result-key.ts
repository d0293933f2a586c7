import type { TQuestion } from './question-schema'

// What a student sees once results are released: the key, the explanation and the feedback on
// each choice. Built only on the server, and only after release (lib/quiz/get-attempt-view.ts).

export type ResultKey =
  | { type: 'single'; correct: string }
  | { type: 'multiple'; correct: string[] }
  | { type: 'true-false-because'; correct: boolean; correctBecause: string }
  | { type: 'ordering'; correctOrder: string[] }
  | { type: 'matching'; correct: Record<string, string> }
  | { type: 'short'; modelAnswer: string }
  | { type: 'evidence'; accepted: string[] }
  | { type: 'essay' }

export interface QuestionResult {
  key: ResultKey
  explanation: string
  /** Feedback for each choice (single, multiple, and the "because" choices). */
  choiceFeedback: Record<string, string>
}

export function resultFor(q: TQuestion): QuestionResult {
  const feedback = (list: { id: string; feedback: string }[]) => Object.fromEntries(list.map((c) => [c.id, c.feedback]))
  const base = { explanation: q.explanation, choiceFeedback: {} as Record<string, string> }
  switch (q.type) {
    case 'single':
      return { ...base, key: { type: q.type, correct: q.correct }, choiceFeedback: feedback(q.choices) }
    case 'multiple':
      return { ...base, key: { type: q.type, correct: q.correct }, choiceFeedback: feedback(q.choices) }
    case 'true-false-because':
      return { ...base, key: { type: q.type, correct: q.correct, correctBecause: q.correctBecause }, choiceFeedback: feedback(q.because) }
    case 'ordering':
      return { ...base, key: { type: q.type, correctOrder: q.correctOrder } }
    case 'matching':
      return { ...base, key: { type: q.type, correct: q.correct } }
    case 'short':
      return { ...base, key: { type: q.type, modelAnswer: q.modelAnswer } }
    case 'evidence':
      return { ...base, key: { type: q.type, accepted: q.accepted } }
    case 'essay':
      return { ...base, key: { type: q.type } }
  }
}
