import { renderToStaticMarkup } from 'react-dom/server'
import { PROVENANCE_TERMS } from '@/components/lesson/provenance-card'
import { LessonReader } from '@/components/lesson/reader/lesson-reader'
import { parseLesson } from '@/lib/content/parse-lesson'
import { buildRecordView } from '@/lib/content/record-view'
import { lessonFiles } from '@/tests/unit/content/lesson-fixture'

// The lesson reader is rendered once, to static HTML (pages/lessons/[slug].tsx): everything a
// reader can open must be in that HTML.

async function rendered() {
  const { lesson } = await parseLesson(lessonFiles())
  if (!lesson) throw new Error('the lesson did not parse')
  return { lesson, html: renderToStaticMarkup(<LessonReader lesson={lesson} />) }
}

const popoverIds = (html: string) => [...html.matchAll(/<div id="gloss-([a-z0-9-]+)" popover/g)].map((m) => m[1])

describe('the lesson reader page', () => {
  it('holds one popover for each glossary term the record or the provenance card shows, and no others', async () => {
    const { lesson, html } = await rendered()
    const shown = new Set([...buildRecordView(lesson).termIds, ...PROVENANCE_TERMS])
    const ids = popoverIds(html)
    expect(ids.length).toBeGreaterThan(20)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(shown)
  })

  it('opens every glossary term it shows: each term button names a popover on the page', async () => {
    const { html } = await rendered()
    const popovers = new Set(popoverIds(html))
    // HTML attribute names are case-insensitive; React 19 writes popoverTarget as spelled.
    const targets = [...html.matchAll(/popovertarget="gloss-([a-z0-9-]+)"/gi)].map((m) => m[1])
    expect(targets.length).toBeGreaterThan(50)
    expect(targets.filter((id) => !popovers.has(id))).toEqual([])
  })

  it('tells the reader script which lesson and section a student is reading', async () => {
    const { html } = await rendered()
    expect(html).toMatch(/data-lesson-slug="batmunkh-kim-1986" data-reading-section="record"/)
  })
})
