// A valid random answer for any question type, as a student could give it. Text answers carry the
// sequence number, so every save of them is distinguishable when verifying.
import type { TQuestion } from '@/lib/quiz/question-schema'

const WORDS = 'the record shows that batmunkh pressed kim on soviet troops while kim spoke of unity and the border'.split(' ')

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

/** 1 … max distinct items. */
const someOf = <T>(items: readonly T[], max = items.length): T[] =>
  shuffled(items).slice(0, 1 + Math.floor(Math.random() * Math.min(max, items.length)))

const prose = (seq: number, words: number) => `Draft ${seq}: ${Array.from({ length: words }, () => pick(WORDS)).join(' ')}.`

export function randomAnswer(question: TQuestion, seq: number): unknown {
  switch (question.type) {
    case 'single':
      return { choice: pick(question.choices).id }
    case 'multiple':
      return { choices: someOf(question.choices.map((c) => c.id)) }
    case 'true-false-because':
      return { value: Math.random() < 0.5, because: pick(question.because).id }
    case 'ordering':
      return { order: shuffled(question.items.map((i) => i.id)) }
    case 'matching':
      return { pairs: Object.fromEntries(question.prompts.map((p) => [p.id, pick(question.options).id])) }
    case 'evidence':
      return {
        sentences: someOf(
          question.paragraphs.flatMap((p) => [`${p}.s1`, `${p}.s2`]),
          question.maxSelections,
        ),
      }
    case 'short':
      return { text: prose(seq, 20 + Math.floor(Math.random() * 60)) }
    case 'essay':
      return { text: prose(seq, 200 + Math.floor(Math.random() * 400)) }
  }
}
