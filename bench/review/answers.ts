// Plausible answers for the review benchmark: right with a student's ability, else a typical slip,
// scored by the app's own scoring so the totals are what the quiz engine would have stored.
import { scoreResponse, type TQuestion } from '../../lib/quiz/types'

/** A small, fast, seeded generator: the same class every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(items: T[], r: () => number): T => items[Math.floor(r() * items.length)]

export interface GeneratedAnswer {
  answer: unknown
  /** What submitting would store; null for written answers still awaiting a grader. */
  score: number | null
  autoScore: number | null
}

export function generateAnswer(q: TQuestion, ability: number, r: () => number): GeneratedAnswer {
  const isRight = r() < ability
  let answer: unknown
  switch (q.type) {
    case 'single':
      answer = {
        choice: isRight
          ? q.correct
          : pick(
              q.choices.filter((c) => c.id !== q.correct),
              r,
            ).id,
      }
      break
    case 'multiple':
      answer = {
        choices: isRight
          ? q.correct
          : [
              q.correct[0],
              pick(
                q.choices.filter((c) => !q.correct.includes(c.id)),
                r,
              ).id,
            ],
      }
      break
    case 'true-false-because':
      answer = { value: isRight || r() < 0.5 ? q.correct : !q.correct, because: isRight ? q.correctBecause : pick(q.because, r).id }
      break
    case 'ordering': {
      const order = [...q.correctOrder]
      if (!isRight) [order[0], order[1]] = [order[1], order[0]]
      answer = { order }
      break
    }
    case 'matching':
      answer = { pairs: Object.fromEntries(q.prompts.map((p) => [p.id, isRight || r() < 0.6 ? q.correct[p.id] : pick(q.options, r).id])) }
      break
    case 'evidence': {
      const other = `${q.paragraphs[0]}.s${1 + Math.floor(r() * 3)}`
      answer = {
        sentences: isRight ? q.accepted.slice(0, q.maxSelections) : [...new Set([q.accepted[0], other])].slice(0, q.maxSelections),
      }
      break
    }
    case 'short':
      answer = {
        text: isRight
          ? 'Batmunkh presents the withdrawal as agreed between Mongolia and Moscow, continuous since 1966.'
          : 'The troops were there because of China.',
      }
      break
    case 'essay':
      answer = { text: `${'The record shows Batmunkh balancing Moscow and Beijing while reassuring Kim. '.repeat(isRight ? 12 : 5)}` }
      break
  }
  const result = scoreResponse(q, answer)
  if (result.score !== null) return { answer, score: result.score, autoScore: result.score }
  // Written answers: half already graded by the instructor, half waiting (a provisional total).
  const isGraded = r() < 0.5
  const graded = Math.round(q.points * (isRight ? 0.8 : 0.4) * 2) / 2
  return { answer, score: isGraded ? graded : null, autoScore: result.suggested ?? null }
}
