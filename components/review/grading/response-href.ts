// The grade-by-question page's query string: plain links keep the view in the address, so it
// survives a reload and works without JavaScript.
export interface ResponseView {
  /** The grade-by-question page's own path, which every view link keeps. */
  path: string
  isGrouped: boolean
  onlyUngraded: boolean
}

export function responsesHref(view: ResponseView, page = 1) {
  const query = new URLSearchParams()
  if (view.isGrouped) query.set('group', '1')
  if (view.onlyUngraded) query.set('show', 'ungraded')
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `${view.path}?${search}` : view.path
}

/** The grade-by-student screen of one attempt, scrolled to one question's response (attempt-grader.tsx ids them q-<id>). */
export function gradeResponseHref(opts: { classId: string; assignmentId: string; attemptId: string; questionId: string }) {
  return `/classes/${opts.classId}/assignments/${opts.assignmentId}/grade/attempt/${opts.attemptId}#q-${opts.questionId}`
}
