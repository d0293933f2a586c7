// LTI roles (LIS vocabulary, LTI Core 1.3 Appendix A) to a Lectern class role. Anyone who teaches
// the course — instructor, teaching assistant, content developer, course administrator — teaches
// the class in Lectern; a learner is a student. Other roles (mentor, observer, guest) have no place
// in a class yet, so their launch is refused with a page that says so. Short forms without the
// namespace are accepted, as LTI Core allows for context roles.

const TEACHING = ['Instructor', 'TeachingAssistant', 'ContentDeveloper', 'Administrator']
const LEARNING = ['Learner']

function contextRoleName(uri: string): string | null {
  const m = /^http:\/\/purl\.imsglobal\.org\/vocab\/lis\/v2\/membership(?:\/([A-Za-z]+))?#([A-Za-z]+)$/.exec(uri)
  if (m) return m[1] ?? m[2] // a sub-role such as membership/Instructor#TeachingAssistant counts as its principal role
  return /^[A-Za-z]+$/.test(uri) ? uri : null
}

export type LaunchRole = 'INSTRUCTOR' | 'STUDENT'

export function classRoleOf(roles: string[]): LaunchRole | null {
  const names = roles.map(contextRoleName).filter((n): n is string => n !== null)
  if (names.some((n) => TEACHING.includes(n))) return 'INSTRUCTOR'
  if (names.some((n) => LEARNING.includes(n))) return 'STUDENT'
  return null
}
