import 'server-only'
import { fullMarks } from '@/lib/assignments/full-marks'
import { assertTeaches } from '@/lib/classes/class-access'
import type { Lesson } from '@/lib/content/parse-lesson'
import { requireLesson } from '@/lib/content/require-lesson'
import { db } from '@/lib/db'
import { toolUrls } from '@/lib/lti/tool-urls'
import { exportFilename } from '@/lib/review/export-filename'
import { buildCartridge, type CartridgeAssignment } from './cartridge'

// A lesson as a Common Cartridge for one class: its reading, and a link to each of the class's
// assignments on that lesson. Teachers of the class only; anyone else, and an unknown lesson, get
// NOT_FOUND (assertTeaches, requireLesson).

const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })

function description(lesson: Lesson, a: { questionSetIds: string[]; opensAt: Date; dueAt: Date }): string {
  const titles = a.questionSetIds.map((id) => lesson.questionSets.find((s) => s.set.id === id)?.set.title ?? id)
  return `${lesson.info.title}. In Lectern: ${titles.join('; ')}. Opens ${WHEN.format(a.opensAt)} UTC, due ${WHEN.format(a.dueAt)} UTC.`
}

export async function classCartridge(opts: {
  userId: string
  classId: string
  lessonSlug: string
  /** Lectern's public origin, for the links' launch URL (lib/http/public-url.ts). */
  origin: string
  now?: Date
}): Promise<{ filename: string; zip: Uint8Array }> {
  await assertTeaches(db, opts)
  const lesson = await requireLesson(opts.lessonSlug)
  const klass = await db.class.findUniqueOrThrow({ where: { id: opts.classId }, select: { name: true } })
  const rows = await db.assignment.findMany({
    where: { classId: opts.classId, lessonSlug: lesson.slug },
    select: { id: true, title: true, questionSetIds: true, opensAt: true, dueAt: true },
    orderBy: [{ opensAt: 'asc' }, { createdAt: 'asc' }],
  })
  const assignments: CartridgeAssignment[] = await Promise.all(
    rows.map(async (a) => ({
      id: a.id,
      title: a.title,
      description: description(lesson, a),
      points: await fullMarks(lesson.slug, a.questionSetIds),
    })),
  )
  const zip = await buildCartridge({ lesson, assignments, launchUrl: toolUrls(opts.origin).targetLinkUri })
  return { filename: exportFilename(klass.name, `${lesson.slug}-cartridge`, opts.now ?? new Date(), 'imscc'), zip }
}
