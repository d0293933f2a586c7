import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import type { TQuestionSet } from '@/lib/quiz/question-schema'
import { expectAccessible, signInAs } from './fixtures'
import { world } from './support/worlds'

const questionsDir = path.join(process.cwd(), 'content/lessons/batmunkh-kim-1986/questions')
const comprehension: TQuestionSet = JSON.parse(
  fs.readFileSync(
    path.join(
      questionsDir,
      fs.readdirSync(questionsDir).find((f) => f.endsWith('comprehension.json'))!,
    ),
    'utf8',
  ),
)

// The form test and the attempt test each have their own world: the three-attempt quiz the student
// takes is seeded, not the one the form test creates.
const formWorld = world('answer-review-form')
const attemptWorld = world('answer-review-attempts')

test('the assignment form says when students will see their score and the correct answers', async ({ page }) => {
  await signInAs(page, formWorld.instructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: formWorld.className }).click()
  await page.getByRole('link', { name: 'New assignment' }).click()
  await page.getByLabel('Title').fill('Three tries')
  await page.getByLabel('Attempts allowed').fill('3')
  await page.getByLabel('As soon as they submit').check()
  const answers = page.getByRole('group', { name: 'When students see the correct answers and explanations' })
  await expect(answers.getByLabel(/After their last attempt, or when the quiz closes/)).toBeChecked()
  await expect(answers).toHaveAccessibleDescription(
    /With 3 attempts, students see their score after each attempt, and the correct answers and explanations only after their last attempt or the due date\./,
  )
  await answers.getByLabel(/With their score/).check()
  await expect(page.getByText(/They can use the correct answers on their remaining attempts/)).toBeVisible()
  await answers.getByLabel(/After their last attempt/).check()
  await expectAccessible(page)
  await answers.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/answer-review-form.png', fullPage: true })
  await page.getByRole('button', { name: 'Create assignment' }).click()
  await expect(page.getByText('Assignment created.')).toBeVisible()
})

test('after the first of three attempts a student sees the score, but not the correct answers', async ({ page }) => {
  await signInAs(page, attemptWorld.students[0])
  await page.getByRole('link', { name: 'Three tries' }).click()
  await page.getByRole('listitem').filter({ hasText: comprehension.title }).getByRole('button', { name: 'Start quiz' }).click()
  await expect(page).toHaveURL(/\/attempts\//)
  await page.getByRole('button', { name: 'Review and submit' }).click()
  await page.getByRole('dialog', { name: 'Submit this attempt?' }).getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByText('Submitted. Your answers are recorded.')).toBeVisible()
  await expect(page.getByText(/^Score: /)).toBeVisible()
  await expect(page.getByText(/The correct answers and explanations will appear here after your last attempt at this quiz/)).toBeVisible()
  const html = await page.content()
  for (const q of comprehension.questions) expect(html).not.toContain(q.explanation.slice(0, 60))
  await expectAccessible(page)
  await page.screenshot({ path: 'test-results/answer-review-results.png' })
})
