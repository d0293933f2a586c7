import { lessonBlockHtml } from '../../../components/lesson/lesson-html/blocks'
import { lessonHtml } from '../../../components/lesson/lesson-html/source'
import { PROVENANCE_TERMS } from '../../../components/lesson/provenance-card'
import { parseLesson } from '../../../lib/content/parse-lesson'
import { buildRecordView } from '../../../lib/content/record-view'
import { lessonFiles, SLUG } from '../content/lesson-fixture'

// The lesson page's HTML-only blocks (LessonHtml) are rebuilt by the server where client
// components render, from the content itself: they must be what the lesson says.

async function lesson() {
  const { lesson } = await parseLesson(lessonFiles())
  if (!lesson) throw new Error('the lesson did not parse')
  return lesson
}

const popoverIds = (html: string) => [...html.matchAll(/<div id="gloss-([a-z0-9-]+)" popover/g)].map((m) => m[1])

describe('the lesson page’s HTML-only blocks', () => {
  it('hold one popover for each glossary term the record or the provenance card shows, and no others', async () => {
    const parsed = await lesson()
    const shown = new Set([...buildRecordView(parsed).termIds, ...PROVENANCE_TERMS])
    const ids = popoverIds(lessonBlockHtml(parsed, 'glossary-popovers'))
    expect(ids.length).toBeGreaterThan(20)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(shown)
  })

  it('are built from the lesson on disk by the server’s source, the same promise each time', async () => {
    const parsed = await lesson()
    const first = lessonHtml(SLUG, 'record')
    expect(lessonHtml(SLUG, 'record')).toBe(first)
    expect(await first).toBe(lessonBlockHtml(parsed, 'record'))
  })
})
