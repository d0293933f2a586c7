import { describe, expect, it } from '@jest/globals'
import { escapeHtml, proseHtml } from '@/components/lesson/html-string'
import { glossaryPopoverHtml } from '@/components/lesson/glossary-term'
import { marginNotesHtml } from '@/components/lesson/record/margin-notes-html'
import type { ParagraphView } from '@/lib/content/record-view'

// The lesson's long static blocks are built as HTML strings; content must come out as text.
const hostile = `<img src=x onerror="alert(1)"> & 'quotes'`

describe('HTML strings for the lesson', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(escapeHtml(hostile)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#x27;quotes&#x27;')
  })

  it('links ¶ mentions, in the page or to the record, and escapes the rest', () => {
    expect(proseHtml('See ¶7 <b>', 'lesson', true)).toBe('See <a href="#p7">¶7</a> &lt;b&gt;')
    expect(proseHtml('See ¶12.', 'lesson')).toBe('See <a href="/lessons/lesson#p12">¶12</a>.')
  })

  it('never lets a note, its anchor, a source key or an essay title become markup', () => {
    const paragraph = {
      number: 3,
      notes: [{ id: 'n01', number: 1, kind: 'context', anchor: hostile, note: `${hostile} ¶2`, sources: ['<K>'], glossary: 'g' }],
      essays: [{ slug: 'e', title: hostile, order: 1 }],
    } as unknown as ParagraphView
    const html = marginNotesHtml({ paragraph, slug: 'lesson', glossaryTerms: new Map([['g', hostile]]), styles: {} })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<K>')
    expect(html).toContain('<a href="#p2">¶2</a>')
    expect(html.match(/&lt;img/g)).toHaveLength(4) // anchor, note, glossary term, essay title
  })

  it('escapes a glossary entry in its popover', () => {
    const html = glossaryPopoverHtml(
      { id: 'x', term: hostile, kind: 'term', aliases: [], definition: hostile, paragraphs: [], sources: [] } as never,
      'lesson',
    )
    expect(html).not.toContain('<img')
    expect(html).toContain('popovertarget="gloss-x" popovertargetaction="hide"')
  })
})
