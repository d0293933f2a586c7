import type { essay } from '../essay'
import type { FormatsFor, ModuleQuestion } from './format'
import { levelLines, pointsLabel, wordLimits } from './prompt-text'
import { writtenCanvas, writtenGift, writtenMoodle, writtenQti, type GraderNotes } from './written-parts'

// An argued essay graded by hand against criteria, each with levels. Lectern shows students the
// criteria they write to, so every format states them with the question as well as to the grader.

type Q = ModuleQuestion<typeof essay>

const rubricLines = (q: Q) =>
  q.rubric.flatMap((c) => [`${c.criterion} (up to ${pointsLabel(Math.max(...c.levels.map((l) => l.points)))}):`, ...levelLines(c.levels)])

const notes = (q: Q): GraderNotes => ({
  limits: wordLimits(q.minWords, q.maxWords),
  expectedLines: 20,
  graderLines: rubricLines(q),
  studentLines: ['Rubric:', ...rubricLines(q)],
})

export const essayFormats: FormatsFor<typeof essay> = {
  qti3: { item: (q, ctx) => writtenQti(q, notes(q), ctx), responses: (_q, a) => ({ RESPONSE: a.text }) },
  canvasQti: (q) => writtenCanvas(q, notes(q)),
  moodleXml: (q) => writtenMoodle(q, notes(q), { min: q.minWords, max: q.maxWords }),
  gift: (q) => writtenGift(q, notes(q)),
  aiken: () => ({ leftOut: 'Aiken holds only multiple choice; this answer is written and graded by hand' }),
}
