import 'server-only'
import { db } from '@/lib/db'
import { isUniqueViolation } from '@/lib/database/prisma-errors'
import { AppError } from '@/lib/errors'
import { lessonSectionIds } from '@/lib/content/lesson-sections'
import { loadLesson } from '@/lib/content/load-lesson'
import type { TReadingBeat } from './schemas'

/**
 * The most one beat may add. The reader sends a beat every 30 s of reading (and on leaving), so
 * anything larger is a stale tab or a forged request, and only counts up to this.
 */
export const MAX_SECONDS_PER_BEAT = 120

/**
 * Adds a beat of reading to the user's row for that section of the lesson, creating it on the
 * first beat. One statement: the increment happens in the database, so concurrent beats (two tabs)
 * are all counted.
 */
export async function recordReadingProgress(opts: TReadingBeat & { userId: string }): Promise<void> {
  const lesson = await loadLesson(opts.lessonSlug)
  if (!lesson) throw new AppError('NOT_FOUND', 'There is no such lesson.')
  if (!lessonSectionIds(lesson).includes(opts.sectionId)) throw new AppError('BAD_INPUT', 'That is not a part of this lesson.')
  const seconds = Math.min(Math.max(0, Math.floor(opts.seconds)), MAX_SECONDS_PER_BEAT)
  const key = { userId: opts.userId, lessonSlug: opts.lessonSlug, sectionId: opts.sectionId }
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
