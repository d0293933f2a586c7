// Each browser test that changes data gets a world of its own: an instructor, a class, students and
// (optionally) an assignment nobody else touches, seeded before the server starts
// (tests/e2e/support/seed-worlds.ts). So no test depends on another having run first, and a test run
// alone behaves as it does in the full suite. Tests that only read use the demo class.

export const WORLD_PASSWORD = 'a world of its own, for one test'

type FeedbackRelease = 'ON_SUBMIT' | 'AFTER_DUE' | 'MANUAL'

export type WorldSpec = {
  /** Student names, in roster order; their emails are derived from the world key and position. */
  students: string[]
  /** An open assignment on the lesson, due in five days. */
  assignment?: { title: string; questionSetIds: string[]; feedbackRelease: FeedbackRelease; attemptsAllowed?: number }
}

export const WORLDS = {
  /** The instructor creates an assignment with every question type. */
  'quiz-assign': { students: [] },
  /** Three students, each taking the every-type assignment on their own. */
  'quiz-every-type': {
    students: ['Ines Duarte', 'Jonas Berg', 'Mira Kaur'],
    assignment: {
      title: 'Every question type',
      questionSetIds: ['pre-reading', 'evidence-and-argument', 'document-essay'],
      feedbackRelease: 'ON_SUBMIT',
    },
  },
  /** The instructor sets up a three-attempt quiz and reads what the form says. */
  'answer-review-form': { students: [] },
  /** A student takes the first of three attempts. */
  'answer-review-attempts': {
    students: ['Omar Haddad'],
    assignment: { title: 'Three tries', questionSetIds: ['comprehension'], feedbackRelease: 'ON_SUBMIT', attemptsAllowed: 3 },
  },
  /** Submit, grade, release, read the feedback, ask for a regrade, resolve it. */
  'review-loop': {
    students: ['Ana Kowalski', 'Ben Okafor'],
    assignment: {
      title: 'Reading and comprehension quiz',
      questionSetIds: ['comprehension', 'evidence-and-argument'],
      feedbackRelease: 'MANUAL',
    },
  },
  /** The fictional second lesson, assigned in the UI, taken and graded. */
  'second-lesson': { students: ['Lena Fischer'] },
  /** The instructor invites students, copies their links, prints the join sheet and issues a reset. */
  'roster-links': { students: ['Rosa Roster'] },
  /** The administrator finds this student, changes their role, deactivates, reactivates, resets. */
  'admin-accounts': { students: ['Dieter Dahl'] },
} satisfies Record<string, WorldSpec>

export type WorldKey = keyof typeof WORLDS

export type WorldPerson = { name: string; email: string; password: string }

export type World = { key: WorldKey; className: string; instructor: WorldPerson; students: WorldPerson[] }

const emailOf = (key: string, who: string) => `${key}.${who}@e2e.lectern.test`

/** Who and what a world holds, as a test sees it: names, emails, the one password, the class name. */
export function world(key: WorldKey): World {
  const spec: WorldSpec = WORLDS[key]
  return {
    key,
    className: `E2E ${key}`,
    instructor: { name: `Instructor of ${key}`, email: emailOf(key, 'instructor'), password: WORLD_PASSWORD },
    students: spec.students.map((name, i) => ({ name, email: emailOf(key, `student-${i + 1}`), password: WORLD_PASSWORD })),
  }
}
