// The demo class's people. Emails use the reserved .test domain, so they can never reach anyone.
export const DEMO_PASSWORD = 'lectern-demo-2026'
export const DEMO_CLASS = { name: 'HIST 210 — The Cold War in Asia', term: 'Spring 2027' }
export const DEMO_ADMIN = { name: 'Lectern Administrator', email: 'admin@lectern.test' }
export const DEMO_INSTRUCTOR = { name: 'Prof. Miriam Okafor', email: 'instructor@lectern.test' }

const STUDENT_NAMES = [
  'Ana Kowalski', 'Batbayar Ganbold', 'Chloé Martin', 'Daniel Osei', 'Eun-ji Park', 'Farid Haddad',
  'Grace Liu', 'Hannah Schmidt', 'Ibrahim Diallo', 'Julia Rossi', 'Kenji Watanabe', 'Laila Ahmadi',
  'Marcus Johnson', 'Nomin Erdene', 'Olivia Brown', 'Pedro Alves', 'Qiu Yan', 'Rosa Jiménez',
  'Samuel Cohen', 'Tuya Bold', 'Uma Patel', 'Viktor Novak', 'Wen Zhao', 'Yasmin Khalil',
]

function emailFor(name: string, index: number) {
  if (index === 0) return 'student@lectern.test'
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  return `${ascii.replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@lectern.test`
}

export const DEMO_STUDENTS = STUDENT_NAMES.map((name, index) => ({ name, email: emailFor(name, index) }))

/** Demo students who have opened the reading (the rest have not started). */
export const DEMO_READING_EMAILS = DEMO_STUDENTS.slice(0, 14).map((s) => s.email)
/** Has an extension of three days and 1.5× time on the timed quiz. */
export const DEMO_ACCOMMODATED_EMAIL = DEMO_STUDENTS[3].email
