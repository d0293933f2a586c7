import { db } from '@/lib/db'
import { createAssignment } from '@/lib/assignments/create-assignment'
import { lessonCatalog } from '@/lib/content/catalog'
import { readLessonFiles } from '@/lib/content/lesson-files'
import { lessonSlugs, loadLesson } from '@/lib/content/load-lesson'
import { validateLesson } from '@/lib/content/validate-lesson'
import { saveAnswer } from '@/lib/quiz/save-answer'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { submitAttempt } from '@/lib/quiz/submit-attempt'
import { gradeResponses } from '@/lib/review/grading/grade-responses'
import { listQuestionResponses } from '@/lib/review/grading/list-question-responses'
import { assignmentInput, classWithStudent } from '@/tests/factories'

// A second lesson is one folder and no code: tests/fixtures/lessons/test-memorandum (a fictional
// four-paragraph memorandum) is found, checked, assigned, taken, scored and graded by the same
// code as the real lesson. LECTERN_TEST_LESSONS=1 adds the fixtures' folder to the lesson roots
// (lib/content/lesson-files.ts); it is read on every call, so setting it here is enough.
process.env.LECTERN_TEST_LESSONS = '1'
const SLUG = 'test-memorandum'

describe('a second lesson, added as one folder', () => {
  it('is listed after the real lesson, loads whole, and passes the content check with no errors', async () => {
    expect(lessonSlugs()).toEqual(['batmunkh-kim-1986', SLUG])
    expect((await validateLesson(readLessonFiles(SLUG))).filter((i) => i.severity === 'error')).toEqual([])
    const lesson = (await loadLesson(SLUG))!
    expect(lesson.record.paragraphs.map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p4'])
    expect(lesson).toMatchObject({ map: null, timeline: [], essays: [] })
    expect(lesson.questionSets.map((s) => s.set.id)).toEqual(['opening-hours'])
    expect(await lessonCatalog(SLUG)).toMatchObject({
      title: lesson.info.title,
      parts: [{ id: 'record', title: 'The record (all 4 paragraphs)' }],
      questionSets: [{ id: 'opening-hours', questionCount: 5, points: 8 }],
    })
  })

  it('is not a lesson without LECTERN_TEST_LESSONS=1', async () => {
    process.env.LECTERN_TEST_LESSONS = ''
    try {
      expect(lessonSlugs()).toEqual(['batmunkh-kim-1986'])
      expect(await loadLesson(SLUG)).toBeNull()
    } finally {
      process.env.LECTERN_TEST_LESSONS = '1'
    }
  })

  it('an instructor assigns its question set, a student takes it, it is scored, and the short answer is graded by hand', async () => {
    const { instructor, student, klass } = await classWithStudent()
    const { id: assignmentId } = await createAssignment({
      userId: instructor.id,
      classId: klass.id,
      input: assignmentInput({ title: 'Opening hours', lessonSlug: SLUG, requiredParts: ['record'], questionSetIds: ['opening-hours'] }),
    })

    const { attemptId } = await startAttempt({ userId: student.id, assignmentId, questionSetId: 'opening-hours' })
    const answers: [string, unknown][] = [
      ['oh-who-proposed', { choice: 'director' }],
      ['oh-evenings-every-day', { value: false, because: 'thursdays' }],
      ['oh-order', { order: ['o-meet', 'o-director', 'o-clerk', 'o-decide'] }],
      ['oh-evidence-work', { sentences: ['p3.s1'] }], // the wrong sentence: scores 0
      ['oh-short-why', { text: 'It is a trial run, because readers work until six.' }],
    ]
    for (const [i, [questionId, answer]] of answers.entries()) {
      expect(await saveAnswer({ userId: student.id, attemptId, input: { questionId, answer, seq: i + 1 } })).toMatchObject({
        status: 'saved',
      })
    }
    await submitAttempt({ userId: student.id, attemptId })
    // 1 + 2 + 1 of the automatically scored 5 points; the short answer's 3 wait for a grader.
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ score: 4, maxScore: 8, isScoreFinal: false })

    const { responses } = await listQuestionResponses({ userId: instructor.id, assignmentId, questionId: 'oh-short-why' })
    expect(responses).toHaveLength(1)
    await gradeResponses({
      userId: instructor.id,
      input: {
        assignmentId,
        questionId: 'oh-short-why',
        responses: [{ id: responses[0].responseId!, version: responses[0].version }],
        choice: { levelId: 'full' },
        comment: 'Yes: a trial, tied to the readers’ hours.',
      },
    })
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ score: 7, maxScore: 8, isScoreFinal: true })
  })
})
