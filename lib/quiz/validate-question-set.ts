import type { TQuestion, TQuestionSet } from './question-schema'

// Pure cross-field rules the zod schema cannot state: every key points at something that exists,
// and points add up. Returns problems as "question id: message" strings.

export function questionSetProblems(set: TQuestionSet, sentenceIds: Set<string>): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const q of set.questions) {
    if (seen.has(q.id)) problems.push(`${q.id}: duplicate question id`)
    seen.add(q.id)
    for (const message of questionProblems(q, sentenceIds)) problems.push(`${q.id}: ${message}`)
  }
  return problems
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i)
}

export function questionProblems(q: TQuestion, sentenceIds: Set<string>): string[] {
  const problems: string[] = []
  switch (q.type) {
    case 'single':
      if (!q.choices.some((c) => c.id === q.correct)) problems.push(`correct “${q.correct}” is not a choice`)
      break
    case 'multiple': {
      const missing = q.correct.filter((id) => !q.choices.some((c) => c.id === id))
      if (missing.length) problems.push(`correct choices ${missing.join(', ')} do not exist`)
      if (q.correct.length >= q.choices.length) problems.push('every choice is correct: ticking all would score full marks')
      break
    }
    case 'true-false-because':
      if (!q.because.some((c) => c.id === q.correctBecause)) problems.push(`correctBecause “${q.correctBecause}” is not a choice`)
      break
    case 'ordering': {
      const items = q.items.map((i) => i.id)
      if (q.correctOrder.length !== items.length || !items.every((id) => q.correctOrder.includes(id)))
        problems.push('correctOrder must list every item exactly once')
      break
    }
    case 'matching': {
      const promptIds = q.prompts.map((p) => p.id)
      const missing = promptIds.filter((id) => !(id in q.correct))
      if (missing.length) problems.push(`prompts without a correct match: ${missing.join(', ')}`)
      const bad = Object.entries(q.correct).filter(([p, o]) => !promptIds.includes(p) || !q.options.some((opt) => opt.id === o))
      if (bad.length) problems.push(`matches point at unknown prompts or options: ${bad.map(([p]) => p).join(', ')}`)
      break
    }
    case 'short': {
      const top = Math.max(...q.rubric.map((l) => l.points))
      if (top !== q.points) problems.push(`the rubric's top level (${top}) must equal the question's points (${q.points})`)
      break
    }
    case 'evidence': {
      const unknown = q.accepted.filter((id) => !sentenceIds.has(id))
      if (unknown.length) problems.push(`unknown sentences ${unknown.join(', ')}`)
      const outside = q.accepted.filter((id) => !q.paragraphs.includes(id.split('.')[0]))
      if (outside.length) problems.push(`accepted sentences outside the question's paragraphs: ${outside.join(', ')}`)
      if (q.maxSelections < q.accepted.length) problems.push('maxSelections is smaller than the number of accepted sentences')
      break
    }
    case 'essay': {
      const total = q.rubric.reduce((sum, c) => sum + Math.max(...c.levels.map((l) => l.points)), 0)
      if (total !== q.points) problems.push(`the rubric's top levels add up to ${total}, not the question's ${q.points} points`)
      if (q.minWords >= q.maxWords) problems.push('minWords must be below maxWords')
      break
    }
  }
  for (const id of ['choices', 'because', 'items', 'prompts', 'options'] as const) {
    const list = (q as Record<string, unknown>)[id] as { id: string }[] | undefined
    if (list && duplicates(list.map((x) => x.id)).length) problems.push(`duplicate ${id} ids`)
  }
  return problems
}
