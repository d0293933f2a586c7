import { isGradingAnonymous, studentLabeller } from '@/lib/review/grading/student-labels'

const attempts = [
  { id: 'c3', userId: 'u-ana', name: 'Ana Kowalski' },
  { id: 'a1', userId: 'u-zed', name: 'Zed Moreau' },
  { id: 'b2', userId: 'u-ana', name: 'Ana Kowalski' },
  { id: 'd4', userId: 'u-bo', name: 'Bo Chen' },
]
const anonymous = { anonymousGrading: true, gradingFinishedAt: null }

describe('how grading screens name students', () => {
  it('grading is anonymous only while it is on and not yet marked finished', () => {
    expect(isGradingAnonymous(anonymous)).toBe(true)
    expect(isGradingAnonymous({ anonymousGrading: true, gradingFinishedAt: new Date() })).toBe(false)
    expect(isGradingAnonymous({ anonymousGrading: false, gradingFinishedAt: null })).toBe(false)
  })

  it('while anonymous, students are numbered by their first attempt and carry no name or id', () => {
    const label = studentLabeller(anonymous, attempts)
    expect(['u-zed', 'u-ana', 'u-bo'].map(label)).toEqual([
      { studentLabel: 'Student 1', studentId: null, rank: 0 },
      { studentLabel: 'Student 2', studentId: null, rank: 1 },
      { studentLabel: 'Student 3', studentId: null, rank: 2 },
    ])
  })

  it('a student’s number does not depend on the order the attempts arrive in', () => {
    const label = studentLabeller(anonymous, [...attempts].reverse())
    expect(label('u-ana').studentLabel).toBe('Student 2')
  })

  it('otherwise students are named, with their id, in name order', () => {
    const label = studentLabeller({ anonymousGrading: false, gradingFinishedAt: null }, attempts)
    expect(['u-ana', 'u-bo', 'u-zed'].map((u) => [label(u).studentLabel, label(u).studentId, label(u).rank])).toEqual([
      ['Ana Kowalski', 'u-ana', 0],
      ['Bo Chen', 'u-bo', 1],
      ['Zed Moreau', 'u-zed', 2],
    ])
  })

  it('a student with no submitted attempt is never named', () => {
    expect(studentLabeller({ anonymousGrading: false, gradingFinishedAt: null }, attempts)('u-nobody')).toEqual({
      studentLabel: 'A student',
      studentId: null,
      rank: 3,
    })
  })
})
