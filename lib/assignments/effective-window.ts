// Pure: one student's dates and time limit for an assignment, after their accommodation.

export interface AssignmentTiming {
  opensAt: Date
  dueAt: Date
  lateCutoffAt: Date | null
  latePolicy: 'CLOSE' | 'ACCEPT_WITH_PENALTY'
  latePenaltyPercentPerDay: number
  timeLimitMinutes: number | null
}

export interface AccommodationTiming {
  opensAt: Date | null
  dueAt: Date | null
  lateCutoffAt: Date | null
  timeMultiplier: number
}

export interface EffectiveWindow {
  opensAt: Date
  dueAt: Date
  /** After this no new work is accepted: the due date (policy CLOSE) or the late cutoff. */
  closesAt: Date
  /** Minutes for a timed attempt, after the multiplier; null when untimed. */
  timeLimitMinutes: number | null
  timeMultiplier: number
  isAdjusted: boolean
}

const MINUTE = 60_000

export function effectiveWindow(a: AssignmentTiming, acc: AccommodationTiming | null): EffectiveWindow {
  const opensAt = acc?.opensAt ?? a.opensAt
  const dueAt = acc?.dueAt ?? a.dueAt
  let closesAt = dueAt
  if (a.latePolicy === 'ACCEPT_WITH_PENALTY' && a.lateCutoffAt) {
    // An extended due date carries the late window with it, unless a cutoff was set explicitly.
    const shift = dueAt.getTime() - a.dueAt.getTime()
    closesAt = acc?.lateCutoffAt ?? new Date(a.lateCutoffAt.getTime() + shift)
  }
  const multiplier = acc?.timeMultiplier ?? 1
  const timeLimitMinutes = a.timeLimitMinutes === null ? null : Math.ceil(a.timeLimitMinutes * multiplier)
  return {
    opensAt,
    dueAt,
    closesAt,
    timeLimitMinutes,
    timeMultiplier: multiplier,
    isAdjusted: Boolean(acc && (acc.opensAt || acc.dueAt || acc.lateCutoffAt || acc.timeMultiplier !== 1)),
  }
}

/**
 * When a timed attempt started at `startedAt` must end. The closing time is widened by the extra
 * time a multiplier grants, so a student with 1.5× who starts as late as anyone else still gets
 * all of it; without a multiplier the attempt ends at the closing time at the latest.
 */
export function attemptDeadline(w: EffectiveWindow, baseLimitMinutes: number | null, startedAt: Date): Date | null {
  if (w.timeLimitMinutes === null || baseLimitMinutes === null) return null
  const extra = (w.timeLimitMinutes - baseLimitMinutes) * MINUTE
  const byLimit = startedAt.getTime() + w.timeLimitMinutes * MINUTE
  const byClosing = w.closesAt.getTime() + Math.max(0, extra)
  return new Date(Math.min(byLimit, byClosing))
}

/** Whole days late, rounded up, and the penalty they carry (capped at 100%). */
export function latePenalty(a: Pick<AssignmentTiming, 'latePolicy' | 'latePenaltyPercentPerDay'>, dueAt: Date, submittedAt: Date) {
  const lateMs = submittedAt.getTime() - dueAt.getTime()
  if (lateMs <= 0 || a.latePolicy !== 'ACCEPT_WITH_PENALTY') return { daysLate: 0, percent: 0 }
  const daysLate = Math.ceil(lateMs / (24 * 60 * MINUTE))
  return { daysLate, percent: Math.min(100, daysLate * a.latePenaltyPercentPerDay) }
}
