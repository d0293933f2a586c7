import { sortByName } from '@/lib/text/name-order'

// Pure: the one rule for naming students in grading responses. While grading is anonymous no name,
// email or user id leaves the server in any of them: each says "Student N" instead, where N is the
// student's stored number on the assignment (AnonymousNumber, given by load-student-labels.ts): the
// same on every quiz of the assignment, every screen and every page, and never derived from a name
// or an id. Grading responses take every student's label from here and never select a name.

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

/**
 * Pure: labels for the students behind an assignment's submitted attempts. `anonymousNumbers`
 * (userId → N) is needed only while grading is anonymous; a student without one is "A student".
 */
export function studentLabeller(
  settings: AnonymitySettings,
  students: { userId: string; name: string }[],
  anonymousNumbers: ReadonlyMap<string, number> = new Map(),
): LabelOf {
  const isAnonymous = isGradingAnonymous(settings)
  const names = new Map(students.map((s) => [s.userId, s.name]))
  const users = isAnonymous
    ? [...names.keys()].filter((u) => anonymousNumbers.has(u)).sort((a, b) => anonymousNumbers.get(a)! - anonymousNumbers.get(b)!)
    : sortByName(
        [...names.entries()],
        ([, name]) => name,
        ([userId]) => userId,
      ).map(([userId]) => userId)
  const labels = new Map<string, StudentLabel>(
    users.map((userId, i) => [
      userId,
      isAnonymous
        ? { studentLabel: `Student ${anonymousNumbers.get(userId)}`, studentId: null, rank: i }
        : { studentLabel: names.get(userId)!, studentId: userId, rank: i },
    ]),
  )
  // A student with no submitted attempt is not on any grading screen; never fall back to a name.
  return (userId) => labels.get(userId) ?? { studentLabel: 'A student', studentId: null, rank: users.length }
}
