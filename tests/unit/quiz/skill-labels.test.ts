import { SKILL_LABELS, SKILLS } from '@/lib/quiz/types/shared'
import { skillLabel } from '@/lib/review/item-statistics'

// The reading guide indexes the same Record<Skill, string>, so a guide skill without a label fails to compile.
describe('skill names are one list', () => {
  it('every skill a question may carry has a label, and item analysis shows that same label', () => {
    for (const skill of SKILLS) {
      expect(SKILL_LABELS[skill]).toMatch(/^[A-Z]/)
      expect(skillLabel(skill)).toBe(SKILL_LABELS[skill])
    }
  })
})
