// The question downloads through their routes, as an instructor's browser fetches them: the
// teacher of the class gets each format with the right type and name, an assignment's package has
// a section per quiz, and everyone else — a student of the class, another class's instructor —
// gets the gradebook's 404, as does a format that does not exist.
import JSZip from 'jszip'
import { installNextRequestMocks, signInAs, type SessionUser } from '@/tests/setup/next-request-mocks'

installNextRequestMocks()
const { GET: setExport } = await import('@/app/(instructor)/classes/[classId]/lessons/[lessonSlug]/sets/[setId]/export/[format]/route')
const { GET: assignmentExport } = await import('@/app/(instructor)/classes/[classId]/assignments/[assignmentId]/export/[format]/route')
const { assignment, classOf } = await import('@/tests/factories/review-class')
const { createUser } = await import('@/tests/factories')

const as = (u: { id: string; name: string; email: string; role?: string }): SessionUser =>
  ({ id: u.id, name: u.name, email: u.email, role: u.role ?? 'STUDENT' }) as SessionUser

let world: Awaited<ReturnType<typeof classOf>> & { quizId: string; outsider: SessionUser }
beforeAll(async () => {
  const base = await classOf(['Sam Student'])
  const quiz = await assignment(base.klass.id, { title: 'Week 3 & 4 quizzes', questionSetIds: ['comprehension', 'pre-reading'] })
  const outsider = await createUser({ role: 'INSTRUCTOR', name: 'Other Instructor' })
  world = { ...base, quizId: quiz.id, outsider: as(outsider) }
})

const getSet = (format: string, setId = 'comprehension') =>
  setExport(new Request(`http://localhost/x`), {
    params: Promise.resolve({ classId: world.klass.id, lessonSlug: 'batmunkh-kim-1986', setId, format }),
  })
const getAssignment = (format: string) =>
  assignmentExport(new Request(`http://localhost/x`), {
    params: Promise.resolve({ classId: world.klass.id, assignmentId: world.quizId, format }),
  })

describe('question downloads', () => {
  it('gives the class’s instructor each format with its content type and a file name of the class, set and date', async () => {
    signInAs(as(world.instructor))
    const expected = {
      qti3: ['application/zip', 'qti3.zip'],
      canvas: ['application/zip', 'canvas-qti.zip'],
      moodle: ['application/xml; charset=utf-8', 'moodle.xml'],
      gift: ['text/plain; charset=utf-8', 'gift.txt'],
      aiken: ['text/plain; charset=utf-8', 'aiken.txt'],
    }
    for (const [format, [type, extension]] of Object.entries(expected)) {
      const response = await getSet(format)
      expect([format, response.status, response.headers.get('content-type')]).toEqual([format, 200, type])
      expect(response.headers.get('content-disposition')).toMatch(
        new RegExp(`-comprehension-\\d{4}-\\d{2}-\\d{2}\\.${extension.replace('.', '\\.')}"$`),
      )
      expect(response.headers.get('cache-control')).toBe('private, no-store')
    }
  })

  it('packs an assignment’s quizzes as one QTI test with a section per quiz, escaping its title', async () => {
    signInAs(as(world.instructor))
    const response = await getAssignment('qti3')
    const zip = await JSZip.loadAsync(await response.arrayBuffer())
    const test = await zip.file('test.xml')!.async('string')
    expect(test.match(/<qti-assessment-section /g)).toHaveLength(2)
    expect(test).toContain('title="Week 3 &amp; 4 quizzes"')
    expect(Object.keys(zip.files).filter((f) => f.startsWith('items/')).length).toBeGreaterThan(25)
  })

  it('answers 404 to a student of the class and to another class’s instructor, for a set and for an assignment', async () => {
    for (const user of [as(world.students['Sam Student']), world.outsider]) {
      signInAs(user)
      expect((await getSet('qti3')).status).toBe(404)
      expect((await getAssignment('gift')).status).toBe(404)
    }
  })

  it('answers 404 to an unknown format or question set, even for the teacher', async () => {
    signInAs(as(world.instructor))
    expect((await getSet('docx')).status).toBe(404)
    expect((await getSet('qti3', 'no-such-set')).status).toBe(404)
    expect((await getSet('__proto__')).status).toBe(404)
  })
})
