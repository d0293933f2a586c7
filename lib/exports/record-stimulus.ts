import type { TLessonInfo, TRecord } from '@/lib/content/schemas'
import { QTI_NS } from '@/lib/quiz/types/formats/qti3-parts'
import { esc } from './xml'

// Pure: the record as a QTI 3 shared stimulus — every paragraph, numbered as Lectern numbers them,
// with the speaker, the text as published, and the credit and citation lines.

export const STIMULUS_IDENTIFIER = 'lectern-record'

export function recordStimulus(record: TRecord, info: TLessonInfo): string {
  const paragraphs = record.paragraphs
    .map(
      (p) =>
        `<p id="${esc(p.id)}"><span class="lectern-paragraph-number">${esc(p.id.replace(/^p/, ''))}</span> ${
          info.speakers[p.speaker] && p.speaker !== 'record' ? `<strong>${esc(info.speakers[p.speaker])}:</strong> ` : ''
        }${esc(p.text)}</p>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-stimulus xmlns="${QTI_NS}" identifier="${STIMULUS_IDENTIFIER}" title="${esc(info.title)}" xml:lang="en">
<qti-stimulus-body>
<h2>${esc(record.heading)}</h2>
${paragraphs}
<p class="lectern-credit">${esc(`${info.creditLine} ${info.support}.`)}</p>
<p class="lectern-citation">${esc(info.citations.chicago)}</p>
</qti-stimulus-body>
</qti-assessment-stimulus>
`
}
