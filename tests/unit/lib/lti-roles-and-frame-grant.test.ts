import { classRoleOf } from '@/lib/lti/roles'
import { readFrameGrant, signFrameGrant } from '@/lib/lti/frame-grant'

const LIS = 'http://purl.imsglobal.org/vocab/lis/v2/membership'

describe('LTI roles become class roles', () => {
  it('teaching roles, sub-roles such as teaching assistant, and short forms all teach', () => {
    expect(classRoleOf([`${LIS}#Instructor`])).toBe('INSTRUCTOR')
    expect(classRoleOf([`${LIS}/Instructor#TeachingAssistant`])).toBe('INSTRUCTOR')
    expect(classRoleOf([`${LIS}#ContentDeveloper`])).toBe('INSTRUCTOR')
    expect(classRoleOf(['Instructor'])).toBe('INSTRUCTOR')
  })
  it('a learner studies, and teaching wins when someone holds both', () => {
    expect(classRoleOf([`${LIS}#Learner`])).toBe('STUDENT')
    expect(classRoleOf([`${LIS}#Learner`, `${LIS}#Instructor`])).toBe('INSTRUCTOR')
  })
  it('mentors, institution-only roles, look-alike URIs and no roles at all have no place in a class', () => {
    expect(classRoleOf([`${LIS}#Mentor`])).toBeNull()
    expect(classRoleOf(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor'])).toBeNull()
    expect(classRoleOf(['http://evil.example/membership#Instructor'])).toBeNull()
    expect(classRoleOf([])).toBeNull()
  })
})

describe('the frame grant', () => {
  const secret = 'a-secret-of-at-least-thirty-two-chars'
  it('names the origins it was signed for', () => {
    expect(readFrameGrant(signFrameGrant(['https://canvas.example.edu'], secret), secret)).toEqual(['https://canvas.example.edu'])
  })
  it('a grant edited by hand, signed with another secret, or read without a secret allows no framing', () => {
    const grant = signFrameGrant(['https://canvas.example.edu'], secret)
    const [, signature] = grant.split('.')
    const widened = `${Buffer.from(JSON.stringify(['https://evil.example'])).toString('base64url')}.${signature}`
    expect(readFrameGrant(widened, secret)).toEqual([])
    expect(readFrameGrant(grant, 'another-secret-of-thirty-two-characters')).toEqual([])
    expect(readFrameGrant(grant, undefined)).toEqual([])
    expect(readFrameGrant('garbage', secret)).toEqual([])
  })
  it('an origin that could inject another CSP directive is dropped', () => {
    expect(readFrameGrant(signFrameGrant(["https://a.example; script-src 'unsafe-inline'"], secret), secret)).toEqual([])
  })
})
