import 'server-only'
import { assertTeaches } from '@/lib/classes/class-access'
import type { Lesson } from '@/lib/content/parse-lesson'
import { requireLesson } from '@/lib/content/require-lesson'
import { db } from '@/lib/db'

// The gate for every print page: the user teaches the class (else NOT_FOUND, as for a student or
// another class's instructor), and the lesson exists (else NOT_FOUND). Lessons are not tied to a
// class, so any lesson may be printed for a class one teaches, as the question-set exports allow.

export interface TaughtLesson {
  className: string
  lesson: Lesson
}

export async function getTaughtLesson(opts: { userId: string; classId: string; lessonSlug: string }): Promise<TaughtLesson> {
  await assertTeaches(db, opts)
  const lesson = await requireLesson(opts.lessonSlug.slice(0, 64))
  const { name } = await db.class.findUniqueOrThrow({ where: { id: opts.classId }, select: { name: true } })
  return { className: name, lesson }
}
