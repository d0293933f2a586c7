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
  assignment?: {
    title: string
    questionSetIds: string[]
    feedbackRelease: FeedbackRelease
    attemptsAllowed?: number
    /** A timed quiz: minutes per attempt. */
    timeLimitMinutes?: number
  }
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
  /** A student writes an essay; the instructor grades it on the rubric with passage comments, releases, and the student reads it. */
  'essay-feedback': {
    students: ['Rosa Delgado'],
    assignment: { title: 'Document essay', questionSetIds: ['document-essay'], feedbackRelease: 'MANUAL' },
  },
  /** A shuffled quiz's question numbers seen by student and instructor; release, confirm, withdraw. */
  'numbers-and-release': {
    students: ['Petra Novak', 'Quinn Adeyemi'],
    assignment: { title: 'Numbered quiz', questionSetIds: ['comprehension'], feedbackRelease: 'MANUAL' },
  },
  /** The fictional second lesson, assigned in the UI, taken and graded. */
  'second-lesson': { students: ['Lena Fischer'] },
  /** A student takes a timed quiz on a phone (tests/e2e/phone-and-polish.spec.ts). */
  'phone-quiz': {
    students: ['Sora Tanaka'],
    assignment: { title: 'Timed comprehension', questionSetIds: ['comprehension'], feedbackRelease: 'ON_SUBMIT', timeLimitMinutes: 45 },
  },
  /** Forms keep what was typed after a refusal: the instructor's class, roster and assignment forms. */
  'forms-instructor': { students: ['Pia Lund'] },
  /** Forms keep what was typed after a refusal: sign-up, sign-in, joining, account, invite and reset links. */
  'forms-people': { students: ['Tariq Aziz'] },
  /** Forms keep what was typed after a refusal: asking for a regrade and answering it. */
  'forms-regrade': {
    students: ['Rafael Costa'],
    assignment: { title: 'Ask about the grade', questionSetIds: ['comprehension'], feedbackRelease: 'ON_SUBMIT' },
  },
  /** The instructor invites students, copies their links, prints the join sheet and issues a reset. */
  'roster-links': { students: ['Rosa Roster'] },
  /** The instructor downloads every quiz as QTI 3 and the player scores it (tests/e2e/qti-round-trip.spec.ts). */
  exports: {
    students: ['Eva Export'],
    assignment: {
      title: 'All five quizzes',
      questionSetIds: ['pre-reading', 'comprehension', 'sourcing-and-context', 'evidence-and-argument', 'document-essay'],
      feedbackRelease: 'MANUAL',
    },
  },
  /** The administrator finds this student, changes their role, deactivates, reactivates, resets. */
  'admin-accounts': { students: ['Dieter Dahl'] },
  /** A timed quiz taken through a long loss of network (tests/e2e/offline-and-tabs.spec.ts). */
  'offline-timed': {
    students: ['Oskar Lind'],
    assignment: {
      title: 'Timed evidence quiz',
      questionSetIds: ['evidence-and-argument'],
      feedbackRelease: 'ON_SUBMIT',
      timeLimitMinutes: 30,
    },
  },
  /** One attempt open in two tabs of one browser (tests/e2e/offline-and-tabs.spec.ts). */
  'two-tabs': {
    students: ['Tove Strand', 'Dana Mills'],
    assignment: { title: 'Essay in two tabs', questionSetIds: ['document-essay'], feedbackRelease: 'ON_SUBMIT' },
  },
  /** The server answers 429/503 with Retry-After to saves and to submit (tests/e2e/offline-and-tabs.spec.ts). */
  'busy-server': {
    students: ['Bea Hart'],
    assignment: { title: 'Busy server quiz', questionSetIds: ['evidence-and-argument'], feedbackRelease: 'ON_SUBMIT' },
  },
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
