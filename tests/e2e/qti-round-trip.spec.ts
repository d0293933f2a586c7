import { expect, test } from '@playwright/test'
import JSZip from 'jszip'
import { loadLesson } from '@/lib/content/load-lesson'
import { qti3Package } from '@/lib/exports/qti3-package'
import { qti3Responses } from '@/lib/quiz/types/formats'
import { scoreResponse, type TQuestion } from '@/lib/quiz/types'
import { expectAccessible, signInAs } from './fixtures'
import { scoreInPlayer } from './support/qti-player'
import { world } from './support/worlds'

// The QTI 3 export proved by someone else's implementation: the instructor downloads the assignment
// of all five quizzes (every question type) from the assignment page's export link; each item is
// loaded into Cito's QTI 3 player (@citolab/qti-components, a test-only dependency), answered
// right, wrong and partly right, and the player's SCORE must equal Lectern's score for the same
// answer — null (awaiting a person) where Lectern waits for the instructor.

const w = world('exports')

/** Lectern's "awaiting the instructor" as the player shows it (see `observable`). */
const UNSCORED = -1
/**
 * Cito's player reads a float outcome nothing has set as 0, so "left for a person" and "scored 0"
 * would look alike. The test's copy of a hand-scored item gives SCORE a default nothing else can
 * produce; the exported item itself declares none, as the standard intends.
 */
const observable = (xml: string) =>
  xml.replace(
    /(<qti-outcome-declaration identifier="SCORE"[^>]*external-scored="human"[^>]*)\/>/,
    `$1><qti-default-value><qti-value>${UNSCORED}</qti-value></qti-default-value></qti-outcome-declaration>`,
  )

/** Answers to put to each type: the right one, wrong ones and partial ones, worked from the key. */
function answersFor(q: TQuestion): { kind: string; answer: unknown }[] {
  switch (q.type) {
    case 'single':
      return [
        { kind: 'right', answer: { choice: q.correct } },
        { kind: 'wrong', answer: { choice: q.choices.find((c) => c.id !== q.correct)!.id } },
      ]
    case 'multiple': {
      const wrong = q.choices.filter((c) => !q.correct.includes(c.id)).map((c) => c.id)
      return [
        { kind: 'right', answer: { choices: q.correct } },
        { kind: 'partial', answer: { choices: q.correct.slice(1) } },
        { kind: 'partial', answer: { choices: [...q.correct, wrong[0]] } },
        { kind: 'wrong', answer: { choices: wrong } },
        { kind: 'everything', answer: { choices: q.choices.map((c) => c.id) } },
      ]
    }
    case 'true-false-because': {
      const otherReason = q.because.find((c) => c.id !== q.correctBecause)!.id
      return [
        { kind: 'right', answer: { value: q.correct, because: q.correctBecause } },
        { kind: 'partial', answer: { value: q.correct, because: otherReason } },
        { kind: 'partial', answer: { value: q.correct, because: null } },
        { kind: 'wrong', answer: { value: !q.correct, because: q.correctBecause } },
      ]
    }
    case 'ordering': {
      const swapped = [...q.correctOrder]
      ;[swapped[0], swapped[1]] = [swapped[1], swapped[0]]
      const rotated = [...q.correctOrder.slice(1), q.correctOrder[0]]
      return [
        { kind: 'right', answer: { order: q.correctOrder } },
        { kind: 'partial', answer: { order: swapped } },
        { kind: 'partial', answer: { order: rotated } },
        { kind: 'wrong', answer: { order: [...q.correctOrder].reverse() } },
      ]
    }
    case 'matching': {
      const other = (optionId: string) => q.options.find((o) => o.id !== optionId)!.id
      const [first, ...rest] = q.prompts
      return [
        { kind: 'right', answer: { pairs: q.correct } },
        { kind: 'partial', answer: { pairs: { ...q.correct, [first.id]: other(q.correct[first.id]) } } },
        { kind: 'partial', answer: { pairs: Object.fromEntries(rest.map((p) => [p.id, q.correct[p.id]])) } },
        { kind: 'wrong', answer: { pairs: Object.fromEntries(q.prompts.map((p) => [p.id, other(q.correct[p.id])])) } },
      ]
    }
    case 'evidence': {
      const others = q.paragraphs.map((p) => `${p}.s1`).concat(q.paragraphs.map((p) => `${p}.s2`))
      const outside = others.find((id) => !q.accepted.includes(id))!
      return [
        { kind: 'right', answer: { sentences: q.accepted } },
        { kind: 'partial', answer: { sentences: [...q.accepted, outside].slice(0, q.maxSelections) } },
        { kind: 'partial', answer: { sentences: q.accepted.slice(0, 1) } },
        { kind: 'wrong', answer: { sentences: [outside] } },
      ]
    }
    case 'short':
    case 'essay':
      return [
        { kind: 'blank', answer: { text: '' } },
        { kind: 'written', answer: { text: 'Batmunkh reports Soviet troop withdrawals and Kim answers with caution.' } },
      ]
  }
}

