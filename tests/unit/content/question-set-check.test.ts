import type { ContentIssue } from '@/lib/content/parse-lesson'
import { validateLesson } from '@/lib/content/validate-lesson'
import { lessonFiles, lineIn, withEdit } from './lesson-fixture'

// The content check (and so the build loader and CI) rejects every broken question key and every
// reference into the record, naming the file and the line. Each test breaks one thing in a copy
// of the real lesson, held in memory.

type Files = ReturnType<typeof lessonFiles>
type Question = Record<string, unknown> & { id: string }

const SETS = {
  preReading: 'questions/01-pre-reading.json',
  comprehension: 'questions/02-comprehension.json',
  sourcing: 'questions/03-sourcing-and-context.json',
  evidence: 'questions/04-evidence-and-argument.json',
  essay: 'questions/05-document-essay.json',
}

const errorsOf = async (files: Files) => (await validateLesson(files)).filter((issue) => issue.severity === 'error')

/** A copy of the lesson with one question changed by `edit`, the set file re-serialised. */
function withQuestion(file: string, id: string, edit: (q: Question) => void): Files {
  const copy = lessonFiles()
  const set = JSON.parse(copy.files[file]) as { questions: Question[] }
  const question = set.questions.find((q) => q.id === id)
  if (!question) throw new Error(`no question ${id} in ${file}`)
  edit(question)
  copy.files[file] = JSON.stringify(set, null, 2)
  return copy
}

/** The one error must name this file, this line and say this. */
async function expectOnlyError(files: Files, file: string, line: number, message: RegExp) {
  const errors = await errorsOf(files)
  expect(errors).toEqual([expect.objectContaining<Partial<ContentIssue>>({ file, line, message: expect.stringMatching(message) })])
}

const questionLine = (files: Files, file: string, id: string) => lineIn(files, file, `"id": "${id}"`)

