import type { ItemAnalysis } from '@/lib/review/item-analysis'
import { percent } from '@/lib/review/question-notes'
import { FacilityBreakdown } from './facility-breakdown'
import { countOf } from '@/lib/text/count-of'

/** Facility by paragraph of the record: where the class misread the document. */
export function ParagraphSection({ analysis }: { analysis: ItemAnalysis }) {
  return (
    <FacilityBreakdown
      id="by-paragraph"
      heading="By paragraph of the record"
      noun="paragraph"
      chartTitle="Facility by paragraph of the record"
      rows={analysis.paragraphs}
      low={analysis.lowestParagraph}
      describeLow={(low) => `Lowest: ${low.label} at ${percent(low.facility)} of the points on its ${countOf(low.questions, 'question')}.`}
      excerptHeading="Opens with"
      caption="Facility by paragraph, with each paragraph’s opening words"
    />
  )
}
