import { paragraphPath } from '@/lib/content/paths'
import type { AttemptView } from '@/lib/quiz/get-attempt-view'
import { chosenIds, resultVerdict } from '@/lib/quiz/types'
import { AnnotatedText } from './annotated-text'
import { AnswerKeyNotice } from './answer-key-notice'
import { RightAnswer, YourAnswer } from './types'
import styles from './quiz.module.css'
import { formatPoints } from '@/lib/quiz/points'

// The released results: the score, then each question with the student's answer and the passage
// it rests on — and, once the answer key is shown (lib/quiz/answer-key-visibility.ts), the right
// answer, the explanation and the feedback on what they chose. Student text is rendered as text:
// never as HTML.

type Results = NonNullable<AttemptView['results']>

function InstructorComments({ comments }: { comments: Results['overallComments'] }) {
  return (
    <>
      <h3>Your instructor’s comments</h3>
      {comments.map((c, i) => (
        <div key={i} className={styles.choiceFeedback}>
          <p className={styles.studentText}>{c.body}</p>
          {c.quotedText && (
            <blockquote className={styles.passageQuote}>
              <span className={styles.paraNo}>{c.quotedParagraph!.replace('p', '¶')}</span> {c.quotedText}
            </blockquote>
          )}
        </div>
      ))}
    </>
  )
}

type QuestionFeedback = Results['perQuestion'][string]

/** Criterion by criterion: the level the grader chose, its description, and the points. */
function RubricFeedback({ lines, questionId }: { lines: NonNullable<QuestionFeedback['rubric']>; questionId: string }) {
  return (
    <table className={styles.rubricFeedback} aria-labelledby={`rubric-${questionId}`}>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Level reached</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, i) => (
          <tr key={i}>
            <th scope="row">{line.criterion ?? 'Rubric'}</th>
            <td>
              {line.level ? (
                <>
                  <span className={styles.levelName}>{line.level.label}</span>
                  {line.level.description && <span className={styles.levelDescription}>{line.level.description}</span>}
                </>
              ) : (
                '—'
              )}
            </td>
            <td>
              {line.level ? formatPoints(line.level.points) : '—'} / {formatPoints(line.max)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The answer's text with the commented passages marked, then the comments in order, each with its passage. */
function AnnotatedAnswer({
  text,
  annotations,
  questionId,
}: {
  text: string
  annotations: QuestionFeedback['annotations']
  questionId: string
}) {
  const prefix = `note-${questionId}`
  return (
    <>
      <AnnotatedText text={text} passages={annotations} idPrefix={prefix} />
      <h3>Comments on passages</h3>
      <ol className={styles.passageComments}>
        {annotations.map((a, n) => (
          <li key={n} id={`${prefix}-${n + 1}`}>
            <blockquote>“{a.quotedText.length > 200 ? `${a.quotedText.slice(0, 200)}…` : a.quotedText}”</blockquote>
            <p className={styles.studentText}>{a.body}</p>
          </li>
        ))}
      </ol>
    </>
  )
}

/** A written answer's stored text, where it has one (the passages' offsets count into it). */
const textOf = (answer: unknown) => {
  const text = (answer as { text?: unknown } | null | undefined)?.text
  return typeof text === 'string' ? text : null
}

export function AttemptResults({ view, results, regradeForm }: { view: AttemptView; results: Results; regradeForm?: React.ReactNode }) {
  // By stable number, the order the instructor goes over them in, not the attempt's shuffled order.
  const byNumber = [...view.questions].sort((a, b) => view.numbers[a.id] - view.numbers[b.id])
  return (
    <div className={styles.results}>
      {results.overallComments.length > 0 && (
        <section aria-label="Overall comments">
          <InstructorComments comments={results.overallComments} />
        </section>
      )}
      {results.regradeRequest ? (
        <section aria-labelledby="regrade-heading" className={styles.notice}>
          <h2 id="regrade-heading">Your question about the grade</h2>
          <p className={styles.studentText}>{results.regradeRequest.message}</p>
          <p>
            {results.regradeRequest.resolution ? (
              <>Your instructor replied: {results.regradeRequest.resolution}</>
            ) : (
              'Your instructor has not replied yet.'
            )}
          </p>
        </section>
      ) : (
        regradeForm
      )}
      {!view.answerKey.isShown && <AnswerKeyNotice view={view} />}
      <p className={styles.scoreLine}>
        Score: <strong>{formatPoints(results.score ?? 0)}</strong> of {formatPoints(results.maxScore ?? 0)}
        {!results.isFinal && ' so far — some answers are still being graded by your instructor'}
        {results.latePenaltyPercent > 0 && ` (after a ${results.latePenaltyPercent}% late penalty)`}
      </p>
      {byNumber.map((q) => {
        const r = results.perQuestion[q.id]
        const answer = view.saved[q.id]?.answer
        const verdict = resultVerdict(q.type, r.score, r.max)
        const text = textOf(answer)
        return (
          <section key={q.id} className={styles.resultCard} aria-labelledby={`r-${q.id}`}>
            <div className={styles.resultMain}>
              <h2 id={`r-${q.id}`}>
                Question {view.numbers[q.id]} · {verdict} · {r.score === null ? '—' : formatPoints(r.score)} / {formatPoints(r.max)}
              </h2>
              <p className={styles.prompt}>{q.prompt}</p>
              <h3>Your answer</h3>
              {text !== null && r.annotations.length > 0 ? (
                <AnnotatedAnswer text={text} annotations={r.annotations} questionId={q.id} />
              ) : (
                <YourAnswer question={q} answer={answer} />
              )}
              {r.rubric && (
                <>
                  <h3 id={`rubric-${q.id}`}>How your instructor graded it</h3>
                  <div className={styles.feedbackColumns}>
                    <RubricFeedback lines={r.rubric} questionId={q.id} />
                    {r.comments.length > 0 && (
                      <div>
                        <InstructorComments comments={r.comments} />
                      </div>
                    )}
                  </div>
                </>
              )}
              {r.review && (
                <>
                  <h3>The answer</h3>
                  <RightAnswer question={q} result={r.review} />
                  {chosenIds(q, answer)
                    .filter((id) => r.review!.choiceFeedback[id])
                    .map((id) => (
                      <p key={id} className={styles.choiceFeedback}>
                        <strong>On your choice:</strong> {r.review!.choiceFeedback[id]}
                      </p>
                    ))}
                  <h3>Why</h3>
                  <p>{r.review.explanation}</p>
                </>
              )}
              {!r.rubric && r.comments.length > 0 && <InstructorComments comments={r.comments} />}
            </div>
            <aside className={styles.resultPassage} aria-label={`The record, ${q.paragraphs.map((p) => p.replace('p', '¶')).join(', ')}`}>
              {q.paragraphs.map((p) => (
                <blockquote key={p} className={styles.passageQuote}>
                  <a className={styles.paraNo} href={paragraphPath(view.assignment.lessonSlug, p)}>
                    {p.replace('p', '¶')}
                  </a>{' '}
                  {view.paragraphs[p]}
                </blockquote>
              ))}
            </aside>
          </section>
        )
      })}
    </div>
  )
}
