import { db } from '@/lib/db'
import { classOverview } from '@/lib/assignments/class-overview'
import { createAssignment } from '@/lib/assignments/create-assignment'
import { assignmentFormToInput } from '@/lib/assignments/form-to-input'
import { getStudentAssignment } from '@/lib/assignments/get-student-assignment'
import { listStudentAssignments } from '@/lib/assignments/list-student-assignments'
import { setAccommodation } from '@/lib/assignments/set-accommodation'
import { updateAssignment } from '@/lib/assignments/update-assignment'
import { removeStudent } from '@/lib/classes/remove-student'
import { getAttemptView } from '@/lib/quiz/get-attempt-view'
import { startAttempt } from '@/lib/quiz/start-attempt'
import { submitAttempt } from '@/lib/quiz/submit-attempt'
import { assignmentCounts, assignmentInput, classWithStudent, createUser } from '@/tests/factories'

const DAY = 86_400_000

describe('creating an assignment', () => {
  it('stores the dates in UTC exactly as given', async () => {
    const { instructor, klass } = await classWithStudent()
    const { id } = await createAssignment({
      userId: instructor.id,
      classId: klass.id,
      input: assignmentInput({ dueAt: '2027-03-08T17:00:00-06:00', opensAt: '2027-03-01T00:00:00Z' }),
    })
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).dueAt.toISOString()).toBe('2027-03-08T23:00:00.000Z')
  })

  const bad: [string, Record<string, unknown>, RegExp][] = [
    ['a malformed date', { dueAt: 'next tuesday' }, /valid date and time/],
    ['a due date before the opening', { dueAt: new Date(Date.now() - 2 * DAY).toISOString() }, /due date must be after the opening/],
    [
      'a late cutoff before the due date',
      { latePolicy: 'ACCEPT_WITH_PENALTY', lateCutoffAt: new Date(Date.now() + DAY).toISOString() },
      /late cutoff must be after the due date/,
    ],
    ['late work accepted with no cutoff', { latePolicy: 'ACCEPT_WITH_PENALTY' }, /Give a cutoff for late work/],
    ['a negative attempt count', { attemptsAllowed: -1 }, /at least one attempt/],
    ['a fractional attempt count', { attemptsAllowed: 1.5 }, /whole number/],
    ['an unknown question set', { questionSetIds: ['no-such-quiz'] }, /Unknown question set: “no-such-quiz”/],
    ['an unknown lesson part', { requiredParts: ['essay:made-up'] }, /Unknown part of the lesson/],
    ['an unknown lesson', { lessonSlug: 'nope' }, /Unknown lesson/],
    [
      'a penalty above 100%',
      { latePolicy: 'ACCEPT_WITH_PENALTY', lateCutoffAt: new Date(Date.now() + 9 * DAY).toISOString(), latePenaltyPercentPerDay: 150 },
      /at most 100%/,
    ],
    ['an unexpected field', { classId: 'someone-elses' }, /not a field this form accepts/],
  ]
  it.each(bad)('rejects %s with a clear message and saves nothing', async (_label, override, message) => {
    const { instructor, klass } = await classWithStudent()
    const before = await assignmentCounts()
    await expect(createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentInput(override) })).rejects.toThrow(message)
    expect(await assignmentCounts()).toEqual(before)
  })

  it('an assignment created without a choice withholds the answer key while attempts remain: attempt 2 cannot use attempt 1’s key', async () => {
    const { instructor, klass, student } = await classWithStudent()
    const { id } = await createAssignment({
      userId: instructor.id,
      classId: klass.id,
      input: assignmentInput({ attemptsAllowed: 3, feedbackRelease: 'ON_SUBMIT' }),
    })
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).answerKeyRelease).toBe('AFTER_LAST_ATTEMPT_OR_CLOSE')
    const { attemptId } = await startAttempt({ userId: student.id, assignmentId: id, questionSetId: 'comprehension' })
    await submitAttempt({ userId: student.id, attemptId })
    await startAttempt({ userId: student.id, assignmentId: id, questionSetId: 'comprehension' })
    const view = await getAttemptView({ userId: student.id, attemptId })
    expect(view?.results?.score).toBe(0)
    expect(view?.answerKey.isShown).toBe(false)
    expect(JSON.stringify(view)).not.toContain('"explanation"')
  })

  it('stores the answer-key choice posted by the assignment form, and rejects one it does not offer', async () => {
    const { instructor, klass } = await classWithStudent()
    const form = new FormData()
    for (const [key, value] of Object.entries(assignmentInput({ answerKeyRelease: 'AFTER_CLOSE' }))) {
      if (Array.isArray(value)) for (const v of value) form.append(key, v)
      else if (value !== null) form.append(key, String(value))
    }
    const { id } = await createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentFormToInput(form) })
    expect((await db.assignment.findUniqueOrThrow({ where: { id } })).answerKeyRelease).toBe('AFTER_CLOSE')
    form.set('answerKeyRelease', 'ALWAYS')
    await expect(createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentFormToInput(form) })).rejects.toThrow(
      /Choose when students see the correct answers/,
    )
  })

  it('only an instructor of the class may create one', async () => {
    const { klass, student } = await classWithStudent()
    const stranger = await createUser({ role: 'INSTRUCTOR' })
    for (const userId of [student.id, stranger.id]) {
      await expect(createAssignment({ userId, classId: klass.id, input: assignmentInput() })).rejects.toThrow('Class not found.')
    }
  })
})

