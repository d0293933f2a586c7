// Pure: the one rule for naming students in grading responses. While grading is anonymous no name,
// email or user id leaves the server in any of them: each says "Student N" instead, and N is the
// same for one student on every screen (by-question, by-student, overview, previews), numbered by
// their first submitted attempt's id so it does not move between page loads. Grading responses
// take every student's label from here (via load-student-labels.ts) and never select a name.

export interface AnonymitySettings {
  anonymousGrading: boolean
  gradingFinishedAt: Date | null
}

/** Names are hidden from graders until grading is marked finished (docs/decisions/006-grading.md). */
export function isGradingAnonymous(a: AnonymitySettings): boolean {
  return a.anonymousGrading && a.gradingFinishedAt === null
}

export interface StudentLabel {
  /** The name, or "Student N" while grading is anonymous. */
  studentLabel: string
  /** Null while anonymous, so a per-student action cannot reveal who it is for. */
  studentId: string | null
  /** Where the student sorts: by name, or by N while anonymous. */
  rank: number
}

export type LabelOf = (userId: string) => StudentLabel

/** Pure: labels for the students behind these submitted attempts. */
export function studentLabeller(settings: AnonymitySettings, attempts: { id: string; userId: string; name: string }[]): LabelOf {
  const isAnonymous = isGradingAnonymous(settings)
  const firstAttempt = new Map<string, { id: string; name: string }>()
  for (const a of attempts) {
    const seen = firstAttempt.get(a.userId)
    if (!seen || a.id < seen.id) firstAttempt.set(a.userId, { id: a.id, name: a.name })
  }
  const users = [...firstAttempt.entries()].sort(
    isAnonymous ? ([, a], [, b]) => (a.id < b.id ? -1 : 1) : ([, a], [, b]) => a.name.localeCompare(b.name),
  )
  const labels = new Map<string, StudentLabel>(
    users.map(([userId, { name }], i) => [
      userId,
      isAnonymous ? { studentLabel: `Student ${i + 1}`, studentId: null, rank: i } : { studentLabel: name, studentId: userId, rank: i },
    ]),
  )
  // A student with no submitted attempt is not on any grading screen; never fall back to a name.
  return (userId) => labels.get(userId) ?? { studentLabel: 'A student', studentId: null, rank: users.length }
}
