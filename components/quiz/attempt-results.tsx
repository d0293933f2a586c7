import { paragraphPath } from '@/lib/content/paths'
import type { AttemptView } from '@/lib/quiz/get-attempt-view'
import { chosenIds } from '@/lib/quiz/types'
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
        const verdict =
          r.score === null ? 'Awaiting grading' : r.score >= r.max ? 'Correct' : r.score > 0 ? 'Partly correct' : 'Not correct'
        return (
          <section key={q.id} className={styles.resultCard} aria-labelledby={`r-${q.id}`}>
            <div className={styles.resultMain}>
              <h2 id={`r-${q.id}`}>
                Question {view.numbers[q.id]} · {verdict} · {r.score === null ? '—' : formatPoints(r.score)} / {formatPoints(r.max)}
              </h2>
              <p className={styles.prompt}>{q.prompt}</p>
              <h3>Your answer</h3>
              <YourAnswer question={q} answer={answer} />
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
              {r.comments.length > 0 && <InstructorComments comments={r.comments} />}
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