describe('editing after students started', () => {
  async function started() {
    const ctx = await classWithStudent()
    const { id } = await createAssignment({
      userId: ctx.instructor.id,
      classId: ctx.klass.id,
      input: assignmentInput({ attemptsAllowed: 2 }),
    })
    await db.attempt.create({
      data: {
        assignmentId: id,
        userId: ctx.student.id,
        questionSetId: 'comprehension',
        number: 2,
        status: 'SUBMITTED',
        submittedAt: new Date(),
        questionVersions: {},
      },
    })
    return { ...ctx, assignmentId: id }
  }

  it('refuses changes that would alter submitted work, and changes nothing', async () => {
    const { instructor, assignmentId } = await started()
    const before = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })
    await expect(
      updateAssignment({ userId: instructor.id, assignmentId, input: assignmentInput({ questionSetIds: [], attemptsAllowed: 2 }) }),
    ).rejects.toThrow(/Quizzes with student attempts cannot be removed/)
    await expect(updateAssignment({ userId: instructor.id, assignmentId, input: assignmentInput({ attemptsAllowed: 1 }) })).rejects.toThrow(
      /already used 2 attempts/,
    )
    await expect(
      updateAssignment({
        userId: instructor.id,
        assignmentId,
        input: assignmentInput({
          attemptsAllowed: 2,
          latePolicy: 'ACCEPT_WITH_PENALTY',
          lateCutoffAt: new Date(Date.now() + 9 * DAY).toISOString(),
          latePenaltyPercentPerDay: 10,
        }),
      }),
    ).rejects.toThrow(/late policy and penalty cannot change/)
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).toEqual(before)
  })

  it('allows safe changes and explains their effect', async () => {
    const { instructor, assignmentId } = await started()
    const { notices } = await updateAssignment({
      userId: instructor.id,
      assignmentId,
      input: assignmentInput({ attemptsAllowed: 3, dueAt: new Date(Date.now() + 7 * DAY).toISOString(), timeLimitMinutes: 30 }),
    })
    expect(notices.join(' ')).toMatch(/keep the late penalty/)
    expect(notices.join(' ')).toMatch(/attempts in progress keep their deadline/)
  })

  it('changing when students see the correct answers is allowed after they started, and explained', async () => {
    const { instructor, assignmentId } = await started()
    const { notices } = await updateAssignment({
      userId: instructor.id,
      assignmentId,
      input: assignmentInput({ attemptsAllowed: 2, answerKeyRelease: 'WITH_FEEDBACK' }),
    })
    expect(notices.join(' ')).toMatch(/Correct answers changed/)
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).answerKeyRelease).toBe('WITH_FEEDBACK')
  })

  it('another class’s instructor cannot edit it', async () => {
    const { assignmentId } = await started()
    const stranger = await createUser({ role: 'INSTRUCTOR' })
    await expect(updateAssignment({ userId: stranger.id, assignmentId, input: assignmentInput() })).rejects.toThrow('Assignment not found.')
  })
})

