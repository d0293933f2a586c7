// One class with everything an intruder could aim at — a student's submitted and in-progress
// attempts, a short answer to grade, a regrade request, a saved comment — and the people who must
// not reach it. Used by the authorization sweep.
import { db } from '@/lib/db'
import { loadQuestionSet } from '@/lib/content/question-sets'
import { saveToCommentBank } from '@/lib/review/grading/comment-bank'
import { requestRegrade } from '@/lib/review/grading/regrade-requests'
import { releaseFeedback } from '@/lib/review/grading/release-feedback'
import { addAnnotation } from '@/lib/review/grading/response-annotations'
import { createClass, createUser, enrol } from './index'
import { assignment, classOf, takeQuiz } from './review-class'

export const evidence = (await loadQuestionSet('batmunkh-kim-1986', 'evidence-and-argument')).set
export const shortQuestion = evidence.questions.find((q) => q.type === 'short')!
const comprehension = (await loadQuestionSet('batmunkh-kim-1986', 'comprehension')).set
export const singleQuestion = comprehension.questions.find((q) => q.type === 'single')!

/** Text only the victim class holds: none of it may reach an intruder. */
export const SECRETS = { answer: 'Secret answer about the 1966 treaty.', bank: 'Secret bank comment for my own class.' }

export async function victimWorld() {
  const { instructor, klass, students } = await classOf(['Victoria Victim'])
  const student = await db.user.findUniqueOrThrow({ where: { id: students['Victoria Victim'].id } })
  const quiz = await assignment(klass.id, {
    questionSetIds: ['comprehension', 'evidence-and-argument'],
    feedbackRelease: 'MANUAL',
    attemptsAllowed: 3,
  })
  const answers = { [shortQuestion.id]: { text: SECRETS.answer } }
  const gradedAttempt = await takeQuiz({ userId: student.id, assignmentId: quiz.id, setId: 'evidence-and-argument', answers })
  const choice = singleQuestion.type === 'single' ? singleQuestion.correct : ''
  const submittedAttempt = await takeQuiz({
    userId: student.id,
    assignmentId: quiz.id,
    setId: 'comprehension',
    answers: { [singleQuestion.id]: { choice } },
  })
  const openAttempt = await takeQuiz({ userId: student.id, assignmentId: quiz.id, setId: 'comprehension', answers: {}, submit: false })
  // A student may ask about a grade once feedback is out.
  await releaseFeedback({ userId: instructor.id, assignmentId: quiz.id, studentId: student.id })
  const request = await requestRegrade({
    userId: student.id,
    input: { attemptId: gradedAttempt, message: 'Please look at my short answer again.' },
  })
  await saveToCommentBank({
    userId: instructor.id,
    input: { assignmentId: quiz.id, questionSetId: 'evidence-and-argument', body: SECRETS.bank },
  })
  const response = await db.response.findFirstOrThrow({ where: { attemptId: gradedAttempt, questionId: shortQuestion.id } })
  // A comment on a passage of the answer, for the edit and delete actions to aim at.
  const annotation = await addAnnotation({
    userId: instructor.id,
    input: { responseId: response.id, start: 0, end: 6, quotedText: SECRETS.answer.slice(0, 6), body: 'Victim passage comment' },
  })

  const outsiderInstructor = await createUser({ role: 'INSTRUCTOR', name: 'Olga Outsider' })
  const otherClass = await createClass({ instructorId: outsiderInstructor.id })
  const outsiderStudent = await createUser({ name: 'Oscar Outsider' })
  await enrol(outsiderStudent.id, otherClass.id)
  // The owner of the admin pages' actions, which aim at the victim's accounts and class.
  const admin = await createUser({ role: 'ADMIN', name: 'Ada Administrator' })

  return {
    instructor,
    student,
    klass,
    quiz,
    gradedAttempt,
    submittedAttempt,
    openAttempt,
    requestId: request.id,
    responseId: response.id,
    annotationId: annotation.id,
    outsiderInstructor,
    outsiderStudent,
    admin,
  }
}
export type World = Awaited<ReturnType<typeof victimWorld>>

/** Everything of the victim class and its people, as one comparable value. */
export async function victimSnapshot(w: World) {
  const users = [w.instructor.id, w.student.id]
  const assignmentIds = (await db.assignment.findMany({ where: { classId: w.klass.id }, select: { id: true } })).map((a) => a.id)
  const attemptIds = (await db.attempt.findMany({ where: { assignmentId: { in: assignmentIds } }, select: { id: true } })).map((a) => a.id)
  const tables = await Promise.all([
    db.user.findMany({ where: { id: { in: users } }, omit: { passwordHash: false }, orderBy: { id: 'asc' } }),
    db.class.findMany({ where: { id: w.klass.id } }),
    db.membership.findMany({ where: { classId: w.klass.id }, orderBy: { id: 'asc' } }),
    db.assignment.findMany({ where: { classId: w.klass.id }, orderBy: { id: 'asc' } }),
    db.accommodation.findMany({ where: { assignmentId: { in: assignmentIds } }, orderBy: { id: 'asc' } }),
    db.attempt.findMany({ where: { id: { in: attemptIds } }, orderBy: { id: 'asc' } }),
    db.response.findMany({ where: { attemptId: { in: attemptIds } }, orderBy: { id: 'asc' } }),
    db.feedback.findMany({ where: { attemptId: { in: attemptIds } }, orderBy: { id: 'asc' } }),
    db.responseAnnotation.findMany({ where: { response: { attemptId: { in: attemptIds } } }, orderBy: { id: 'asc' } }),
    db.regradeRequest.findMany({ where: { attemptId: { in: attemptIds } }, orderBy: { id: 'asc' } }),
    db.rubricEdit.findMany({ where: { assignmentId: { in: assignmentIds } }, orderBy: { id: 'asc' } }),
    db.commentBankEntry.findMany({ where: { createdById: { in: users } }, orderBy: { id: 'asc' } }),
    db.oneTimeToken.findMany({ where: { OR: [{ classId: w.klass.id }, { userId: { in: users } }] }, orderBy: { id: 'asc' } }),
    db.readingProgress.findMany({ where: { userId: { in: users } }, orderBy: { id: 'asc' } }),
  ])
  return JSON.stringify(tables, (_key, value) => (typeof value === 'bigint' ? value.toString() : value))
}
