import JSZip from 'jszip'
import { writeQti3Item } from '@/lib/quiz/types/formats'
import { QTI_NS, qtiId } from '@/lib/quiz/types/formats/qti3-parts'
import { allQuestions, formatContext, type ExportInput } from './export-input'
import { collect, reportText, type ExportReport } from './export-report'
import { recordStimulus, STIMULUS_IDENTIFIER } from './record-stimulus'
import { esc } from './xml'

// Pure: a QTI 3.0 content package — imsmanifest.xml, the record as a shared stimulus, one item per
// question, a test with a section per question set — and the report, inside it as
// export-report.txt. Every Lectern type has a QTI 3 interaction, so nothing is left out here; the
// report says so.

const CP_NS = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1'
const CP_XSD = 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd'

export const itemPath = (questionId: string) => `items/${questionId}.xml`

function testXml(input: ExportInput): string {
  const sections = input.sections
    .map(
      (s) =>
        `<qti-assessment-section identifier="${esc(qtiId(s.id))}" title="${esc(s.title)}" visible="true">${s.questions
          .map((q) => `<qti-assessment-item-ref identifier="${esc(qtiId(q.id))}" href="${esc(itemPath(q.id))}"/>`)
          .join('')}</qti-assessment-section>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-test xmlns="${QTI_NS}" identifier="${esc(qtiId(input.identifier))}" title="${esc(input.title)}">
<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>
<qti-test-part identifier="part-1" navigation-mode="nonlinear" submission-mode="simultaneous">
${sections}
</qti-test-part>
<qti-outcome-processing><qti-set-outcome-value identifier="SCORE"><qti-sum><qti-test-variables variable-identifier="SCORE"/></qti-sum></qti-set-outcome-value></qti-outcome-processing>
</qti-assessment-test>
`
}

function manifestXml(input: ExportInput): string {
  const questions = allQuestions(input)
  const items = questions
    .map(
      (q) =>
        `<resource identifier="${esc(qtiId(q.id))}" type="imsqti_item_xmlv3p0" href="${esc(itemPath(q.id))}"><file href="${esc(
          itemPath(q.id),
        )}"/><dependency identifierref="${STIMULUS_IDENTIFIER}"/></resource>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_NS} ${CP_XSD}" identifier="${esc(
    qtiId(`${input.identifier}-package`),
  )}">
<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>
<organizations/>
<resources>
<resource identifier="${esc(qtiId(`${input.identifier}-test`))}" type="imsqti_test_xmlv3p0" href="test.xml"><file href="test.xml"/>${questions
    .map((q) => `<dependency identifierref="${esc(qtiId(q.id))}"/>`)
    .join('')}</resource>
<resource identifier="${STIMULUS_IDENTIFIER}" type="imsqti_stimulus_xmlv3p0" href="record.xml"><file href="record.xml"/></resource>
${items}
</resources>
</manifest>
`
}

export async function qti3Package(input: ExportInput): Promise<{ zip: Uint8Array; report: ExportReport }> {
  const ctx = formatContext(input)
  const questions = allQuestions(input)
  const { texts, report } = collect('QTI 3.0', questions, (q) => writeQti3Item(q, ctx))
  const zip = new JSZip()
  zip.file('imsmanifest.xml', manifestXml(input))
  zip.file('test.xml', testXml(input))
  zip.file('record.xml', recordStimulus(input.lesson.record, input.lesson.info))
  for (const { question, text } of texts) zip.file(itemPath(question.id), text)
  zip.file('export-report.txt', reportText(report, questions.length).join('\n') + '\n')
  return { zip: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), report }
}
