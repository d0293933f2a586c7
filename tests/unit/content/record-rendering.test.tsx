import { renderToStaticMarkup } from 'react-dom/server'
import { RecordReader } from '@/components/lesson/record/record-reader'
import { RecordSections } from '@/components/lesson/record/record-sections'
import { parseLesson } from '@/lib/content/parse-lesson'
import { buildRecordView } from '@/lib/content/record-view'
import { extractSourceRecord } from '@/lib/content/source-text'
import { lessonFiles, withEdit } from './lesson-fixture'

// The record as the reader renders it must be the source text, character for character: marks,
// glossary buttons and note anchors may wrap the words but never change them.

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'" }

/** The text of each rendered paragraph, without the note numbers (marked data-apparatus). */
function renderedParagraphs(html: string): Map<string, string> {
  const paragraphs = new Map<string, string>()
  for (const [, id, inner] of html.matchAll(/<p[^>]*data-record-text="(p\d+)"[^>]*>([\s\S]*?)<\/p>/g)) {
    const text = inner
      .replace(/<sup[^>]*data-apparatus[^>]*>[\s\S]*?<\/sup>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&(amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity])
    paragraphs.set(id, text)
  }
  return paragraphs
}

async function render(files = lessonFiles()) {
  const { lesson } = await parseLesson(files)
  if (!lesson) throw new Error('the lesson did not parse')
  return { lesson, html: renderToStaticMarkup(<RecordSections lesson={lesson} view={buildRecordView(lesson)} />) }
}

describe('the record as the reader renders it', () => {
  it('is the source text, paragraph by paragraph', async () => {
    const { lesson, html } = await render()
    const source = extractSourceRecord(lesson.sourceText, lesson.info.source)!
    const rendered = renderedParagraphs(html)
    expect(source.paragraphs).toHaveLength(28)
    expect([...rendered.keys()]).toEqual(source.paragraphs.map((_, i) => `p${i + 1}`))
    source.paragraphs.forEach((text, i) => expect(rendered.get(`p${i + 1}`)).toBe(text))
  })

  it('is what the reader renders: the source’s heading, then every part of the record', async () => {
    const { lesson, html: sections } = await render()
    const source = extractSourceRecord(lesson.sourceText, lesson.info.source)!
    const page = renderToStaticMarkup(<RecordReader lesson={lesson} view={buildRecordView(lesson)} />)
    expect(page).toContain(`>${source.heading}</p>`)
    expect(page).toContain(`<div>${sections}</div>`)
  })

  it('no longer matches the source after a silent edit of record.json', async () => {
    const { lesson, html } = await render(withEdit('record.json', 'Truth confirms itself.', 'The truth confirms itself.'))
    const source = extractSourceRecord(lesson.sourceText, lesson.info.source)!
    expect(renderedParagraphs(html).get('p28')).not.toBe(source.paragraphs[27])
  })

  it('wraps every insertion, elision and the note-taker’s aside in a marked span', async () => {
    const { html } = await render()
    // The text that starts at each mark of a kind (marks may hold further markup: terms, anchors).
    const marked = (kind: string) =>
      [...html.matchAll(new RegExp(`data-mark="${kind}">`, 'g'))].map((m) => html.slice(m.index + m[0].length).replace(/<[^>]+>/g, ''))
    const bracketed = (kind: string) => marked(kind).map((text) => text.slice(0, text.indexOf(']') + 1))
    expect(bracketed('elision')).toEqual(['[...]', '[…]'])
    expect(marked('aside')).toEqual([expect.stringMatching(/^\(Kim Il Sung repeated this idea twice\)/)])
    expect(bracketed('insertion')).toEqual([
      '[Mongolian People’s Revolutionary Party]',
      '[Mongolian People’s Republic]',
      '[escalation]',
      '[on the principle]',
      '[what can]',
      '[high]',
      '[walking]',
      '[walking]',
      '[walking]',
      '[by example]',
    ])
    expect(marked('speaker').map((text) => text.slice(0, 12))).toEqual(['Kim Il Sung:', 'J. Batmunkh ', 'Kim Il Sung '])
  })

  it('anchors all 80 notes, numbered in reading order', async () => {
    const { lesson, html } = await render()
    const numbers = [...html.matchAll(/aria-label="Note (\d+)"/g)].map((m) => Number(m[1]))
    expect(numbers).toEqual(Array.from({ length: lesson.annotations.length }, (_, i) => i + 1))
  })
})
