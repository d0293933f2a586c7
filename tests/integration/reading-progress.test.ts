import { db } from '@/lib/db'
import { MAX_SECONDS_PER_BEAT, recordReadingProgress } from '@/lib/reading/record-reading-progress'
import { createUser } from '@/tests/factories'

const lessonSlug = 'batmunkh-kim-1986'
const rowFor = (userId: string, sectionId: string) =>
  db.readingProgress.findUnique({ where: { userId_lessonSlug_sectionId: { userId, lessonSlug, sectionId } } })

describe('recording reading progress', () => {
  it('creates the row on the first beat and adds later beats to it', async () => {
    const student = await createUser()
    await recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'record', seconds: 0 })
    const opened = await rowFor(student.id, 'record')
    expect(opened?.secondsSpent).toBe(0)
    await recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'record', seconds: 30 })
    await recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'record', seconds: 12 })
    const row = await rowFor(student.id, 'record')
    expect(row?.secondsSpent).toBe(42)
    expect(row?.firstOpenedAt).toEqual(opened?.firstOpenedAt)
    expect(row!.lastSeenAt.getTime()).toBeGreaterThanOrEqual(opened!.lastSeenAt.getTime())
  })

  it('keeps each section of the lesson apart', async () => {
    const student = await createUser()
    await recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'essay:vladivostok-and-the-soviet-withdrawal', seconds: 30 })
    await recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'map', seconds: 5 })
    const rows = await db.readingProgress.findMany({ where: { userId: student.id }, orderBy: { sectionId: 'asc' } })
    expect(rows.map((r) => [r.sectionId, r.secondsSpent])).toEqual([
      ['essay:vladivostok-and-the-soviet-withdrawal', 30],
      ['map', 5],
    ])
  })

  it('caps what a single beat can add', async () => {
    const student = await createUser()
    await recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'glossary', seconds: 3600 })
    expect((await rowFor(student.id, 'glossary'))?.secondsSpent).toBe(MAX_SECONDS_PER_BEAT)
  })

  it('counts every one of several simultaneous beats, including racing first beats', async () => {
    const student = await createUser()
    await Promise.all(
      Array.from({ length: 6 }, () => recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'timeline', seconds: 10 })),
    )
    expect((await rowFor(student.id, 'timeline'))?.secondsSpent).toBe(60)
    expect(await db.readingProgress.count({ where: { userId: student.id } })).toBe(1)
  })

  it('refuses sections and lessons that do not exist, and writes nothing', async () => {
    const student = await createUser()
    await expect(
      recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'essay:no-such-essay', seconds: 5 }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' })
    await expect(
      recordReadingProgress({ userId: student.id, lessonSlug: 'no-such-lesson', sectionId: 'record', seconds: 5 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await db.readingProgress.count({ where: { userId: student.id } })).toBe(0)
  })

  it('keeps the time on each part of the record beside the record’s total, never more than the beat', async () => {
    const student = await createUser()
    await recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'record', seconds: 0, parts: { 'opening-and-framing': 0 } })
    await recordReadingProgress({
      userId: student.id,
      lessonSlug,
      sectionId: 'record',
      seconds: 30,
      parts: { 'opening-and-framing': 10, 'kim-vietnam-kampuchea': 99 },
    })
    const rows = await db.readingProgress.findMany({ where: { userId: student.id }, orderBy: { sectionId: 'asc' } })
    expect(rows.map((r) => [r.sectionId, r.secondsSpent])).toEqual([
      ['record', 30],
      ['record:kim-vietnam-kampuchea', 30],
      ['record:opening-and-framing', 10],
    ])
  })

  it('refuses parts that are not the record’s, and writes nothing', async () => {
    const student = await createUser()
    await expect(
      recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'record', seconds: 5, parts: { 'no-such-part': 5 } }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' })
    await expect(
      recordReadingProgress({ userId: student.id, lessonSlug, sectionId: 'map', seconds: 5, parts: { 'opening-and-framing': 5 } }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' })
    expect(await db.readingProgress.count({ where: { userId: student.id } })).toBe(0)
  })
})
