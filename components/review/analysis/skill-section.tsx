import type { ItemAnalysis } from '@/lib/review/item-analysis'
import { percent } from '@/lib/review/question-notes'
import { FacilityBreakdown } from './facility-breakdown'

export function SkillSection({ analysis }: { analysis: ItemAnalysis }) {
  return (
    <FacilityBreakdown
      id="by-skill"
      heading="By skill"
      noun="skill"
      chartTitle="Facility by skill"
      rows={analysis.skills}
      low={analysis.lowestSkill}
      describeLow={(low) => `Weakest skill: ${low.label}, ${percent(low.facility)} of the points.`}
      caption="Facility by skill"
    />
  )
}
