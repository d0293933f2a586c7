import 'server-only'
import { analyticsDb, db } from '@/lib/db'
import { assertTeaches } from '@/lib/classes/class-access'
import { loadQuestionSet } from '@/lib/content/question-sets'
import type { TQuestion } from '@/lib/quiz/question-schema'
import { questionsByVersion } from '@/lib/quiz/question-snapshot'
import { questionNumbers } from '@/lib/quiz/question-number'
import { recordSentences } from '@/lib/content/record'
import { CSV_BOM, csvRow, type CsvValue } from './csv'
import { exportFilename } from './export-filename'
import { readableAnswer, sentenceTextIn } from './readable-answer'

const HEADER = [
  'Student',
  'Email',
  'Enrolment',
  'Assignment',
  'Quiz',
  // The question's stable number in its quiz (question-number.ts): the Q7 of every screen.
  'Question',
  'Question id',
  'Skill',
  'Paragraphs',
  'Attempt',
  'Answer',
  'Score',
  'Out of',
  'Graded by',
  'Graded at',
]
// Students per database round trip: keeps memory flat for a class of any size.
const BATCH = 200

interface Scope {
  classId: string
  assignments: { id: string; title: string; lessonSlug: string; questionSetIds: string[] }[]
  students: { id: string; name: string; email: string; isRemoved: boolean }[]
}

/**
 * Every student's answer to every question of every assignment, one CSV row each — including
 * questions left unanswered and quizzes not started, so the file pivots cleanly. Answers are shown
 * from the latest submitted attempt (a quiz still in progress is listed without its draft).
 * Assignments under anonymous grading are left out until grading is finished.
 * Authorization happens before the first byte: NOT_FOUND unless the user teaches the class.
 */
export async function exportResponses(opts: {
  userId: string
  classId: string
  now?: Date
}): Promise<{ filename: string; stream: ReadableStream<Uint8Array> }> {
  // Authorization on the primary; the answers may come from a replica (lib/db.ts).
  await assertTeaches(db, opts)
  const [klass, assignments, memberships] = await Promise.all([
    analyticsDb.class.findUniqueOrThrow({ where: { id: opts.classId }, select: { name: true } }),
    // Answers of an assignment still graded anonymously would put names beside them: left out until grading is finished.
    analyticsDb.assignment.findMany({
      where: { classId: opts.classId, OR: [{ anonymousGrading: false }, { gradingFinishedAt: { not: null } }] },
      orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, title: true, lessonSlug: true, questionSetIds: true },
    }),
    analyticsDb.membership.findMany({
      where: { classId: opts.classId, role: 'STUDENT' },
      orderBy: [{ removedAt: { sort: 'asc', nulls: 'first' } }, { user: { name: 'asc' } }],
      select: { removedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
  ])
  const scope: Scope = {
    classId: opts.classId,
    assignments,
    students: memberships.map((m) => ({ ...m.user, isRemoved: m.removedAt !== null })),
  }
  const lines = responseLines(scope)
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next()
      if (next.done) controller.close()
      else controller.enqueue(encoder.encode(next.value))
    },
    async cancel() {
      await lines.return(undefined)
    },
  })
  return { filename: exportFilename(klass.name, 'responses', opts.now ?? new Date()), stream }
}

type LoadedAttempt = Awaited<ReturnType<typeof loadAttempts>>[number]

function loadAttempts(assignmentIds: string[], userIds: string[]) {
  return analyticsDb.attempt.findMany({
    where: { assignmentId: { in: assignmentIds }, userId: { in: userIds } },
    orderBy: { number: 'asc' },
    select: {
      assignmentId: true,
      userId: true,
      questionSetId: true,
      status: true,
      submittedAt: true,
      questionVersions: true,
      responses: { select: { questionId: true, answer: true, score: true, gradedById: true, gradedAt: true } },
    },
  })
}

/** The latest submitted attempt of each student on each quiz, else the one in progress. */
function latestAttempts(attempts: LoadedAttempt[]): Map<string, LoadedAttempt> {
  const out = new Map<string, LoadedAttempt>()
  for (const a of attempts) {
    const key = `${a.userId}|${a.assignmentId}|${a.questionSetId}`
    const held = out.get(key)
    if (!held || a.status === 'SUBMITTED' || held.status !== 'SUBMITTED') out.set(key, a)
  }
  return out
}

async function* responseLines(scope: Scope): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(HEADER)
  const graderNames = new Map<string, string>()
  for (let i = 0; i < scope.students.length; i += BATCH) {
    const batch = scope.students.slice(i, i + BATCH)
    const attempts = latestAttempts(
      await loadAttempts(
        scope.assignments.map((a) => a.id),
        batch.map((s) => s.id),
      ),
    )
    const hashes = [...attempts.values()].flatMap((a) => Object.values(a.questionVersions as Record<string, string>))
    const versions = await questionsByVersion(hashes)
    const graderIds = [...new Set([...attempts.values()].flatMap((a) => a.responses.map((r) => r.gradedById)))].filter(
      (id): id is string => !!id && !graderNames.has(id),
    )
    if (graderIds.length)
      for (const u of await analyticsDb.user.findMany({ where: { id: { in: graderIds } }, select: { id: true, name: true } }))
        graderNames.set(u.id, u.name)

    let chunk = ''
    for (const student of batch) {
      for (const assignment of scope.assignments) {
        const sentences = await recordSentences(assignment.lessonSlug)
        const sentenceText = sentenceTextIn(sentences)
        for (const setId of assignment.questionSetIds) {
          const { set } = await loadQuestionSet(assignment.lessonSlug, setId)
          const attempt = attempts.get(`${student.id}|${assignment.id}|${setId}`)
          const shown = (attempt?.questionVersions ?? {}) as Record<string, string>
          const numbers = questionNumbers(set.questions)
          for (const current of set.questions) {
            // The version this student saw, when there is one: its choices are what they picked from.
            const q: TQuestion = (shown[current.id] && versions.get(shown[current.id])) || current
            const base: CsvValue[] = [
              student.name,
              student.email,
              student.isRemoved ? 'removed' : 'current',
              assignment.title,
              set.title,
              numbers[current.id],
              q.id,
              q.skill,
              q.paragraphs.map((p) => `¶${p.slice(1)}`).join(' '),
            ]
            if (!attempt || attempt.status !== 'SUBMITTED') {
              chunk += csvRow([...base, attempt ? 'in progress' : 'not started', '', null, q.points, '', null])
              continue
            }
            const r = attempt.responses.find((x) => x.questionId === q.id)
            const answer = r ? readableAnswer(q, r.answer, sentenceText) : ''
            const score = r ? r.score : 0 // an unanswered question was scored 0 on submit
            const gradedBy = r?.gradedById
              ? (graderNames.get(r.gradedById) ?? 'a former instructor')
              : score === null
                ? 'awaiting grading'
                : 'automatic'
            chunk += csvRow([
              ...base,
              'submitted',
              answer || '(no answer)',
              score,
              q.points,
              gradedBy,
              r?.gradedAt ?? (score === null ? null : attempt.submittedAt),
            ])
          }
        }
      }
    }
    yield chunk
  }
}
