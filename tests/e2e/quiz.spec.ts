import { expect, test, type Page } from '@playwright/test'
import type { TQuestion, TQuestionSet } from '@/lib/quiz/question-schema'
import { expectAccessible, signInAs } from './fixtures'
import { loadSet } from './support/question-sets'
import { world } from './support/worlds'

const first = <T extends TQuestion['type']>(set: TQuestionSet, type: T) =>
  set.questions.find((q) => q.type === type) as Extract<TQuestion, { type: T }>
const section = (page: Page, q: TQuestion) => page.locator(`#question-${q.id}`)
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible({ timeout: 10_000 })

// Each test has its own world (support/worlds.ts): the assignment every student takes is seeded, so
// no test waits for another to create it, and each student starts with no attempt.
const assigner = world('quiz-assign')
const takers = world('quiz-every-type')

test('the instructor assigns every question type with feedback on submit', async ({ page }) => {
  await signInAs(page, assigner.instructor)
  await page.goto('/classes')
  await page.getByRole('link', { name: assigner.className }).click()
  await page.getByRole('link', { name: 'New assignment' }).click()
  await page.getByLabel('Title').fill('Every question type')
  for (const name of [/Before you read/, /Evidence/, /essay/i]) await page.getByRole('group', { name: 'Quizzes' }).getByLabel(name).check()
  await page.getByLabel('As soon as they submit').check()
  await page.getByRole('button', { name: 'Create assignment' }).click()
  await expect(page.getByText('Assignment created.')).toBeVisible()
})

test('a student answers each question type by keyboard, survives a reload and a dropped network, and submits', async ({
  page,
  context,
}) => {
  const pre = loadSet('pre-reading')
  await signInAs(page, takers.students[0])
  await page.getByRole('link', { name: 'Every question type' }).click()
  await page.getByRole('listitem').filter({ hasText: pre.title }).getByRole('button', { name: 'Start quiz' }).click()
  await expect(page).toHaveURL(/\/attempts\//)
  await expectAccessible(page)

  // Keys and explanations are not in the page, its data or its scripts before results are released.
  const html = await page.content()
  for (const q of pre.questions) expect(html).not.toContain(q.explanation.slice(0, 60))
  const single = first(pre, 'single')
  expect(html).not.toContain(single.choices[0].feedback.slice(0, 60))

  // Single choice: focus the first option, then arrow keys move the selection like any radio group.
  const singleRadios = section(page, single).getByRole('radio')
  await singleRadios.first().focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await expect(singleRadios.nth(1)).toBeChecked()

  const multiple = first(pre, 'multiple')
  const boxes = section(page, multiple).getByRole('checkbox', { name: /^(?!Flag)/ })
  await boxes.nth(0).focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(boxes.nth(1)).toBeChecked()

  const tfb = first(pre, 'true-false-because')
  await section(page, tfb).getByRole('radio', { name: 'False' }).focus()
  await page.keyboard.press('Space')
  await section(page, tfb).getByRole('group', { name: 'Because…' }).getByRole('radio').first().focus()
  await page.keyboard.press('Space')

  const ordering = first(pre, 'ordering')
  await section(page, ordering)
    .getByRole('button', { name: /Move .* down/ })
    .first()
    .focus()
  await page.keyboard.press('Enter')
  await expect(section(page, ordering).getByText(/Moved “.*” to position 2/)).toBeAttached()

  const matching = first(pre, 'matching')
  const selects = section(page, matching).getByRole('combobox')
  for (let i = 0; i < (await selects.count()); i++) {
    await selects.nth(i).focus()
    await page.keyboard.press('ArrowDown')
  }
  await saved(page)

  // A reload brings back every saved answer.
  await page.reload()
  await expect(section(page, single).getByRole('radio').nth(1)).toBeChecked()
  await expect(
    section(page, multiple)
      .getByRole('checkbox', { name: /^(?!Flag)/ })
      .nth(1),
  ).toBeChecked()
  await expect(section(page, tfb).getByRole('radio', { name: 'False' })).toBeChecked()
  await expect(section(page, matching).getByRole('combobox').first()).not.toHaveValue('')

  // Offline: the answer waits on the device, then goes when the network returns.
  await context.setOffline(true)
  await section(page, single).getByRole('radio').nth(2).check()
  await expect(page.getByRole('status').filter({ hasText: 'Offline — your answers are kept on this device' })).toBeVisible({
    timeout: 10_000,
  })
  await context.setOffline(false)
  await saved(page)
  await page.reload()
  await expect(section(page, single).getByRole('radio').nth(2)).toBeChecked()

  // Submit: the dialog lists what is unanswered and asks to confirm.
  await page.getByRole('button', { name: 'Review and submit' }).click()
  const dialog = page.getByRole('dialog', { name: 'Submit this attempt?' })
  await expect(dialog).toContainText('unanswered')
  await expectAccessible(page)
  await dialog.getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByText('Submitted. Your answers are recorded.')).toBeVisible()
  // Released on submit: score, explanations, and the passage beside each question.
  await expect(page.getByText(/^Score: /)).toBeVisible()
  await expect(page.getByText(single.explanation)).toBeVisible()
  await expectAccessible(page)
})

