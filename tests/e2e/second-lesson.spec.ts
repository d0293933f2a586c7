import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import type { TQuestionSet } from '@/lib/quiz/question-schema'
import { signInAs } from './fixtures'
import { world } from './support/worlds'

// The fictional second lesson (tests/fixtures/lessons/test-memorandum) through the whole journey:
// read it, assign it, take its quiz, grade its short answer by hand. No code names it; the build
// and the server see it because playwright.config.ts and scripts/test.mjs set LECTERN_TEST_LESSONS=1.
const dir = path.join(process.cwd(), 'tests/fixtures/lessons/test-memorandum')
const lesson = JSON.parse(fs.readFileSync(path.join(dir, 'lesson.json'), 'utf8')) as { title: string }
const set = JSON.parse(fs.readFileSync(path.join(dir, 'questions/01-opening-hours.json'), 'utf8')) as TQuestionSet
const short = set.questions.find((q) => q.type === 'short')!
const single = set.questions.find((q) => q.type === 'single')!
const TITLE = 'Opening hours (second lesson)'
const { className, instructor, students } = world('second-lesson')

test('a second lesson added as one folder is read, assigned, taken and graded like the first', async ({ browser, page }) => {
  await page.goto('/lessons/test-memorandum')
  await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible()
  await expect(page.getByText('The committee agreed to try evening hours on Thursdays for one term.')).toBeVisible()

  const teacher = await (await browser.newContext()).newPage()
  await signInAs(teacher, instructor)
  await teacher.goto('/classes')
  await teacher.getByRole('link', { name: className }).click()
  await teacher.getByRole('link', { name: 'New assignment' }).click()
  await teacher.getByRole('navigation', { name: 'Lesson' }).getByRole('link', { name: lesson.title }).click()
  await expect(teacher.getByRole('navigation', { name: 'Lesson' }).getByText(lesson.title)).toHaveAttribute('aria-current', 'page')
  await teacher.getByLabel('Title').fill(TITLE)
  await teacher
    .getByRole('group', { name: 'Quizzes' })
    .getByLabel(new RegExp(set.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .check()
  await teacher.getByLabel('As soon as they submit').check()
  await teacher.getByRole('button', { name: 'Create assignment' }).click()
  await expect(teacher.getByText('Assignment created.')).toBeVisible()

  const student = await (await browser.newContext()).newPage()
  await signInAs(student, students[0])
  await student.getByRole('link', { name: TITLE }).click()
  await student.getByRole('listitem').filter({ hasText: set.title }).getByRole('button', { name: 'Start quiz' }).click()
  await expect(student).toHaveURL(/\/attempts\//)
  await student.locator(`#question-${single.id}`).getByRole('radio', { name: 'The director' }).check()
  await student
    .locator(`#question-${short.id}`)
    .getByRole('textbox')
    .fill('A trial: readers work until six, so the committee tests evening hours first.')
  await expect(student.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible({ timeout: 10_000 })
  await student.getByRole('button', { name: 'Review and submit' }).click()
  await student.getByRole('dialog').getByRole('button', { name: 'Submit' }).click()
  await expect(student.getByText('Submitted. Your answers are recorded.')).toBeVisible()
  await expect(student.getByText(/still being graded by your instructor/)).toBeVisible()

  await teacher.goto('/classes')
  await teacher.getByRole('link', { name: className }).click()
  await teacher.getByRole('link', { name: TITLE }).click()
  await teacher.getByRole('link', { name: 'Grade and give feedback' }).click()
  await teacher.getByRole('link', { name: new RegExp(short.prompt.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click()
  const row = teacher.getByRole('article').first()
  await row.focus()
  await teacher.keyboard.press('1')
  await expect(teacher.getByRole('status').filter({ hasText: 'Graded.' })).toBeVisible()
  await expect(row).toContainText(`${short.points} / ${short.points}`)
})
