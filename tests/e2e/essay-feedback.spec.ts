import fs from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import type { TQuestionSet } from '@/lib/quiz/question-schema'
import { expectAccessible, signInAs } from './fixtures'
import { world } from './support/worlds'

// Essay feedback end to end (issue 12, defects 3 and 4): the student writes a long essay; the
// instructor grades it with one rubric level per criterion (radio cards, every description shown)
// beside the essay, comments on one passage selected with the mouse and one typed in the passage
// field (the keyboard path), releases; the student sees each criterion's level, description and
// points, the comment beside them, and the passages marked in their answer.

const setFile = path.join(process.cwd(), 'content/lessons/batmunkh-kim-1986/questions/05-document-essay.json')
const essaySet: TQuestionSet = JSON.parse(fs.readFileSync(setFile, 'utf8'))
const essay = essaySet.questions[0]
if (essay.type !== 'essay') throw new Error('the document essay set starts with an essay')

const SELECTED = 'Batmunkh praises Moscow at every turn'
const TYPED = 'the Chinese leaders are never named'
const paragraph = (n: number) =>
  `In paragraph ${n} the record lets us watch two small allies talk past their patrons. ${n === 2 ? `${SELECTED}, yet he keeps a door open to Beijing. ` : ''}` +
  `${n === 4 ? `Kim speaks at length, but ${TYPED}, which tells us how carefully he hedged. ` : ''}` +
  'The Soviet garrison, the border talks and the memory of the split all sit behind the courtesies, and each speaker chooses what to leave unsaid. '.repeat(
    3,
  )
const ESSAY = Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('\n\n')

const w = world('essay-feedback')
const levelOf = (criterionId: string, index: number) => {
  const c = essay.rubric.find((r) => r.id === criterionId)!
  return { criterion: c.criterion, level: c.levels[index] }
}
const CHOSEN = essay.rubric.map((c, i) => levelOf(c.id, i % 2 === 0 ? 0 : 1))
const TOTAL = CHOSEN.reduce((sum, c) => sum + c.level.points, 0)

/** Selects `words` inside the element, as a mouse drag would. */
async function selectWords(page: Page, container: string, words: string) {
  await page.evaluate(
    ({ container, words }) => {
      const root = document.querySelector(container)!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words)
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + words.length)
        const selection = window.getSelection()!
        selection.removeAllRanges()
        selection.addRange(range)
        return
      }
      throw new Error(`“${words}” is not in ${container}`)
    },
    { container, words },
  )
}

