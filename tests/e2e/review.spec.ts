import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import type { TQuestionSet } from '@/lib/quiz/question-schema'
import { demoInstructor, demoStudent, expectAccessible, signInAs, signOut } from './fixtures'
import { world } from './support/worlds'

const setFile = path.join(process.cwd(), 'content/lessons/batmunkh-kim-1986/questions/04-evidence-and-argument.json')
const evidenceSet: TQuestionSet = JSON.parse(fs.readFileSync(setFile, 'utf8'))
const shortQ = evidenceSet.questions.find((q) => q.type === 'short')!
const studentAnswer = 'Batmunkh stretches Soviet protection back sixty years; the garrison dates from 1966.'
const bankComment = 'Good: you date the garrison. Now say what the “60 years” framing does for his argument.'

// The review loop grades and releases in a world of its own (support/worlds.ts); the other two tests
// only read the demo class, which the loop no longer changes.
const loop = world('review-loop')

test('the review loop: submit, grade by keyboard with the comment bank, release, read the feedback, ask for a regrade, resolve it', async ({
  browser,
}) => {
  const studentContext = await browser.newContext()
  const student = await studentContext.newPage()
  await signInAs(student, loop.students[0])
  await student.getByRole('link', { name: 'Reading and comprehension quiz' }).click()
  await student
    .getByRole('listitem')
    .filter({ hasText: evidenceSet.title })
    .getByRole('button', { name: /Start quiz|Resume quiz/ })
    .click()
  await expect(student).toHaveURL(/\/attempts\//)
  const attemptUrl = student.url()
  await student.locator(`#question-${shortQ.id}`).getByRole('textbox').fill(studentAnswer)
  await expect(student.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible({ timeout: 10_000 })
  await student.getByRole('button', { name: 'Review and submit' }).click()
  await student.getByRole('dialog').getByRole('button', { name: 'Submit' }).click()
  await expect(student.getByText('Submitted. Your answers are recorded.')).toBeVisible()
  await expect(student.getByText(/will appear here when your instructor releases them/)).toBeVisible()

  const teacherContext = await browser.newContext()
  const teacher = await teacherContext.newPage()
  await signInAs(teacher, loop.instructor)
  await teacher.goto('/classes')
  await teacher.getByRole('link', { name: loop.className }).click()
  await teacher.getByRole('link', { name: 'Reading and comprehension quiz' }).click()
  await teacher.getByRole('link', { name: 'Grade and give feedback' }).click()
  await expect(teacher.getByRole('heading', { name: /Grading: / })).toBeVisible()
  await expectAccessible(teacher)
  await teacher.getByRole('link', { name: new RegExp(shortQ.prompt.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click()
  await expect(teacher.getByRole('heading', { name: /Grade by question/ })).toBeVisible()
  await expectAccessible(teacher)

  // Keyboard grading: focus Ana's answer, press 1 for the top rubric level.
  const row = teacher.getByRole('article', { name: /Ana Kowalski/ })
  await expect(row).toContainText(studentAnswer)
  await row.focus()
  await teacher.keyboard.press('1')
  await expect(teacher.getByRole('status').filter({ hasText: 'Graded.' })).toBeVisible()
  await expect(row).toContainText(`${shortQ.points} / ${shortQ.points}`)

  // Comment bank: save a comment, then find it and insert it.
  await row.focus()
  await teacher.keyboard.press('c')
  await teacher.keyboard.type(bankComment)
  await row.getByRole('button', { name: 'Save to comment bank' }).click()
  await expect(row.getByText('Saved to the comment bank.')).toBeVisible()
  await row.getByLabel('Comment on this answer').fill('')
  await row.getByText('Your comment bank', { exact: true }).click()
  await row.getByLabel('Search your saved comments').fill('garrison')
  await row.getByLabel('Search your saved comments').press('Enter')
  await row.getByRole('button', { name: 'Insert this comment' }).first().click()
  await expect(row.getByLabel('Comment on this answer')).toHaveValue(bankComment)
  await row.getByLabel('Quote a paragraph of the record (optional)').selectOption('p7')
  await row.getByRole('button', { name: 'Add comment' }).click()
  await expect(row.getByRole('list', { name: 'Comments' })).toContainText(bankComment)

  await teacher.getByRole('link', { name: '← Grading' }).click()
  await teacher.getByRole('button', { name: 'Release feedback to the whole class…' }).click()
  await teacher
    .getByRole('dialog', { name: /Release feedback to \d+ students?\?/ })
    .getByRole('button', { name: 'Release feedback' })
    .click()
  await expect(teacher.getByText(/Feedback released/)).toBeVisible()

  // The student sees the feedback beside the passage, and asks once about the grade.
  await student.goto('/dashboard')
  await expect(student.getByRole('listitem').filter({ hasText: 'Reading and comprehension quiz' })).toContainText(
    /Feedback available|In progress|Submitted|Graded/,
  )
  await student.goto(attemptUrl)
  const result = student.locator('section').filter({ hasText: shortQ.prompt.slice(0, 40) })
  await expect(result).toContainText(bankComment)
  await expect(result).toContainText('Soviet troops helped us to protect our country’s border')
  await expectAccessible(student)
  await student.getByText('Ask your instructor to look at a grade again').click()
  await student.getByLabel(/What should be looked at again/).fill('Could you look again at my answer on ¶7? I think I covered both parts.')
  await student.getByRole('button', { name: 'Send request' }).click()
  await expect(student.getByRole('heading', { name: 'Your question about the grade' })).toBeVisible()
  await expect(student.getByText('Your instructor has not replied yet.')).toBeVisible()

  await teacher.reload()
  await expect(teacher.getByText('Could you look again at my answer on ¶7?')).toBeVisible()
  await teacher.getByLabel('Your reply to the student').fill('I looked again: full marks already. Well argued.')
  await teacher.getByRole('button', { name: 'Resolve request' }).click()
  await expect(teacher.getByText('Resolved: I looked again: full marks already. Well argued.')).toBeVisible()

  await student.reload()
  await expect(student.getByText('Your instructor replied: I looked again: full marks already. Well argued.')).toBeVisible()
  await studentContext.close()
  await teacherContext.close()
})

test('a student cannot open the grading pages', async ({ page }) => {
  await signInAs(page, demoInstructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: 'HIST 210 — The Cold War in Asia' }).click()
  await page.getByRole('link', { name: 'Reading and comprehension quiz' }).click()
  await page.getByRole('link', { name: 'Grade and give feedback' }).click()
  const gradingUrl = page.url()
  // Waiting for the sign-out redirect matters: navigating away mid-redirect aborts the next page load.
  await signOut(page)
  await signInAs(page, { email: 'grace.liu@lectern.test', password: demoStudent.password })
  expect((await page.goto(gradingUrl))?.status()).toBe(404)
  expect((await page.goto(`${gradingUrl}/${shortQ.id}`))?.status()).toBe(404)
})

test('"Not yet graded" lists exactly the answers still to grade, and the view stays in the address', async ({ page }) => {
  await signInAs(page, demoInstructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: 'HIST 210 — The Cold War in Asia' }).click()
  await page.getByRole('link', { name: 'Reading and comprehension quiz' }).click()
  await page.getByRole('link', { name: 'Grade and give feedback' }).click()
  await page.getByRole('link', { name: new RegExp(shortQ.prompt.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click()
  const [, graded, answered] = (await page.getByText(/answers graded ·/).textContent())!.match(/(\d+) of (\d+) answers graded/)!.map(Number)
  expect(answered - graded).toBeGreaterThan(0) // the demo leaves short answers to grade

  await page.getByRole('link', { name: 'Not yet graded' }).click()
  await expect(page).toHaveURL(/\?show=ungraded$/)
  await expect(page.getByRole('article')).toHaveCount(answered - graded)
  for (const answer of await page.getByRole('article').all()) await expect(answer).toContainText('Not graded')

  await page.getByRole('link', { name: /Group identical answers/ }).click()
  await expect(page).toHaveURL(/\?group=1&show=ungraded$/)
  await expect(page.getByRole('link', { name: 'Not yet graded' })).toHaveAttribute('aria-current', 'true')
  await page.reload()
  await expect(page.getByRole('link', { name: /Group identical answers/ })).toHaveAttribute('aria-current', 'true')
  await expectAccessible(page)

  await page.getByRole('link', { name: 'All answers' }).click()
  // Wait for that navigation: a click on the old page's "One by one" would keep show=ungraded.
  await expect(page).toHaveURL(/\?group=1$/)
  await page.getByRole('link', { name: 'One by one' }).click()
  await expect(page).toHaveURL(new RegExp(`/grade/${shortQ.id}$`))
  await expect(page.getByRole('article')).toHaveCount(
    answered + Number(/(\d+) unanswered/.exec((await page.getByText(/answers graded ·/).textContent())!)![1]),
  )
})
