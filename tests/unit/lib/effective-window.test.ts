import { attemptDeadline, effectiveWindow, latePenalty, type AssignmentTiming } from '@/lib/assignments/effective-window'

const d = (iso: string) => new Date(iso)
const base: AssignmentTiming = {
  opensAt: d('2027-03-01T00:00:00Z'),
  dueAt: d('2027-03-08T23:00:00Z'),
  lateCutoffAt: d('2027-03-10T23:00:00Z'),
  latePolicy: 'ACCEPT_WITH_PENALTY',
  latePenaltyPercentPerDay: 10,
  timeLimitMinutes: 40,
}

describe('a student’s effective window', () => {
  it('is the assignment’s own without an accommodation; closing is the cutoff when late work is accepted', () => {
    const w = effectiveWindow(base, null)
    expect(w).toMatchObject({ dueAt: base.dueAt, closesAt: base.lateCutoffAt, timeLimitMinutes: 40, isAdjusted: false })
    expect(effectiveWindow({ ...base, latePolicy: 'CLOSE' }, null).closesAt).toEqual(base.dueAt)
  })

  it('moves the late cutoff with an extended due date, and multiplies the time limit', () => {
    const w = effectiveWindow(base, { opensAt: null, dueAt: d('2027-03-10T23:00:00Z'), lateCutoffAt: null, timeMultiplier: 1.5 })
    expect(w.dueAt).toEqual(d('2027-03-10T23:00:00Z'))
    expect(w.closesAt).toEqual(d('2027-03-12T23:00:00Z'))
    expect(w.timeLimitMinutes).toBe(60)
    expect(w.isAdjusted).toBe(true)
  })
})

describe('a timed attempt’s deadline', () => {
  it('is start + limit, cut at the closing time for a student without extra time', () => {
    const w = effectiveWindow({ ...base, latePolicy: 'CLOSE' }, null)
    expect(attemptDeadline(w, 40, d('2027-03-05T10:00:00Z'))).toEqual(d('2027-03-05T10:40:00Z'))
    expect(attemptDeadline(w, 40, d('2027-03-08T22:50:00Z'))).toEqual(base.dueAt)
  })

  it('never cuts off the extra time of a 1.5× student who starts as late as a classmate could', () => {
    const w = effectiveWindow({ ...base, latePolicy: 'CLOSE' }, { opensAt: null, dueAt: null, lateCutoffAt: null, timeMultiplier: 1.5 })
    const lastFullStart = d('2027-03-08T22:20:00Z') // a classmate starting now gets all 40 minutes
    expect(attemptDeadline(w, 40, lastFullStart)).toEqual(d('2027-03-08T23:20:00Z')) // 60 minutes
  })

  it('is null for an untimed assignment', () => {
    expect(attemptDeadline(effectiveWindow({ ...base, timeLimitMinutes: null }, null), null, new Date())).toBeNull()
  })
})

describe('late penalties', () => {
  it('count whole days late, rounded up, and cap at 100%', () => {
    expect(latePenalty(base, base.dueAt, d('2027-03-08T22:59:00Z'))).toEqual({ daysLate: 0, percent: 0 })
    expect(latePenalty(base, base.dueAt, d('2027-03-09T00:00:00Z'))).toEqual({ daysLate: 1, percent: 10 })
    expect(latePenalty(base, base.dueAt, d('2027-03-10T23:30:00Z'))).toEqual({ daysLate: 3, percent: 30 })
    expect(latePenalty({ ...base, latePenaltyPercentPerDay: 60 }, base.dueAt, d('2027-03-11T00:00:00Z')).percent).toBe(100)
  })

  it('do not apply when the policy closes at the due date', () => {
    expect(latePenalty({ ...base, latePolicy: 'CLOSE' }, base.dueAt, d('2027-03-09T05:00:00Z')).percent).toBe(0)
  })
})
