import { describe, expect, it } from '@jest/globals'
import { renderToStaticMarkup } from 'react-dom/server'
import { GlossaryPopovers } from '@/components/lesson/glossary-term'
import { Prose } from '@/components/lesson/prose'
import { MarginNotes } from '@/components/lesson/record/margin-notes'
import type { ParagraphView } from '@/lib/content/record-view'

// The lesson's long static blocks are rendered from content by React, once, to static HTML;
// content must come out as text, never as markup.
const hostile = `<img src=x onerror="alert(1)"> & 'quotes'`

describe('content in the lesson’s static HTML', () => {
  it('escapes every character that could open markup or end an attribute', () => {
    expect(renderToStaticMarkup(<Prose text={hostile} slug="lesson" />)).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#x27;quotes&#x27;',
    )
  })

  it('links ¶ mentions, in the page or to the record, and escapes the rest', () => {
    expect(renderToStaticMarkup(<Prose text="See ¶7 <b>" slug="lesson" inPage />)).toBe('See <a href="#p7">¶7</a> &lt;b&gt;')
    expect(renderToStaticMarkup(<Prose text="See ¶12." slug="lesson" />)).toBe('See <a href="/lessons/lesson#p12">¶12</a>.')
  })

  it('never lets a note, its anchor, a source key or an essay title become markup', () => {
    const paragraph = {
      number: 3,
      notes: [{ id: 'n01', number: 1, kind: 'context', anchor: hostile, note: `${hostile} ¶2`, sources: ['<K>'], glossary: 'g' }],
      essays: [{ slug: 'e', title: hostile, order: 1 }],
    } as unknown as ParagraphView
    const html = renderToStaticMarkup(<MarginNotes paragraph={paragraph} slug="lesson" glossaryTerms={new Map([['g', hostile]])} />)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<K>')
    expect(html).toContain('<a href="#p2">¶2</a>')
    expect(html.match(/&lt;img/g)).toHaveLength(4) // anchor, note, glossary term, essay title
  })

  it('escapes a glossary entry in its popover', () => {
    const entry = { id: 'x', term: hostile, kind: 'term', aliases: [], definition: hostile, paragraphs: [], sources: [] } as never
    const html = renderToStaticMarkup(<GlossaryPopovers entries={[entry]} slug="lesson" />)
    expect(html).not.toContain('<img')
    // HTML attribute names are case-insensitive; React 19 writes popoverTarget as spelled.
    expect(html).toMatch(/popovertarget="gloss-x" popovertargetaction="hide"/i)
  })
})
