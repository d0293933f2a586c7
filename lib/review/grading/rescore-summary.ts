import type { ActionState } from '@/lib/errors'

/** What a rubric edit or a regrade changed (or, in a dry run, would change), for the grader to confirm. */
export type RescoreSummary = { moved: number; up: number; down: number; totalDelta: number; outdated?: number; keptOverrides?: number }

export interface RescoreState extends ActionState {
  summary?: RescoreSummary
}
