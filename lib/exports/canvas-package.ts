import JSZip from 'jszip'
import { writeQuestion } from '@/lib/quiz/types/formats'
import { allQuestions, formatContext, type ExportInput } from './export-input'
import { collect, reportText, type ExportReport } from './export-report'
import { esc } from './xml'

// Pure: the QTI 1.2 package Canvas imports (Settings → Import course content → QTI .zip file):
// a manifest and one assessment whose sections are the question sets. Canvas's importer reads
// the question type and points from each item's metadata (lib/quiz/types/formats/canvas-parts.ts).

const QTI12_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2'

export async function canvasPackage(input: ExportInput): Promise<{ zip: Uint8Array; report: ExportReport }> {
  const ctx = formatContext(input)
  const questions = allQuestions(input)
  const { texts, report } = collect('Canvas (QTI 1.2)', questions, (q) => writeQuestion('canvasQti', q, ctx))
  const written = new Map(texts.map((t) => [t.question.id, t.text]))
  const id = `lectern-${input.identifier}`
  const sections = input.sections
    .map(
      (s) =>
        `<section ident="${esc(`${id}-${s.id}`)}" title="${esc(s.title)}">${s.questions
          .map((q) => written.get(q.id))
          .filter(Boolean)
          .join('\n')}</section>`,
    )
    .join('\n')
  const assessment = `<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="${QTI12_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI12_NS} http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">
<assessment ident="${esc(id)}" title="${esc(input.title)}">
<qtimetadata><qtimetadatafield><fieldlabel>cc_maxattempts</fieldlabel><fieldentry>1</fieldentry></qtimetadatafield></qtimetadata>
<section ident="root_section">
${sections}
</section>
</assessment>
</questestinterop>
`
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${esc(id)}-manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion><imsmd:lom><imsmd:general><imsmd:title><imsmd:string>${esc(
    input.title,
  )}</imsmd:string></imsmd:title></imsmd:general></imsmd:lom></metadata>
<organizations/>
<resources>
<resource identifier="${esc(id)}" type="imsqti_xmlv1p2"><file href="${esc(id)}/${esc(id)}.xml"/></resource>
</resources>
</manifest>
`
  const zip = new JSZip()
  zip.file('imsmanifest.xml', manifest)
  zip.file(`${id}/${id}.xml`, assessment)
  zip.file('export-report.txt', reportText(report, questions.length).join('\n') + '\n')
  return { zip: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), report }
}
