// The demo class's people. Emails use the reserved .test domain, so they can never reach anyone.
export const DEMO_PASSWORD = 'lectern-demo-2026'
export const DEMO_CLASS = { name: 'HIST 210 — The Cold War in Asia', term: 'Spring 2027' }
export const DEMO_ADMIN = { name: 'Lectern Administrator', email: 'admin@lectern.test' }
export const DEMO_INSTRUCTOR = { name: 'Prof. Miriam Okafor', email: 'instructor@lectern.test' }

const STUDENT_NAMES = [
  'Ana Kowalski',
  'Batbayar Ganbold',
  'Chloé Martin',
  'Daniel Osei',
  'Eun-ji Park',
  'Farid Haddad',
  'Grace Liu',
  'Hannah Schmidt',
  'Ibrahim Diallo',
  'Julia Rossi',
  'Kenji Watanabe',
  'Laila Ahmadi',
  'Marcus Johnson',
  'Nomin Erdene',
  'Olivia Brown',
  'Pedro Alves',
  'Qiu Yan',
  'Rosa Jiménez',
  'Samuel Cohen',
  'Tuya Bold',
  'Uma Patel',
  'Viktor Novak',
  'Wen Zhao',
  'Yasmin Khalil',
]

function emailFor(name: string, index: number) {
  if (index === 0) return 'student@lectern.test'
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  return `${ascii.replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@lectern.test`
}

export const DEMO_STUDENTS = STUDENT_NAMES.map((name, index) => ({ name, email: emailFor(name, index) }))

// How the demo class stands on its assignment. Ana (student@lectern.test, the README's demo
// student) has read but not started the quiz, so anyone trying the demo can take it.
const emails = DEMO_STUDENTS.map((s) => s.email)
/** Opened the reading; all but the last four. */
export const DEMO_READING_EMAILS = emails.slice(0, 20)
/** In the middle of the comprehension quiz. */
export const DEMO_IN_PROGRESS_EMAILS = emails.slice(1, 3)
/** Submitted both quizzes. */
export const DEMO_SUBMITTED_EMAILS = emails.slice(4, 20)
/** Has an extension of three days and 1.5× time on the timed quiz; has only read so far. */
export const DEMO_ACCOMMODATED_EMAIL = emails[3]
