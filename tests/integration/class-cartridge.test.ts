import JSZip from 'jszip'
import { installNextRequestMocks, signInAs, REQUEST_HEADERS, type SessionUser } from '@/tests/setup/next-request-mocks'

installNextRequestMocks()
const { classCartridge } = await import('@/lib/exports/class-cartridge')
const { publicOrigin } = await import('@/lib/http/public-url')
const { createClass, createUser, enrol } = await import('@/tests/factories')
const { assignment } = await import('@/tests/factories/review-class')
const { GET } = await import('@/app/(instructor)/classes/[classId]/lessons/[lessonSlug]/cartridge/route')

const LESSON = 'batmunkh-kim-1986'

async function world() {
  const teacher = await createUser({ role: 'INSTRUCTOR', name: 'Prof. Cartridge' })
  const klass = await createClass({ instructorId: teacher.id, name: 'HIST 210: The Cold War in Asia' })
  const student = await createUser({ name: 'Ana' })
  await enrol(student.id, klass.id)
  const otherTeacher = await createUser({ role: 'INSTRUCTOR' })
  const otherClass = await createClass({ instructorId: otherTeacher.id })
  const first = await assignment(klass.id, { title: 'Comprehension' })
  const second = await assignment(klass.id, { title: 'Evidence & argument', questionSetIds: ['evidence-and-argument'] })
  // Neither of these belongs in the class's cartridge for this lesson.
  const elsewhere = await assignment(otherClass.id, { title: 'Another class’s quiz' })
  const otherLesson = await assignment(klass.id, { title: 'Another lesson’s quiz', lessonSlug: 'some-other-lesson' })
  const asSession = (u: { id: string; name: string; email: string; role: string }) => u as SessionUser
  return {
    teacher: asSession(teacher),
    student: asSession(student),
    otherTeacher: asSession(otherTeacher),
    klass,
    first,
    second,
    elsewhere,
    otherLesson,
  }
}

async function download(user: SessionUser | null, classId: string, lessonSlug = LESSON) {
  signInAs(user)
  try {
    const request = new Request(`http://localhost:3000/classes/${classId}/lessons/${lessonSlug}/cartridge`, { headers: REQUEST_HEADERS })
    return await GET(request, { params: Promise.resolve({ classId, lessonSlug }) })
  } finally {
    signInAs(null)
  }
}

/** The custom lectern_assignment values of the cartridge's LTI links, in module order. */
async function linkedAssignments(zip: JSZip) {
  const files = Object.keys(zip.files).filter((name) => name.startsWith('lti/') && !zip.files[name].dir)
  const xml = await Promise.all(files.map((name) => zip.file(name)!.async('string')))
  return xml.map((x) => ({
    id: /<lticm:property name="lectern_assignment">([^<]+)</.exec(x)?.[1],
    launchUrl: /<blti:launch_url>([^<]+)</.exec(x)?.[1],
  }))
}

describe('the class cartridge download', () => {
  it('gives the class’s teacher a zip with a link to each of the class’s assignments on the lesson', async () => {
    const w = await world()
    const response = await download(w.teacher, w.klass.id)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="hist-210-the-cold-war-in-asia-batmunkh-kim-1986-cartridge-\d{4}-\d{2}-\d{2}\.imscc"$/,
    )
    const zip = await JSZip.loadAsync(await response.arrayBuffer())
    expect(zip.file('imsmanifest.xml')).not.toBeNull()
    const launchUrl = `${publicOrigin(new Headers(REQUEST_HEADERS))}/api/lti/launch`
    expect((await linkedAssignments(zip)).sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(
      [w.first.id, w.second.id].sort().map((id) => ({ id, launchUrl })),
    )
    const manifest = await zip.file('imsmanifest.xml')!.async('string')
    expect(manifest).toContain('<title>Evidence &amp; argument</title>')
    expect(manifest).not.toContain(w.elsewhere.id)
    expect(manifest).not.toContain(w.otherLesson.id)
  })

  it('answers NOT_FOUND to the class’s student, another class’s teacher and someone signed out', async () => {
    const w = await world()
    for (const user of [w.student, w.otherTeacher, null]) expect((await download(user, w.klass.id)).status).toBe(404)
  })

  it('answers NOT_FOUND to the teacher for a lesson that does not exist', async () => {
    const w = await world()
    expect((await download(w.teacher, w.klass.id, 'no-such-lesson')).status).toBe(404)
    await expect(
      classCartridge({ userId: w.teacher.id, classId: w.klass.id, lessonSlug: 'no-such-lesson', origin: 'https://x.example' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
