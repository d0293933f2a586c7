import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import type { TQuestionSet } from '@/lib/quiz/question-schema'
import { expectAccessible, signInAs } from './fixtures'
import { world } from './support/worlds'

const setFile = path.join(process.cwd(), 'content/lessons/batmunkh-kim-1986/questions/02-comprehension.json')
const comprehension: TQuestionSet = JSON.parse(fs.readFileSync(setFile, 'utf8'))
const w = world('numbers-and-release')

test('a shuffled question carries the instructor’s number; release asks first, and a withdrawn release tells the student so', async ({
  browser,
}, testInfo) => {
  const student = await (await browser.newContext()).newPage()
  await signInAs(student, w.students[0])
  await student.getByRole('link', { name: 'Numbered quiz' }).click()
  await student
    .getByRole('listitem')
    .filter({ hasText: comprehension.title })
    .getByRole('button', { name: /Start quiz/ })
    .click()
  await expect(student).toHaveURL(/\/attempts\//)
  const attemptUrl = student.url()

  // The first question on this student's screen, and the number it has in the set as authored.
  const first = student.locator('section[id^="question-"]').first()
  const questionId = (await first.getAttribute('id'))!.replace('question-', '')
  const number = comprehension.questions.findIndex((q) => q.id === questionId) + 1
  expect(number, 'the question is in the set').toBeGreaterThan(0)
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(
    new RegExp(`^Question ${number} · item 1 of ${comprehension.questions.length}`),
  )
  await expect(student.getByRole('link', { name: new RegExp(`Question ${number} unanswered`) })).toBeVisible()
  await expectAccessible(student)
  await student.screenshot({ path: testInfo.outputPath('quiz-numbers.png') })
  await student.getByRole('button', { name: 'Review and submit' }).click()
  await student.getByRole('dialog').getByRole('button', { name: 'Submit' }).click()
  await expect(student.getByText('Submitted. Your answers are recorded.')).toBeVisible()

  const teacher = await (await browser.newContext()).newPage()
  await signInAs(teacher, w.instructor)
  await teacher.goto('/classes')
  await teacher.getByRole('link', { name: w.className }).click()
  await teacher.getByRole('link', { name: 'Numbered quiz' }).click()
  await teacher.getByRole('link', { name: 'Grade and give feedback' }).click()
  await expect(teacher).toHaveURL(/\/grade$/)
  const gradingUrl = teacher.url()
  // Grading by student labels the same question with the same number.
  await teacher.getByRole('link', { name: w.students[0].name }).click()
  await expect(teacher.locator(`#q-${questionId}`)).toHaveText(new RegExp(`^Question ${number}\\b`))
  // So does grading by question.
  await teacher.goto(gradingUrl)
  await teacher.getByRole('link', { name: new RegExp(`^${number}\\. `) }).click()
  await expect(teacher.getByRole('heading', { name: new RegExp(`^Grade by question: Q${number} ·`) })).toBeVisible()

  // Release asks first, with the number of students it reaches.
  await teacher.goto(gradingUrl)
  await teacher.getByRole('button', { name: 'Release feedback to the whole class…' }).click()
  const releaseDialog = teacher.getByRole('dialog', { name: 'Release feedback to 1 student?' })
  await expect(releaseDialog).toBeVisible()
  await expect(releaseDialog.getByRole('button', { name: 'Release feedback' })).toBeFocused()
  await expectAccessible(teacher)
  await teacher.screenshot({ path: testInfo.outputPath('release-dialog.png') })
  // Cancel changes nothing; Escape closes too.
  await releaseDialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(releaseDialog).toBeHidden()
  await expect(teacher.getByRole('button', { name: 'Withdraw released feedback…' })).toHaveCount(0)
  await teacher.getByRole('button', { name: 'Release feedback to the whole class…' }).click()
  await releaseDialog.getByRole('button', { name: 'Release feedback' }).click()
  await expect(teacher.getByRole('status').filter({ hasText: 'Feedback released: 1 student can now see it.' })).toBeVisible()

  await student.goto(attemptUrl)
  await expect(student.locator(`#r-${questionId}`)).toHaveText(new RegExp(`^Question ${number} · `))

  // Withdraw, confirmed the same way.
  await teacher.reload()
  await teacher.getByRole('button', { name: 'Withdraw released feedback…' }).click()
  const withdrawDialog = teacher.getByRole('dialog', { name: 'Withdraw feedback from 1 student?' })
  await expect(withdrawDialog).toContainText('No grade, comment or answer is changed or deleted')
  await expectAccessible(teacher)
  await teacher.screenshot({ path: testInfo.outputPath('withdraw-dialog.png') })
  await withdrawDialog.getByRole('button', { name: 'Withdraw feedback' }).click()
  await expect(teacher.getByRole('status').filter({ hasText: 'Feedback withdrawn from 1 student. Grades are kept.' })).toBeVisible()

  await student.reload()
  await expect(student.getByRole('heading', { name: 'Feedback withdrawn by your instructor' })).toBeVisible()
  await expect(student.locator(`#r-${questionId}`)).toHaveCount(0)
  await expectAccessible(student)
  await student.screenshot({ path: testInfo.outputPath('student-withdrawn.png'), fullPage: true })
})
