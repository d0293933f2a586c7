import { isGradingAnonymous, studentLabeller } from '@/lib/review/grading/student-labels'

const students = [
  { userId: 'u-ana', name: 'Ana Kowalski' },
  { userId: 'u-zed', name: 'Zed Moreau' },
  { userId: 'u-ana', name: 'Ana Kowalski' },
  { userId: 'u-bo', name: 'Bo Chen' },
]
const anonymous = { anonymousGrading: true, gradingFinishedAt: null }
const stored = new Map([
  ['u-bo', 1],
  ['u-ana', 2],
  ['u-zed', 3],
])

describe('how grading screens name students', () => {
  it('grading is anonymous only while it is on and not yet marked finished', () => {
    expect(isGradingAnonymous(anonymous)).toBe(true)
    expect(isGradingAnonymous({ anonymousGrading: true, gradingFinishedAt: new Date() })).toBe(false)
    expect(isGradingAnonymous({ anonymousGrading: false, gradingFinishedAt: null })).toBe(false)
  })

  it('while anonymous, students carry their stored number, sort by it, and carry no name or id', () => {
    const label = studentLabeller(anonymous, students, stored)
    expect(['u-bo', 'u-ana', 'u-zed'].map(label)).toEqual([
      { studentLabel: 'Student 1', studentId: null, rank: 0 },
      { studentLabel: 'Student 2', studentId: null, rank: 1 },
      { studentLabel: 'Student 3', studentId: null, rank: 2 },
    ])
  })

  it('a student’s number does not depend on the order the students arrive in or on who else is listed', () => {
    expect(studentLabeller(anonymous, [...students].reverse(), stored)('u-zed').studentLabel).toBe('Student 3')
    expect(studentLabeller(anonymous, [{ userId: 'u-zed', name: 'Zed Moreau' }], stored)('u-zed').studentLabel).toBe('Student 3')
  })

  it('while anonymous, a student without a stored number is "A student", never a name', () => {
    expect(studentLabeller(anonymous, students, new Map([['u-bo', 1]]))('u-ana')).toEqual({
      studentLabel: 'A student',
      studentId: null,
      rank: 1,
    })
  })

  it('otherwise students are named, with their id, in name order', () => {
    const label = studentLabeller({ anonymousGrading: false, gradingFinishedAt: null }, students, stored)
    expect(['u-ana', 'u-bo', 'u-zed'].map((u) => [label(u).studentLabel, label(u).studentId, label(u).rank])).toEqual([
      ['Ana Kowalski', 'u-ana', 0],
      ['Bo Chen', 'u-bo', 1],
      ['Zed Moreau', 'u-zed', 2],
    ])
  })

  it('a student with no submitted attempt is never named', () => {
    expect(studentLabeller({ anonymousGrading: false, gradingFinishedAt: null }, students)('u-nobody')).toEqual({
      studentLabel: 'A student',
      studentId: null,
      rank: 3,
    })
  })
})
