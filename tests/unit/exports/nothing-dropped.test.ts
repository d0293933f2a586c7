import JSZip from 'jszip'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { DOWNLOAD_FORMATS, DOWNLOAD_FORMAT_NAMES } from '@/lib/exports/download-formats'
import { allQuestions, type ExportInput } from '@/lib/exports/export-input'
import { QUESTION_TYPE_NAMES } from '@/lib/quiz/types'
import { wholeLessonExport } from './export-fixture'

// The rule every export keeps: a question is in the file, or the report says it was left out and
// why — never silently dropped. Checked for every format over the real lesson (all eight types),
// by reading the file itself for each question's id, not by trusting the report.

/** The files of a download as text (a zip's entries, or the one file). */
async function filesOf(body: Uint8Array | string): Promise<Record<string, string>> {
  if (typeof body === 'string') return { file: body }
  const zip = await JSZip.loadAsync(body)
  const out: Record<string, string> = {}
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out[name] = await zip.files[name].async('string')
  return out
}

/** Where each format puts a question's id: enough to find it in the file. */
const idMarkers: Record<string, (id: string) => string> = {
  qti3: (id) => `identifier="c-${id}"`,
  canvas: (id) => `<item ident="${id}"`,
  moodle: (id) => `<idnumber>${id}</idnumber>`,
  gift: (id) => `::${id.replace(/[:]/g, '\\:')}::`,
}

let input: ExportInput
beforeAll(async () => {
  input = await wholeLessonExport()
})

describe.each(DOWNLOAD_FORMAT_NAMES)('the %s export', (name) => {
  it('holds every question or reports it as left out, with a reason, and the report counts add up', async () => {
    const { body, report } = await DOWNLOAD_FORMATS[name].build(input)
    const text = Object.values(await filesOf(body)).join('\n')
    const questions = allQuestions(input)
    expect(report.carried + report.leftOut.length).toBe(questions.length)
    for (const q of questions) {
      const left = report.leftOut.find((l) => l.questionId === q.id)
      if (left) expect(left.reason.length).toBeGreaterThan(10)
      if (name === 'aiken') {
        // Aiken has no ids: a carried question is found by its options, in order, after its prompt.
        const options = q.type === 'single' ? q.choices.map((c, i) => `${'ABCDEF'[i]}. ${c.text}`).join('\n') : `${q.prompt} (`
        expect([q.id, text.includes(options)]).toEqual([q.id, !left])
      } else {
        expect([q.id, text.includes(idMarkers[name](q.id))]).toEqual([q.id, !left])
      }
    }
  })

  it('is well-formed XML wherever it is XML', async () => {
    const { body } = await DOWNLOAD_FORMATS[name].build(input)
    for (const [file, text] of Object.entries(await filesOf(body))) {
      if (file.endsWith('.xml') || text.startsWith('<?xml')) expect([file, XMLValidator.validate(text)]).toEqual([file, true])
    }
  })
})

describe('what each format cannot carry is reported, not dropped', () => {
  const reportOf = async (name: keyof typeof DOWNLOAD_FORMATS) => (await DOWNLOAD_FORMATS[name].build(input)).report
  const typeOf = (id: string) => allQuestions(input).find((q) => q.id === id)!.type

  it('QTI 3 carries all eight types with nothing left out', async () => {
    const report = await reportOf('qti3')
    expect(report.leftOut).toEqual([])
    expect(new Set(allQuestions(input).map((q) => q.type))).toEqual(new Set(QUESTION_TYPE_NAMES))
  })

  it('Moodle XML carries every type; only the evidence and two-part questions say what changed', async () => {
    const report = await reportOf('moodle')
    expect(report.leftOut).toEqual([])
    expect(new Set(report.withLosses.map((q) => typeOf(q.questionId)))).toEqual(
      new Set(['evidence', 'true-false-because', 'short', 'essay']),
    )
  })

  it('GIFT reports each ordering question as left out and each matching question with distractors as lossy', async () => {
    const report = await reportOf('gift')
    expect(new Set(report.leftOut.map((q) => typeOf(q.questionId)))).toEqual(new Set(['ordering']))
    expect(report.leftOut[0].reason).toMatch(/GIFT has no ordering/)
  })

  it('Aiken reports every question that is not single-answer multiple choice', async () => {
    const report = await reportOf('aiken')
    const notSingle = allQuestions(input).filter((q) => q.type !== 'single')
    expect(report.leftOut.map((q) => q.questionId).sort()).toEqual(notSingle.map((q) => q.id).sort())
    expect(report.withLosses.every((q) => q.lost.includes('the explanation'))).toBe(true)
  })

  it('Canvas says it loses the half credit of true/false-with-reason and the pair credit of ordering', async () => {
    const report = await reportOf('canvas')
    const lost = (type: string) => report.withLosses.filter((q) => typeOf(q.questionId) === type).flatMap((q) => q.lost)
    expect(lost('true-false-because').join(' ')).toMatch(/half credit/)
    expect(lost('ordering').join(' ')).toMatch(/each right place/)
    expect(report.leftOut).toEqual([])
  })

  it('every package and file carries its report inside it', async () => {
    for (const name of ['qti3', 'canvas'] as const) {
      const files = await filesOf((await DOWNLOAD_FORMATS[name].build(input)).body)
      expect(files['export-report.txt']).toMatch(/questions carried/)
    }
    expect((await DOWNLOAD_FORMATS.gift.build(input)).body).toMatch(/^\/\/ GIFT: \d+ of \d+ questions carried\.\n\/\/ Left out:/)
    expect((await DOWNLOAD_FORMATS.moodle.build(input)).body).toMatch(/<!-- Moodle XML: \d+ of \d+ questions carried\./)
  })
})

/** A `<question>` as fast-xml-parser reads it (attributes unprefixed). */
interface MoodleQuestion {
  type: string
  idnumber?: string
  defaultgrade: string
  gradingtype?: string
  answer: { text: string; fraction: string }[]
  graderinfo?: { text: string }
}

describe('Moodle XML, read back', () => {
  it('gives each question the type, mark and answers Moodle imports, ordering in the right order with pair grading', async () => {
    const { body } = await DOWNLOAD_FORMATS.moodle.build(input)
    const quiz = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(body as string).quiz
    const byId = new Map((quiz.question as MoodleQuestion[]).filter((q) => q.idnumber).map((q) => [q.idnumber!, q]))
    for (const q of allQuestions(input)) {
      const m = byId.get(q.id)!
      expect([q.id, Number(m.defaultgrade)]).toEqual([q.id, q.points])
      if (q.type === 'ordering') {
        expect(m.type).toBe('ordering')
        expect(m.gradingtype).toBe('RELATIVE_ALL_PREVIOUS_AND_NEXT')
        expect(m.answer.map((a) => a.text)).toEqual(q.correctOrder.map((id) => `<p>${q.items.find((i) => i.id === id)!.text}</p>`))
      }
      if (q.type === 'multiple') {
        const fractions = m.answer.map((a) => Number(a.fraction))
        expect(fractions.filter((f) => f > 0).reduce((s, f) => s + f, 0)).toBeCloseTo(100, 3)
      }
      if (q.type === 'true-false-because')
        expect(
          m.answer
            .map((a) => Number(a.fraction))
            .sort((a, b) => b - a)
            .slice(0, 2),
        ).toEqual([100, 50])
      if (q.type === 'essay' || q.type === 'short') expect(m.graderinfo?.text).toMatch(/\(\d+ points?\)/)
    }
  })
})