test('evidence selection, short answers and the essay work by keyboard; text is shown as typed, never as HTML', async ({ page }) => {
  const evidenceSet = loadSet('evidence-and-argument')
  await signInAs(page, takers.students[1])
  await page.getByRole('link', { name: 'Every question type' }).click()
  await page.getByRole('listitem').filter({ hasText: evidenceSet.title }).getByRole('button', { name: 'Start quiz' }).click()
  const evidence = first(evidenceSet, 'evidence')
  const sentence = section(page, evidence).getByRole('button', { pressed: false }).first()
  await sentence.focus()
  await page.keyboard.press('Space')
  await expect(section(page, evidence).getByRole('button', { pressed: true })).toHaveCount(1)
  const short = first(evidenceSet, 'short')
  await section(page, short).getByRole('textbox').focus()
  const typed = '<script>window.pwned = 1</script> Batmunkh arrived on 18 November.'
  await page.keyboard.type(typed)
  await saved(page)
  await page.getByRole('button', { name: 'Review and submit' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Submit' }).click()
  await expect(page.getByText('Submitted. Your answers are recorded.')).toBeVisible()
  await expect(page.getByText(typed)).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  await expect(page.getByText(/still being graded by your instructor/)).toBeVisible()

  const essaySet = loadSet('document-essay')
  await page.getByRole('link', { name: 'Every question type' }).click()
  await page.getByRole('listitem').filter({ hasText: essaySet.title }).getByRole('button', { name: 'Start quiz' }).click()
  const essay = first(essaySet, 'essay')
  await section(page, essay).getByRole('textbox').focus()
  await page.keyboard.type('The record shows two leaders hedging between Moscow and Beijing.')
  await expect(section(page, essay).getByText(/10 words/)).toBeVisible()
  await saved(page)
  await expectAccessible(page)
})

test('a second tab sees the first tab’s answers and never overwrites them with older ones', async ({ browser }) => {
  const context = await browser.newContext()
  const tabA = await context.newPage()
  await signInAs(tabA, takers.students[2])
  await tabA.getByRole('link', { name: 'Every question type' }).click()
  await tabA
    .getByRole('listitem')
    .filter({ hasText: loadSet('document-essay').title })
    .getByRole('button', { name: 'Start quiz' })
    .click()
  await expect(tabA).toHaveURL(/\/attempts\//)
  const tabB = await context.newPage()
  await tabB.goto(tabA.url())
  const essay = first(loadSet('document-essay'), 'essay')
  await section(tabA, essay).getByRole('textbox').fill('Newest words, typed in tab A.')
  await saved(tabA)
  await tabB.reload()
  await expect(section(tabB, essay).getByRole('textbox')).toHaveValue('Newest words, typed in tab A.')
  await context.close()
})