describe('the content check of question sets', () => {
  it('passes the real lesson, question sets included, with no errors', async () => {
    const issues = await validateLesson(lessonFiles())
    expect(issues.filter((i) => i.severity === 'error')).toEqual([])
    expect(Object.keys(lessonFiles().files).filter((f) => f.startsWith('questions/'))).toHaveLength(5)
  })

  it('rejects a single-choice key naming a choice that does not exist', async () => {
    const files = withQuestion(SETS.preReading, 'pre-garrison-request', (q) => (q.correct = 'no-such-choice'))
    await expectOnlyError(files, SETS.preReading, questionLine(files, SETS.preReading, 'pre-garrison-request'), /“pre-garrison-request”: correct “no-such-choice” is not a choice/)
  })

  it('rejects a multiple-choice key naming a choice that does not exist', async () => {
    const files = withQuestion(SETS.preReading, 'pre-thaw-steps', (q) => (q.correct = ['aviation', 'no-such-choice']))
    await expectOnlyError(files, SETS.preReading, questionLine(files, SETS.preReading, 'pre-thaw-steps'), /correct choices no-such-choice do not exist/)
  })

  it('rejects a multiple-choice question where every choice is correct', async () => {
    const files = withQuestion(SETS.preReading, 'pre-thaw-steps', (q) => (q.correct = (q.choices as { id: string }[]).map((c) => c.id)))
    await expectOnlyError(files, SETS.preReading, questionLine(files, SETS.preReading, 'pre-thaw-steps'), /every choice is correct/)
  })

  it('rejects a true/false-because key naming a reason that does not exist', async () => {
    const files = withQuestion(SETS.preReading, 'pre-who-decided', (q) => (q.correctBecause = 'no-such-reason'))
    await expectOnlyError(files, SETS.preReading, questionLine(files, SETS.preReading, 'pre-who-decided'), /correctBecause “no-such-reason” is not a choice/)
  })

  it('rejects an ordering key that leaves an item out', async () => {
    const files = withQuestion(SETS.preReading, 'pre-withdrawal-order', (q) => (q.correctOrder = (q.correctOrder as string[]).slice(1)))
    await expectOnlyError(files, SETS.preReading, questionLine(files, SETS.preReading, 'pre-withdrawal-order'), /correctOrder must list every item exactly once/)
  })

  it('rejects an ordering key naming an item that does not exist', async () => {
    const files = withQuestion(SETS.preReading, 'pre-withdrawal-order', (q) => ((q.correctOrder as string[])[0] = 'w-no-such-item'))
    await expectOnlyError(files, SETS.preReading, questionLine(files, SETS.preReading, 'pre-withdrawal-order'), /correctOrder must list every item exactly once/)
  })

  it('rejects a matching pair whose option does not exist', async () => {
    const files = withQuestion(SETS.preReading, 'pre-nam-dates', (q) => ((q.correct as Record<string, string>)['n-lima'] = 'd-no-such-date'))
    await expectOnlyError(files, SETS.preReading, questionLine(files, SETS.preReading, 'pre-nam-dates'), /matches point at unknown prompts or options: n-lima/)
  })

  it('rejects a matching question with a prompt that has no correct match', async () => {
    const files = withQuestion(SETS.preReading, 'pre-nam-dates', (q) => delete (q.correct as Record<string, string>)['n-harare'])
    await expectOnlyError(files, SETS.preReading, questionLine(files, SETS.preReading, 'pre-nam-dates'), /prompts without a correct match: n-harare/)
  })

  it('rejects a short-answer rubric whose top level is not the question’s points', async () => {
    const files = withQuestion(SETS.sourcing, 'src-date-argument', (q) => (q.points = 6))
    await expectOnlyError(files, SETS.sourcing, questionLine(files, SETS.sourcing, 'src-date-argument'), /rubric's top level \(5\) must equal the question's points \(6\)/)
  })

  it('rejects an essay rubric whose top levels do not add up to the question’s points', async () => {
    const files = withQuestion(SETS.essay, 'essay-room-for-manoeuvre', (q) => (q.points = 21))
    await expectOnlyError(files, SETS.essay, questionLine(files, SETS.essay, 'essay-room-for-manoeuvre'), /rubric's top levels add up to 20, not the question's 21 points/)
  })

  it('rejects an essay whose minimum length is not below its maximum', async () => {
    const files = withQuestion(SETS.essay, 'essay-room-for-manoeuvre', (q) => (q.minWords = q.maxWords))
    await expectOnlyError(files, SETS.essay, questionLine(files, SETS.essay, 'essay-room-for-manoeuvre'), /minWords must be below maxWords/)
  })

  it('rejects an evidence key naming a sentence the record does not have', async () => {
    const files = withQuestion(SETS.evidence, 'ev-mongolia-china-goodwill', (q) => (q.accepted = ['p6.s2', 'p6.s99']))
    await expectOnlyError(files, SETS.evidence, questionLine(files, SETS.evidence, 'ev-mongolia-china-goodwill'), /unknown sentences p6\.s99/)
  })

  it('rejects an evidence key naming a sentence outside the question’s paragraphs', async () => {
    const files = withQuestion(SETS.evidence, 'ev-mongolia-china-goodwill', (q) => (q.accepted = ['p6.s2', 'p7.s1']))
    await expectOnlyError(files, SETS.evidence, questionLine(files, SETS.evidence, 'ev-mongolia-china-goodwill'), /accepted sentences outside the question's paragraphs: p7\.s1/)
  })

  it('rejects an evidence question that accepts more sentences than a student may select', async () => {
    const files = withQuestion(SETS.evidence, 'ev-mongolia-china-goodwill', (q) => (q.maxSelections = 1))
    await expectOnlyError(files, SETS.evidence, questionLine(files, SETS.evidence, 'ev-mongolia-china-goodwill'), /maxSelections is smaller than the number of accepted sentences/)
  })

  it('rejects a question resting on a paragraph the record does not have', async () => {
    const files = withQuestion(SETS.comprehension, 'comp-occasion', (q) => (q.paragraphs = ['p1', 'p29']))
    await expectOnlyError(files, SETS.comprehension, questionLine(files, SETS.comprehension, 'comp-occasion'), /“comp-occasion”: paragraphs p29 are not in the record/)
  })

  it('rejects two choices with the same id in one question', async () => {
    const files = withQuestion(SETS.comprehension, 'comp-occasion', (q) => {
      const choices = q.choices as { id: string }[]
      choices[1].id = choices[0].id === q.correct ? choices[2].id : choices[0].id
    })
    await expectOnlyError(files, SETS.comprehension, questionLine(files, SETS.comprehension, 'comp-occasion'), /duplicate choices ids/)
  })

  it('rejects a question id used in two sets, naming the second', async () => {
    const files = withQuestion(SETS.comprehension, 'comp-occasion', (q) => (q.id = 'pre-garrison-request'))
    await expectOnlyError(files, SETS.comprehension, questionLine(files, SETS.comprehension, 'pre-garrison-request'), /question id “pre-garrison-request” is also used in questions\/01-pre-reading\.json/)
  })

  it('rejects a set whose id does not match its file name', async () => {
    const files = withEdit(SETS.essay, '"id": "document-essay"', '"id": "final-essay"')
    await expectOnlyError(files, SETS.essay, lineIn(files, SETS.essay, '"final-essay"'), /the file name must end in “final-essay\.json”/)
  })

  it('rejects a question that breaks the schema, naming the question and the field’s line', async () => {
    const files = withQuestion(SETS.comprehension, 'comp-occasion', (q) => (q.skill = 'guesswork'))
    const errors = await errorsOf(files)
    expect(errors).toEqual([expect.objectContaining({ file: SETS.comprehension, line: lineIn(files, SETS.comprehension, '"guesswork"') })])
    expect(errors[0].message).toMatch(/question “comp-occasion”, field questions\.\d+\.skill/)
  })

  it('rejects a question file that is not valid JSON, naming the line', async () => {
    const files = withEdit(SETS.essay, '"id": "document-essay",', '"id": "document-essay"')
    const errors = await errorsOf(files)
    expect(errors).toEqual([expect.objectContaining({ file: SETS.essay, line: lineIn(files, SETS.essay, '"title"'), message: expect.stringMatching(/not valid JSON/) })])
  })

  it('rejects a ¶ mention in a question that names no paragraph', async () => {
    const files = withQuestion(SETS.comprehension, 'comp-occasion', (q) => (q.explanation = `${String(q.explanation)} See ¶41.`))
    await expectOnlyError(files, SETS.comprehension, lineIn(files, SETS.comprehension, '¶41'), /mentions ¶41, which does not exist/)
  })

  it('rejects sentences that no longer join back to their paragraph', async () => {
    const files = withEdit('sentences.json', 'Truth confirms itself.', 'Truth confirms itself!')
    await expectOnlyError(files, 'sentences.json', lineIn(files, 'sentences.json', '"p28"'), /the sentences of p28 do not join back/)
  })

  it('rejects sentence ids that do not run in order', async () => {
    const files = withEdit('sentences.json', '"id": "p1.s2"', '"id": "p1.s3"')
    await expectOnlyError(files, 'sentences.json', lineIn(files, 'sentences.json', '"p1.s3"'), /sentence ids of p1 must run p1\.s1, p1\.s2, …; found “p1\.s3”/)
  })
})

describe('the content check of references into the record', () => {
  it('rejects a margin note anchored to a paragraph that does not exist', async () => {
    const files = withEdit('annotations.json', /("id": "n05",\s*"paragraph": )"p1"/, '$1"p40"')
    await expectOnlyError(files, 'annotations.json', lineIn(files, 'annotations.json', '"p40"'), /n05: paragraph p40 does not exist/)
  })

  it('rejects a timeline event tied to a paragraph that does not exist', async () => {
    const text = lessonFiles().files['timeline.json']
    const event = (JSON.parse(text) as { id: string; paragraphs: string[] }[]).find((e) => e.paragraphs.length > 0)!
    const files = lessonFiles()
    const events = JSON.parse(text) as { id: string; paragraphs: string[] }[]
    events.find((e) => e.id === event.id)!.paragraphs[0] = 'p40'
    files.files['timeline.json'] = JSON.stringify(events, null, 2)
    await expectOnlyError(files, 'timeline.json', lineIn(files, 'timeline.json', '"p40"'), new RegExp(`${event.id}: paragraph p40 does not exist`))
  })

  it('rejects a reading-guide section covering a paragraph that does not exist', async () => {
    const files = lessonFiles()
    const guide = JSON.parse(files.files['guide.json']) as { sections: { id: string; paragraphs: string[] }[] }
    const last = guide.sections.at(-1)!
    last.paragraphs.push('p29')
    files.files['guide.json'] = JSON.stringify(guide, null, 2)
    const errors = await errorsOf(files)
    expect(errors).toContainEqual(expect.objectContaining({ file: 'guide.json', line: lineIn(files, 'guide.json', '"p29"'), message: `${last.id}: paragraph p29 does not exist` }))
  })

  it('rejects an essay whose meta names a paragraph that does not exist', async () => {
    const file = 'essays/01-mongolia-between-moscow-and-beijing.mdx'
    const files = withEdit(file, /paragraphs: \['p(\d+)'/, "paragraphs: ['p77'")
    await expectOnlyError(files, file, lineIn(files, file, "'p77'"), /meta\.paragraphs: p77 does not exist/)
  })
})

describe('the content check of the map and the timeline’s framing', () => {
  it('rejects a country outline using a border map.json does not define', async () => {
    const files = withEdit('map.json', '{ "border": "dmz" }', '{ "border": "no-such-border" }')
    await expectOnlyError(files, 'map.json', lineIn(files, 'map.json', '"no-such-border"'), /border “no-such-border” is not one of the map’s borders/)
  })

  it('rejects a map place linked to a glossary entry that does not exist', async () => {
    const files = withEdit('map.json', '"glossary": "khalkhin-gol"', '"glossary": "khalkhin-gol-battle"')
    await expectOnlyError(files, 'map.json', lineIn(files, 'map.json', '"khalkhin-gol-battle"'), /glossary id “khalkhin-gol-battle” does not exist/)
  })

  it('rejects a timeline event that falls in none of the eras its page groups events by', async () => {
    const files = withEdit('lesson.json', '{ "from": 1960, "to": 1979, "title": "1960–1979" },', '')
    const errors = await errorsOf(files)
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.every((e) => e.file === 'timeline.json' && /is in none of lesson.json’s timeline eras/.test(e.message))).toBe(true)
  })
})
