import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { DEMO_CLASS } from '@/lib/seed/demo-people'
import { demoInstructor, demoStudent, expectAccessible, signInAs } from './fixtures'

// The print pages as paper: each is opened as the class's instructor, checked with axe on screen,
// printed to an A4 PDF by Chromium, and read back with poppler (pdftotext, pdftoppm) — the PNGs
// under test-results/print/ are for a person to look at. A student gets 404 for all three.

const LESSON = 'batmunkh-kim-1986'
const LESSON_DIR = path.join(process.cwd(), 'content', 'lessons', LESSON)
const OUT = path.join(process.cwd(), 'test-results', 'print')
// Debian's poppler-utils; .ci/run installs it, so under CI its absence is a failure, elsewhere a skip.
const HAS_POPPLER = fs.existsSync('/usr/bin/pdftotext') && fs.existsSync('/usr/bin/pdftoppm')

type ContentQuestion = { id: string; explanation: string; modelAnswer?: string; choices?: { feedback: string }[] }
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(LESSON_DIR, file), 'utf8')) as T
const setFile = (setId: string) => fs.readdirSync(path.join(LESSON_DIR, 'questions')).find((f) => f.endsWith(`-${setId}.json`))!
const questionsOf = (setId: string) => readJson<{ questions: ContentQuestion[] }>(`questions/${setFile(setId)}`).questions

/** Text as pdftotext gives it, with ligatures undone and every run of whitespace (line and page breaks too) one space. */
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ')
/** A stretch of a content text long enough to be unmistakable. */
const snippet = (text: string) => flat(text).slice(0, 60)

async function classId(page: Page): Promise<string> {
  await page.goto('/classes')
  await page.getByRole('link', { name: DEMO_CLASS.name }).click()
  await expect(page.getByRole('heading', { level: 1, name: DEMO_CLASS.name })).toBeVisible()
  return new URL(page.url()).pathname.split('/')[2]
}

/** Prints the page to test-results/print/<name>.pdf, renders its pages to PNG, and returns the page count and text. */
async function printToPdf(page: Page, name: string): Promise<{ pages: number; text: string }> {
  if (!HAS_POPPLER && process.env.CI) throw new Error('pdftotext and pdftoppm (poppler-utils) are missing: .ci/run installs them')
  test.skip(!HAS_POPPLER, 'poppler-utils (pdftotext, pdftoppm) is not installed')
  fs.mkdirSync(OUT, { recursive: true })
  const pdf = path.join(OUT, `${name}.pdf`)
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true })
  for (const old of fs.readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) fs.rmSync(path.join(OUT, old))
  execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, name)])
  const pages = fs.readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')).length
  const text = flat(execFileSync('/usr/bin/pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }))
  return { pages, text }
}

const paths = (id: string, setId: string) => ({
  handout: `/classes/${id}/lessons/${LESSON}/handout`,
  sheet: `/classes/${id}/lessons/${LESSON}/sets/${setId}/sheet`,
  key: `/classes/${id}/lessons/${LESSON}/sets/${setId}/key`,
})

test('the record handout prints the record with numbered footnotes, the credit line and a glossary', async ({ page }) => {
  await signInAs(page, demoInstructor)
  const id = await classId(page)
  await page.goto(paths(id, '').handout)
  await expect(page.getByRole('heading', { level: 2, name: /Record of Conversation/ })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Print the handout' })).toBeVisible()
  await expect(page.getByText('Print or save as PDF from your browser.')).toBeVisible()
  await expectAccessible(page)

  const info = readJson<{ creditLine: string; support: string }>('lesson.json')
  const notes = readJson<{ id: string; anchor: string }[]>('annotations.json')
  const glossary = readJson<{ id: string; term: string }[]>('glossary.json')
  // Every note's number is in the text, once per note, and matches a footnote.
  await expect(page.locator('sup a')).toHaveCount(notes.length)
  await expect(page.locator('ol li[id^="fn-"]')).toHaveCount(notes.length)

  const { pages, text } = await printToPdf(page, 'print-handout')
  expect(pages).toBeGreaterThan(1)
  expect(text).toContain(flat(`${info.creditLine} ${info.support}.`))
  expect(text).toContain('Notes')
  // The first and the last footnotes, by number and lemma.
  expect(text).toMatch(/\b1 ¶1 “On November 11, 1986”/)
  expect(text).toMatch(new RegExp(`\\b${notes.length} ¶\\d+ “`))
  expect(text).toContain('Glossary of names and terms in the record')
  expect(text).toContain(glossary.find((g) => g.id === 'kim-il-sung')?.term ?? glossary[0].term)
  // The screen's toolbar stays off the paper.
  expect(text).not.toContain('Print the handout')
})

for (const setId of ['comprehension', 'sourcing-and-context', 'evidence-and-argument', 'document-essay']) {
  test(`the question sheet of ${setId} holds no key, and its answer key holds every explanation`, async ({ page }) => {
    await signInAs(page, demoInstructor)
    const id = await classId(page)
    const questions = questionsOf(setId)

    await page.goto(paths(id, setId).sheet)
    await expect(page.getByRole('heading', { level: 3, name: /^Question 1\b/ })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: /^Question \d+/ })).toHaveCount(questions.length)
    await expect(page.getByText('Name', { exact: true })).toBeVisible()
    await expectAccessible(page)
    const sheet = await printToPdf(page, `print-sheet-${setId}`)
    expect(sheet.pages).toBeGreaterThan(0)

    await page.goto(paths(id, setId).key)
    await expect(page.getByRole('heading', { level: 2, name: /^Answer key: / })).toBeVisible()
    await expectAccessible(page)
    const key = await printToPdf(page, `print-key-${setId}`)

    expect(sheet.text).toContain('Question 1')
    for (const q of questions) {
      // The same stretch of text is on the key and not on the sheet, so the sheet's check can fail.
      expect(key.text, `the key has the explanation of ${q.id}`).toContain(snippet(q.explanation))
      expect(sheet.text, `the sheet leaks the explanation of ${q.id}`).not.toContain(snippet(q.explanation))
      if (q.modelAnswer) expect(sheet.text).not.toContain(snippet(q.modelAnswer))
      for (const c of q.choices ?? []) expect(sheet.text).not.toContain(snippet(c.feedback))
    }
    expect(sheet.text).not.toMatch(/Not right|Feedback:|Answer key/)
    expect(key.text).toContain('The answer')
    if (questions.some((q) => q.choices)) expect(key.text).toContain('Not right')
  })
}

test('a student gets 404 for the handout, the question sheet and the answer key', async ({ browser }) => {
  const teacher = await (await browser.newContext()).newPage()
  await signInAs(teacher, demoInstructor)
  const id = await classId(teacher)
  const student = await (await browser.newContext()).newPage()
  await signInAs(student, demoStudent)
  for (const url of Object.values(paths(id, 'comprehension'))) {
    const response = await student.goto(url)
    expect(response?.status(), url).toBe(404)
    await expect(student.getByText(/Print or save as PDF/)).toHaveCount(0)
  }
  // An unknown lesson or set is 404 for the instructor too.
  for (const url of [`/classes/${id}/lessons/no-such-lesson/handout`, paths(id, 'no-such-set').sheet, paths(id, 'no-such-set').key]) {
    expect((await teacher.goto(url))?.status(), url).toBe(404)
  }
})