test('an essay graded on the rubric with passage comments: the student sees each criterion’s level, description, points, the comments and the marked passages', async ({
  browser,
}) => {
  const studentContext = await browser.newContext()
  const student = await studentContext.newPage()
  await signInAs(student, w.students[0])
  await student.getByRole('link', { name: 'Document essay' }).click()
  await student
    .getByRole('listitem')
    .filter({ hasText: essaySet.title })
    .getByRole('button', { name: /Start quiz|Resume quiz/ })
    .click()
  await expect(student).toHaveURL(/\/attempts\//)
  const attemptUrl = student.url()
  await student.locator(`#question-${essay.id}`).getByRole('textbox').fill(ESSAY)
  await expect(student.getByRole('status').filter({ hasText: 'All answers saved' })).toBeVisible({ timeout: 10_000 })
  await student.getByRole('button', { name: 'Review and submit' }).click()
  await student.getByRole('dialog').getByRole('button', { name: 'Submit' }).click()
  await expect(student.getByText('Submitted. Your answers are recorded.')).toBeVisible()

  const teacherContext = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  const teacher = await teacherContext.newPage()
  await signInAs(teacher, w.instructor)
  await teacher.goto('/classes')
  await teacher.getByRole('link', { name: w.className }).click()
  await teacher.getByRole('link', { name: 'Document essay' }).click()
  await teacher.getByRole('link', { name: 'Grade and give feedback' }).click()
  await teacher.getByRole('link', { name: w.students[0].name }).click()
  const cardSelector = `article[aria-labelledby="q-${essay.id}"]`
  const card = teacher.locator(cardSelector)
  await expect(card).toContainText(SELECTED)

  // Every level's description is on screen, not cut off in a dropdown.
  for (const c of essay.rubric)
    for (const l of c.levels) await expect(card.getByRole('group', { name: c.criterion })).toContainText(l.description)

  // The rubric panel stays in view while the grader scrolls down the long essay.
  await card.getByText(/In paragraph 8/).scrollIntoViewIfNeeded()
  await expect(card.getByRole('group', { name: essay.rubric[0].criterion })).toBeInViewport()
  await teacher.evaluate(() => window.scrollTo(0, 0))

  // One level per criterion, by keyboard: focus the first card of a group, arrow to the level.
  for (const { criterion, level } of CHOSEN) {
    const group = card.getByRole('group', { name: criterion })
    await group.getByRole('radio').first().focus()
    const index = essay.rubric.find((c) => c.criterion === criterion)!.levels.findIndex((l) => l.id === level.id)
    await teacher.keyboard.press('Space')
    for (let i = 0; i < index; i++) await teacher.keyboard.press('ArrowDown')
    await expect(group.getByRole('radio', { name: new RegExp(`^${level.label}`) })).toBeChecked()
  }
  await expect(card).toContainText(`Total: ${TOTAL} / ${essay.points}`)
  await card.getByRole('button', { name: 'Save rubric grade' }).click()
  await expect(card.getByRole('status').filter({ hasText: 'Graded.' })).toBeVisible()
  await expect(card).toContainText(`${TOTAL} / ${essay.points}`)

  // A passage selected with the mouse…
  await selectWords(teacher, cardSelector, SELECTED)
  await card.getByRole('button', { name: 'Comment on selection' }).click()
  await expect(card.getByLabel(/^Passage/)).toHaveValue(SELECTED)
  await expect(card.getByLabel('Comment on the passage')).toBeFocused()
  await teacher.keyboard.type('Praise, but hedged: say what the hedge does.')
  await card.getByRole('button', { name: 'Add passage comment' }).click()
  await expect(card.getByText('Comment on the passage added.')).toBeVisible()
  // …and one typed into the passage field, the path without a mouse.
  await card.getByLabel(/^Passage/).fill(TYPED)
  await card.getByLabel('Comment on the passage').fill('Good catch: silence as evidence.')
  await card.getByRole('button', { name: 'Add passage comment' }).click()
  await expect(card.locator('mark')).toHaveCount(2)
  // Edit the second comment.
  await card.getByRole('button', { name: 'Edit comment 2' }).click()
  await card.getByLabel('Edit comment 2').fill('Good catch: silence is evidence too.')
  await card.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(card.getByText('Good catch: silence is evidence too.')).toBeVisible()
  await card.getByLabel('Comment on this answer').fill('Clear argument; cite more paragraphs.')
  await card.getByRole('button', { name: 'Add comment' }).click()
  await expect(card.getByRole('list', { name: 'Comments' })).toContainText('Clear argument; cite more paragraphs.')
  await expectAccessible(teacher)
  if (process.env.SHOTS_DIR) await teacher.screenshot({ path: `${process.env.SHOTS_DIR}/grading-essay.png`, fullPage: false })

  // Before release the student sees none of it.
  await student.goto(attemptUrl)
  await expect(student.getByText('Praise, but hedged')).toHaveCount(0)

  await teacher.getByRole('link', { name: '← Grading' }).click()
  await teacher.getByRole('button', { name: 'Release feedback to the whole class…' }).click()
  await teacher.getByRole('dialog', { name: 'Release feedback to 1 student?' }).getByRole('button', { name: 'Release feedback' }).click()
  await expect(teacher.getByText(/Feedback released/)).toBeVisible()

  await student.goto(attemptUrl)
  const result = student.locator('section').filter({ hasText: essay.prompt.slice(0, 40) })
  await expect(result.getByRole('heading', { level: 2 })).toContainText('Graded against the rubric')
  await expect(result.getByRole('heading', { level: 2 })).not.toContainText(/correct/i)
  const table = result.getByRole('table', { name: 'How your instructor graded it' })
  for (const { criterion, level } of CHOSEN) {
    const row = table.getByRole('row', { name: new RegExp(criterion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    await expect(row).toContainText(level.label)
    await expect(row).toContainText(level.description)
    await expect(row).toContainText(`${level.points} / 5`)
  }
  await expect(result).toContainText('Clear argument; cite more paragraphs.')
  await expect(result.locator('mark')).toHaveText([SELECTED, TYPED])
  await expect(result.getByRole('listitem').filter({ hasText: SELECTED })).toContainText('Praise, but hedged: say what the hedge does.')
  await expect(result.getByRole('listitem').filter({ hasText: TYPED })).toContainText('Good catch: silence is evidence too.')
  await expectAccessible(student)
  if (process.env.SHOTS_DIR) await result.screenshot({ path: `${process.env.SHOTS_DIR}/student-essay-result.png` })
  await studentContext.close()
  await teacherContext.close()
})