describe('accommodations', () => {
  it('give one student later dates and a time multiplier, and they see their own', async () => {
    const { instructor, student, klass } = await classWithStudent()
    const { id } = await createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentInput({ timeLimitMinutes: 40 }) })
    const extended = new Date(Date.now() + 8 * DAY)
    await setAccommodation({
      userId: instructor.id,
      assignmentId: id,
      input: { studentId: student.id, dueAt: extended.toISOString(), timeMultiplier: 1.5 },
    })
    const [view] = await listStudentAssignments({ userId: student.id })
    expect(view.window.dueAt).toEqual(extended)
    expect(view.window.timeLimitMinutes).toBe(60)
    expect(view.window.isAdjusted).toBe(true)
  })

  it('reject an extension before the opening date and a multiplier below 1', async () => {
    const { instructor, student, klass } = await classWithStudent()
    const { id } = await createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentInput() })
    const before = await assignmentCounts()
    await expect(
      setAccommodation({
        userId: instructor.id,
        assignmentId: id,
        input: { studentId: student.id, dueAt: new Date(Date.now() - 3 * DAY).toISOString(), timeMultiplier: 1 },
      }),
    ).rejects.toThrow(/after the opening date/)
    await expect(
      setAccommodation({ userId: instructor.id, assignmentId: id, input: { studentId: student.id, timeMultiplier: 0.5 } }),
    ).rejects.toThrow(/at least 1/)
    expect(await assignmentCounts()).toEqual(before)
  })

  it('cannot be set for a student outside the class', async () => {
    const { instructor, klass } = await classWithStudent()
    const outsider = await createUser()
    const { id } = await createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentInput() })
    await expect(
      setAccommodation({ userId: instructor.id, assignmentId: id, input: { studentId: outsider.id, timeMultiplier: 2 } }),
    ).rejects.toThrow(/No such student/)
  })
})

describe('what students see', () => {
  it('the dashboard lists assignments sorted by what is due next, with reading status', async () => {
    const { instructor, student, klass } = await classWithStudent()
    const later = await createAssignment({
      userId: instructor.id,
      classId: klass.id,
      input: assignmentInput({ title: 'Later', dueAt: new Date(Date.now() + 9 * DAY).toISOString() }),
    })
    const sooner = await createAssignment({
      userId: instructor.id,
      classId: klass.id,
      input: assignmentInput({ title: 'Sooner', dueAt: new Date(Date.now() + 2 * DAY).toISOString() }),
    })
    await db.readingProgress.create({
      data: { userId: student.id, lessonSlug: 'batmunkh-kim-1986', sectionId: 'record', secondsSpent: 60 },
    })
    const views = await listStudentAssignments({ userId: student.id })
    expect(views.map((v) => v.id)).toEqual([sooner.id, later.id])
    expect(views[0]).toMatchObject({ status: 'READING', partsRead: ['record'], timing: 'OPEN' })
  })

  it('a removed student can no longer open the class’s assignments, but their work remains', async () => {
    const { instructor, student, klass } = await classWithStudent()
    const { id } = await createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentInput() })
    await db.attempt.create({
      data: { assignmentId: id, userId: student.id, questionSetId: 'comprehension', number: 1, questionVersions: {} },
    })
    expect(await getStudentAssignment({ userId: student.id, assignmentId: id })).not.toBeNull()
    await removeStudent({ userId: instructor.id, classId: klass.id, studentId: student.id })
    expect(await getStudentAssignment({ userId: student.id, assignmentId: id })).toBeNull()
    expect(await listStudentAssignments({ userId: student.id })).toEqual([])
    expect(await db.attempt.count({ where: { assignmentId: id, userId: student.id } })).toBe(1)
  })

  it('a student of another class cannot open the assignment', async () => {
    const { instructor, klass } = await classWithStudent()
    const { id } = await createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentInput() })
    const other = await createUser()
    expect(await getStudentAssignment({ userId: other.id, assignmentId: id })).toBeNull()
  })

  it('the class overview counts students by status and shows who has not opened the reading', async () => {
    const { instructor, student, klass } = await classWithStudent()
    const idle = await createUser({ name: 'Idle Student' })
    await db.membership.create({ data: { userId: idle.id, classId: klass.id, role: 'STUDENT' } })
    await createAssignment({ userId: instructor.id, classId: klass.id, input: assignmentInput() })
    await db.readingProgress.create({ data: { userId: student.id, lessonSlug: 'batmunkh-kim-1986', sectionId: 'record' } })
    const [overview] = await classOverview({ userId: instructor.id, classId: klass.id })
    expect(overview.counts).toMatchObject({ READING: 1, NOT_STARTED: 1 })
    expect(overview.students.filter((s) => !s.hasOpenedReading).map((s) => s.name)).toEqual(['Idle Student'])
    await expect(classOverview({ userId: student.id, classId: klass.id })).rejects.toThrow('Class not found.')
  })
})
