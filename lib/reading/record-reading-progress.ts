import 'server-only'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/database/prisma-errors'
import { AppError } from '@/lib/errors'
import { lessonSectionIds, recordPartSectionId } from '@/lib/content/lesson-sections'
import { loadLesson } from '@/lib/content/load-lesson'
import type { TReadingBeat } from './schemas'

/**
 * The most one beat may add. The reader sends a beat every 30 s of reading (and on leaving), so
 * anything larger is a stale tab or a forged request, and only counts up to this.
 */
export const MAX_SECONDS_PER_BEAT = 120

/**
 * Adds a beat of reading to the user's row for that section of the lesson, creating it on the
 * first beat. One statement per row: the increment happens in the database, so concurrent beats
 * (two tabs) are all counted. A beat on the record may also say which of its parts (guide
 * sections) were in view: each part has its own row, "record:<part>", beside the record's total.
 */
export async function recordReadingProgress(opts: TReadingBeat & { userId: string }): Promise<void> {
  const lesson = await loadLesson(opts.lessonSlug)
  if (!lesson) throw new AppError('NOT_FOUND', 'There is no such lesson.')
  if (!lessonSectionIds(lesson).includes(opts.sectionId)) throw new AppError('BAD_INPUT', 'That is not a part of this lesson.')
  const parts = Object.entries(opts.parts ?? {})
  const partIds = new Set(lesson.guide.sections.map((s) => s.id))
  if (parts.length > 0 && (opts.sectionId !== 'record' || parts.some(([id]) => !partIds.has(id))))
    throw new AppError('BAD_INPUT', 'That is not a part of the record.')
  const seconds = clamp(opts.seconds)
  await addSeconds({ userId: opts.userId, lessonSlug: opts.lessonSlug, sectionId: opts.sectionId }, seconds)
  // A part never gets more than the beat itself.
  for (const [id, s] of parts)
    await addSeconds({ userId: opts.userId, lessonSlug: opts.lessonSlug, sectionId: recordPartSectionId(id) }, Math.min(clamp(s), seconds))
}

const clamp = (seconds: number) => Math.min(Math.max(0, Math.floor(seconds)), MAX_SECONDS_PER_BEAT)

async function addSeconds(key: { userId: string; lessonSlug: string; sectionId: string }, seconds: number) {
  const upsert = () => {
    const now = new Date()
    return db.readingProgress.upsert({
      where: { userId_lessonSlug_sectionId: key },
      create: { ...key, secondsSpent: seconds, firstOpenedAt: now, lastSeenAt: now },
      update: { secondsSpent: { increment: seconds }, lastSeenAt: now },
      select: { id: true },
    })
  }
  try {
    await upsert()
  } catch (error) {
    // Two first beats raced to create the row: the loser's retry finds it and increments it.
    if (!isUniqueViolation(error)) throw error
    await upsert()
  }
}
