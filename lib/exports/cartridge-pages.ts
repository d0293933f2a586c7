import { formatEventDate } from '@/lib/content/event-date'
import type { Essay, Lesson } from '@/lib/content/parse-lesson'
import type { TTimelineEvent } from '@/lib/content/schemas'
import { essayHtml } from './essay-html'
import { esc } from './xml'

// Pure: the lesson's reading as self-contained HTML pages for a course site (Common Cartridge
// webcontent). Each page carries its own small stylesheet and links to the others by file name,
// since a course site serves them as loose files: no Lectern CSS, script or absolute link.

export type CartridgeLesson = Pick<Lesson, 'slug' | 'info' | 'record' | 'essays' | 'glossary' | 'timeline' | 'sources'>

export interface CartridgePage {
  /** File name inside the lesson's folder, e.g. "record.html". */
  file: string
  title: string
  html: string
}

export const PAGE_FILES = { record: 'record.html', glossary: 'glossary.html', timeline: 'timeline.html' }
export const essayFile = (essay: Essay) => `essay-${essay.slug}.html`

const STYLE = `body{font-family:Georgia,'Times New Roman',serif;line-height:1.6;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem}
.kicker,.meta,.credit,.lede{color:#444}.lede{font-size:1.1rem}
.para{display:flex;gap:.75rem}.para-number{flex:0 0 2.5rem;text-align:right;color:#666;font-variant-numeric:tabular-nums}
.speaker{font-weight:bold}
.why{border-left:4px solid #8a6d3b;background:#faf6ee;padding:.5rem 1rem;margin:1.5rem 0}.why-title{font-weight:bold}
dt{font-weight:bold;margin-top:1rem}dd{margin-left:0}
.provenance{border-top:1px solid #ccc;margin-top:2rem;padding-top:1rem;font-size:.95rem}
.certainty{color:#666;font-style:italic}`

function page(title: string, body: string, lang = 'en'): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`
}

const paraLinks = (ids: string[]) => ids.map((id) => `<a href="${PAGE_FILES.record}#${esc(id)}">¶${esc(id.slice(1))}</a>`).join(', ')

/** The record, every paragraph numbered as Lectern numbers it, with its provenance and credit as published. */
export function recordPage(lesson: CartridgeLesson): CartridgePage {
  const { info, record } = lesson
  const paragraphs = record.paragraphs
    .map((p) => {
      // The text already opens with the speaker's name ("Kim Il Sung: …"), as published.
      const speaker = p.speaker !== 'record' && info.speakers[p.speaker] ? ` data-speaker="${esc(info.speakers[p.speaker])}"` : ''
      return `<p class="para" id="${esc(p.id)}"${speaker}><span class="para-number">${esc(p.id.slice(1))}</span><span>${esc(p.text)}</span></p>`
    })
    .join('\n')
  const body = `<p class="kicker">${esc(info.documentType)} · ${esc(info.place)}, ${esc(info.documentDate)}</p>
<h1>${esc(info.title)}</h1>
<h2>${esc(record.heading)}</h2>
${paragraphs}
<section class="provenance" aria-label="About this document">
<p class="meta">${esc(info.archiveCitation)}</p>
<p class="credit">${esc(info.creditLine)}</p>
<p class="credit">${esc(info.support)}.</p>
<p class="meta">${esc(info.publisher)}.</p>
<p class="meta">${esc(info.rights)}</p>
<p class="meta">Cite as: ${esc(info.citations.chicago)}</p>
</section>`
  return { file: PAGE_FILES.record, title: info.title, html: page(info.title, body) }
}

/** A context essay: its title, summary, body (from its MDX) and bibliography. */
export async function essayPage(lesson: CartridgeLesson, essay: Essay): Promise<CartridgePage> {
  const bodyHtml = await essayHtml(essay.source, { record: PAGE_FILES.record, glossary: PAGE_FILES.glossary })
  const bibliography = essay.meta.bibliography.map((key) => `<li>${esc(lesson.sources[key]?.citation ?? key)}</li>`).join('\n')
  const body = `<p class="kicker">Context essay ${essay.meta.order} of ${lesson.essays.length}</p>
<h1>${esc(essay.meta.title)}</h1>
<p class="lede">${esc(essay.meta.summary)}</p>
<p class="meta">Explains ${paraLinks(essay.meta.paragraphs)} of the <a href="${PAGE_FILES.record}">record</a>.</p>
${bodyHtml}
<h2>Bibliography</h2>
<ol>
${bibliography}
</ol>`
  return { file: essayFile(essay), title: essay.meta.title, html: page(essay.meta.title, body) }
}

export function glossaryPage(lesson: CartridgeLesson): CartridgePage {
  const title = `Glossary: ${lesson.info.title}`
  const entries = [...lesson.glossary]
    .sort((a, b) => a.term.localeCompare(b.term, 'en'))
    .map(
      (entry) => `<dt id="${esc(entry.id)}">${esc(entry.term)}</dt>
<dd><p>${esc(entry.definition)}</p>${entry.paragraphs.length ? `<p class="meta">In the record: ${paraLinks(entry.paragraphs)}</p>` : ''}</dd>`,
    )
    .join('\n')
  return {
    file: PAGE_FILES.glossary,
    title,
    html: page(title, `<h1>Glossary</h1>\n<p class="lede">${esc(lesson.info.title)}</p>\n<dl>\n${entries}\n</dl>`),
  }
}

function eventHtml(event: TTimelineEvent): string {
  const certainty = event.certainty === 'approximate' ? ' <span class="certainty">(approximate)</span>' : ''
  return `<dt id="${esc(event.id)}">${esc(formatEventDate(event.date))}: ${esc(event.title)}${certainty}</dt>
<dd><p>${esc(event.description)}</p>${event.paragraphs.length ? `<p class="meta">In the record: ${paraLinks(event.paragraphs)}</p>` : ''}</dd>`
}

/** The timeline in date order, under the lesson's eras when it names them. Null when the lesson has none. */
export function timelinePage(lesson: CartridgeLesson): CartridgePage | null {
  if (!lesson.timeline.length) return null
  const title = `Timeline: ${lesson.info.title}`
  const events = [...lesson.timeline].sort((a, b) => a.date.localeCompare(b.date))
  const year = (e: TTimelineEvent) => Number(e.date.slice(0, 4))
  const named = lesson.info.timeline?.eras ?? []
  // An event outside every named era still appears, in a last section of its own.
  const outside = events.some((e) => !named.some((era) => year(e) >= era.from && year(e) <= era.to))
  const eras = [...named, ...(outside ? [{ from: -Infinity, to: Infinity, title: named.length ? 'Other dates' : '' }] : [])]
  const placed = new Set<string>()
  const sections = eras
    .map((era) => {
      const inEra = events.filter((e) => !placed.has(e.id) && year(e) >= era.from && year(e) <= era.to)
      inEra.forEach((e) => placed.add(e.id))
      if (!inEra.length) return ''
      return `${era.title ? `<h2>${esc(era.title)}</h2>\n` : ''}<dl>\n${inEra.map(eventHtml).join('\n')}\n</dl>`
    })
    .join('\n')
  return {
    file: PAGE_FILES.timeline,
    title,
    html: page(title, `<h1>Timeline</h1>\n<p class="lede">${esc(lesson.info.title)}</p>\n${sections}`),
  }
}