test('every exported QTI 3 item scores in an independent player exactly as Lectern scores the same answer', async ({ page }) => {
  test.setTimeout(180_000)
  await signInAs(page, w.instructor)
  await page.getByRole('link', { name: w.className }).click()
  await page.getByRole('link', { name: 'All five quizzes' }).first().click()
  const link = page.getByRole('link', { name: 'Download QTI 3.0 package' })
  await expect(link).toBeVisible()
  const response = await page.request.get((await link.getAttribute('href'))!)
  expect(response.status()).toBe(200)
  const zip = await JSZip.loadAsync(await response.body())
  const stimulus = await zip.file('record.xml')!.async('string')

  const lesson = (await loadLesson('batmunkh-kim-1986'))!
  const questions = lesson.questionSets.flatMap((s) => s.questions.map((v) => v.question))
  const kindsByType = new Map<string, Set<string>>()
  const mismatches: string[] = []
  let scored = 0
  for (const q of questions) {
    const item = await zip.file(`items/${q.id}.xml`)?.async('string')
    expect(item, `the package holds ${q.id}`).toBeTruthy()
    for (const { kind, answer } of answersFor(q)) {
      const lectern = scoreResponse(q, answer).score
      const player = await scoreInPlayer(page, observable(item!), qti3Responses(q, answer), { stimulusXml: { '../record.xml': stimulus } })
      const same =
        lectern === null
          ? player.score === UNSCORED && player.externalScored === 'human'
          : player.score !== null && Math.abs(player.score - lectern) < 0.005
      if (!same) mismatches.push(`${q.type} ${q.id} (${kind}): Lectern ${lectern}, player ${player.score} ${player.messages.join(' | ')}`)
      kindsByType.set(
        q.type,
        (kindsByType.get(q.type) ?? new Set()).add(
          lectern === null ? 'awaiting' : lectern === 0 ? 'zero' : lectern >= q.points ? 'full' : 'part',
        ),
      )
      scored++
    }
  }
  expect(mismatches).toEqual([])
  // The answers above really did cover right, wrong and partial for every scored type.
  for (const type of ['multiple', 'true-false-because', 'ordering', 'matching', 'evidence'])
    expect([type, [...kindsByType.get(type)!].sort()]).toEqual([type, ['full', 'part', 'zero']])
  expect([...kindsByType.get('single')!].sort()).toEqual(['full', 'zero'])
  for (const type of ['short', 'essay']) expect([type, [...kindsByType.get(type)!].sort()]).toEqual([type, ['awaiting', 'zero']])
  expect(scored).toBeGreaterThan(150)
})

test('a hand-scored item tells the player a person scores it, and short answers carry Lectern’s suggested score', async ({ page }) => {
  const lesson = (await loadLesson('batmunkh-kim-1986'))!
  const questions = lesson.questionSets.flatMap((s) => s.questions.map((v) => v.question))
  const { zip } = await qti3Package({ identifier: 'all', title: 'All', sections: [{ id: 'all', title: 'All', questions }], lesson })
  const files = await JSZip.loadAsync(zip)
  const short = questions.find((q) => q.type === 'short' && q.acceptedPhrases?.length)
  expect(short).toBeTruthy()
  if (short?.type !== 'short') return
  const item = await files.file(`items/${short.id}.xml`)!.async('string')
  const text = `My answer mentions ${short.acceptedPhrases![0].toUpperCase()} and nothing else.`
  const player = await scoreInPlayer(page, observable(item), qti3Responses(short, { text }))
  expect(player.externalScored).toBe('human')
  expect(player.score).toBe(UNSCORED)
  expect(Number(player.outcomes.SUGGESTED_SCORE)).toBeCloseTo(scoreResponse(short, { text }).suggested!, 2)
})

test('a quiz’s page lists what each format leaves out before the download, and passes axe', async ({ page }) => {
  await signInAs(page, w.instructor)
  await page.getByRole('link', { name: w.className }).click()
  await page.getByRole('link', { name: 'All five quizzes' }).first().click()
  await page.getByRole('link', { name: 'Before you read: the context' }).click()
  await expect(page.getByRole('heading', { name: 'Export the questions' })).toBeVisible()
  const gift = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Download GIFT' }) })
  await gift.getByText('What GIFT leaves out').click()
  await expect(gift.getByText('GIFT has no ordering question', { exact: false }).first()).toBeVisible()
  await expectAccessible(page)
  await page.screenshot({ path: 'test-results/exports/question-set-page.png', fullPage: true })
})
