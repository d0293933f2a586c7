import { getClassReading } from '@/lib/reading/class-reading'
import { recordReadingProgress } from '@/lib/reading/record-reading-progress'
import { removeStudent } from '@/lib/classes/remove-student'
import { assignment, classOf, outsiders } from '@/tests/factories/review-class'

const lessonSlug = 'batmunkh-kim-1986'

// Ana read the opening part of the record and one essay; Ben opened the record and left at once;
// Cy read nothing; Eve read, then was removed from the class.
async function readingClass() {
  const ctx = await classOf(['Ana', 'Ben', 'Cy', 'Eve'])
  await assignment(ctx.klass.id)
  const { Ana, Ben, Eve } = ctx.students
  await recordReadingProgress({ userId: Ana.id, lessonSlug, sectionId: 'record', seconds: 0, parts: { 'opening-and-framing': 0 } })
  await recordReadingProgress({ userId: Ana.id, lessonSlug, sectionId: 'record', seconds: 90, parts: { 'opening-and-framing': 60 } })
  await recordReadingProgress({ userId: Ana.id, lessonSlug, sectionId: 'essay:vladivostok-and-the-soviet-withdrawal', seconds: 45 })
  await recordReadingProgress({ userId: Ben.id, lessonSlug, sectionId: 'record', seconds: 0 })
  await recordReadingProgress({ userId: Eve.id, lessonSlug, sectionId: 'record', seconds: 100 })
  await removeStudent({ userId: ctx.instructor.id, classId: ctx.klass.id, studentId: Eve.id })
  return ctx
}

let f: Awaited<ReturnType<typeof readingClass>>
beforeAll(async () => {
  f = await readingClass()
}, 60_000)

const reading = async () => (await getClassReading({ userId: f.instructor.id, classId: f.klass.id }))!

describe('reading progress per student and part', () => {
  it('lists the record, each of its parts by ¶ range, and each essay', async () => {
    const r = await reading()
    expect(r.parts[0]).toMatchObject({ id: 'record', kind: 'record' })
    expect(r.parts[1]).toMatchObject({ id: 'record:opening-and-framing', kind: 'record-part', place: '¶1–3' })
    expect(r.parts[2]).toMatchObject({ id: 'record:batmunkh-mongolia-ussr-china', place: '¶4–11' })
    expect(r.parts.filter((p) => p.kind === 'essay')).toHaveLength(6)
  })

  it('gives each current student opened-or-not and seconds for every part, students with no reading included', async () => {
    const r = await reading()
    const of = (name: string) => r.students.find((s) => s.name === name)!.parts
    expect(r.students.map((s) => s.name)).toEqual(['Ana', 'Ben', 'Cy'])
    expect(of('Ana')['record']).toEqual({ isOpened: true, seconds: 90 })
    expect(of('Ana')['record:opening-and-framing']).toEqual({ isOpened: true, seconds: 60 })
    expect(of('Ana')['record:kim-vietnam-kampuchea']).toEqual({ isOpened: false, seconds: 0 })
    expect(of('Ana')['essay:vladivostok-and-the-soviet-withdrawal']).toEqual({ isOpened: true, seconds: 45 })
    expect(of('Ben')['record']).toEqual({ isOpened: true, seconds: 0 })
    expect(Object.values(of('Cy')).every((p) => !p.isOpened && p.seconds === 0)).toBe(true)
  })

  it('sums each part over the class: how many opened it, the median and total time of those who did', async () => {
    const r = await reading()
    expect(r.summaries['record']).toEqual({ opened: 2, medianSeconds: 45, totalSeconds: 90 })
    expect(r.summaries['record:opening-and-framing']).toEqual({ opened: 1, medianSeconds: 60, totalSeconds: 60 })
    expect(r.summaries['record:kim-vietnam-kampuchea']).toEqual({ opened: 0, medianSeconds: null, totalSeconds: 0 })
  })

  it('answers NOT_FOUND to a student, another class’s instructor and a lesson the class has no assignment on', async () => {
    const { otherInstructor } = await outsiders()
    await expect(getClassReading({ userId: f.students.Ana.id, classId: f.klass.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getClassReading({ userId: otherInstructor.id, classId: f.klass.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getClassReading({ userId: f.instructor.id, classId: f.klass.id, lessonSlug: 'no-such-lesson' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('has nothing to show for a class without assignments', async () => {
    const ctx = await classOf(['Zed'])
    expect(await getClassReading({ userId: ctx.instructor.id, classId: ctx.klass.id })).toBeNull()
  })
})
