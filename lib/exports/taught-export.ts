import 'server-only'
import { getTaughtAssignment } from '@/lib/assignments/get-taught-assignment'
import { assertTeaches } from '@/lib/classes/class-access'
import { questionSetOf } from '@/lib/content/question-sets'
import { requireLesson } from '@/lib/content/require-lesson'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import type { Lesson } from '@/lib/content/parse-lesson'
import type { ExportInput, ExportSection } from './export-input'

// What an instructor may export: a question set of a lesson, from a class they teach, or the quizzes
// of one of their class's assignments. Everyone else — students, other instructors, unknown ids —
// gets the same NOT_FOUND as the gradebook gives them.

export interface TaughtExport {
  input: ExportInput
  className: string
}

const lessonOrNotFound = (slug: string) => requireLesson(slug.slice(0, 64))

/** A question set as an export section; NOT_FOUND when the lesson has no such set. */
function sectionOf(lesson: Lesson, setId: string): ExportSection {
  const { set, questions } = questionSetOf(lesson, setId)
  return { id: set.id, title: set.title, questions: questions.map((v) => v.question) }
}

async function classNameOf(classId: string) {
  return (await db.class.findUniqueOrThrow({ where: { id: classId }, select: { name: true } })).name
}

export async function taughtSetExport(opts: { userId: string; classId: string; lessonSlug: string; setId: string }): Promise<TaughtExport> {
  await assertTeaches(db, opts)
  const lesson = await lessonOrNotFound(opts.lessonSlug)
  const section = sectionOf(lesson, opts.setId)
  return {
    input: { identifier: section.id, title: section.title, sections: [section], lesson },
    className: await classNameOf(opts.classId),
  }
}

export async function taughtAssignmentExport(opts: { userId: string; classId: string; assignmentId: string }): Promise<TaughtExport> {
  const assignment = await getTaughtAssignment(opts)
  if (!assignment) throw new AppError('NOT_FOUND', 'Assignment not found.')
  const lesson = await lessonOrNotFound(assignment.lessonSlug)
  return {
    input: {
      identifier: `assignment-${assignment.id}`,
      title: assignment.title,
      sections: assignment.questionSetIds.map((id) => sectionOf(lesson, id)),
      lesson,
    },
    className: await classNameOf(opts.classId),
  }
}
