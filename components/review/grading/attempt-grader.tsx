'use client'
import { isAnsweredOnRecord, type TQuestion } from '@/lib/quiz/types'
import { answerAsLines } from '@/lib/review/readable-answer'
import type { Rubric } from '@/lib/review/grading/rubric'
import { CommentBox } from './comment-box'
import { GradeControls, type GradableResponse } from './grade-controls'
import { PassageAnswer, PassageComments, PassageProvider, type PassageAnnotation } from './passage-comments'
import { useGrade } from './use-grade'
import styles from './grading.module.css'
import { formatPoints } from '@/lib/quiz/points'
import { suggestionWords } from '@/lib/review/grading/suggestion-words'

interface Item {
  question: TQuestion
  /** Its stable number in the set (lib/quiz/question-number.ts), as the student saw it labelled. */
  number: number
  rubric: Rubric | null
  response: (GradableResponse & { answer: unknown }) | null
  comments: { id: string; body: string; quotedParagraph: string | null }[]
  /** A written answer's text as stored (passage comments count into it); null for other answers. */
  text: string | null
  annotations: PassageAnnotation[]
}

/** Evidence answers drawn on the record itself: chosen sentences highlighted, accepted ones marked. */
function EvidenceOnRecord({
  q,
  answer,
  sentences,
}: {
  q: Extract<TQuestion, { type: 'evidence' }>
  answer: unknown
  sentences: Record<string, { id: string; text: string }[]>
}) {
  const chosen = ((answer as { sentences?: string[] } | null)?.sentences ?? []) as string[]
  return (
    <div>
      {q.paragraphs.map((p) => (
        <p key={p} className={styles.passage}>
          <span className={styles.paraNo}>{p.replace('p', '¶')}</span>{' '}
          {(sentences[p] ?? []).map((s) => (
            <span key={s.id} className={chosen.includes(s.id) ? styles.highlight : undefined}>
              {chosen.includes(s.id) && <span className="visually-hidden">[chosen] </span>}
              {s.text}
              {q.accepted.includes(s.id) && <sup title="accepted by the key"> ✓</sup>}{' '}
            </span>
          ))}
        </p>
      ))}
      <p className={styles.help}>Highlighted: the student’s choices · ✓ accepted by the key.</p>
    </div>
  )
}

function QuestionCard({
  item,
  assignmentId,
  setId,
  attemptId,
  paragraphs,
  sentences,
}: {
  item: Item
  assignmentId: string
  setId: string
  attemptId: string
  paragraphs: Record<string, string>
  sentences: Record<string, { id: string; text: string }[]>
}) {
  const { question: q, response } = item
  const { grade, isPending, message } = useGrade(assignmentId, q.id)
  const card = (
    <article className={styles.row} aria-labelledby={`q-${q.id}`}>
      <div>
        <div className={styles.rowHead}>
          <h3 id={`q-${q.id}`}>
            Question {item.number} <span className={styles.group}>· {q.type}</span>
          </h3>
          <span className={styles.score}>
            {response
              ? response.score === null
                ? `Not graded${response.suggested !== null ? ` · ${suggestionWords(response.suggested, q.points)}` : ''}`
                : `${formatPoints(response.score)} / ${formatPoints(q.points)}`
              : `Unanswered · 0 / ${formatPoints(q.points)}`}
          </span>
        </div>
        <p className={`${styles.help} ${styles.lines}`}>{q.prompt}</p>
        {!response ? (
          <p className={styles.unanswered}>No answer was given.</p>
        ) : q.type === 'evidence' ? (
          <EvidenceOnRecord q={q} answer={response.answer} sentences={sentences} />
        ) : item.text !== null ? (
          <PassageAnswer annotations={item.annotations} idPrefix={`pa-${q.id}`} />
        ) : (
          <div className={styles.answer}>{answerAsLines(q, response.answer).join('\n')}</div>
        )}
        {item.comments.length > 0 && (
          <ul className={styles.comments} aria-label="Comments">
            {item.comments.map((c) => (
              <li key={c.id}>{c.body}</li>
            ))}
          </ul>
        )}
        {!isAnsweredOnRecord(q.type) &&
          q.paragraphs.map((p) => (
            <blockquote key={p} className={styles.passage}>
              <span className={styles.paraNo}>{p.replace('p', '¶')}</span> {paragraphs[p]}
            </blockquote>
          ))}
      </div>
      {response && (
        <div className={styles.panel}>
          <GradeControls
            rubric={item.rubric}
            points={q.points}
            response={response}
            isPending={isPending}
            idPrefix={`a-${q.id}`}
            onGrade={(choice) => void grade([{ id: response.id, version: response.version }], choice)}
          />
          {message && (
            <p className={`${styles.message} ${message.isError ? styles.error : styles.success}`} role="status">
              {message.text}
            </p>
          )}
          <CommentBox
            assignmentId={assignmentId}
            questionSetId={setId}
            attemptId={attemptId}
            responseId={response.id}
            paragraphs={q.paragraphs}
            idPrefix={`ac-${q.id}`}
          />
          {item.text !== null && <PassageComments responseId={response.id} annotations={item.annotations} idPrefix={`pa-${q.id}`} />}
        </div>
      )}
    </article>
  )
  return item.text !== null ? <PassageProvider text={item.text}>{card}</PassageProvider> : card
}

export function AttemptGrader(props: {
  assignmentId: string
  setId: string
  attemptId: string
  items: Item[]
  paragraphs: Record<string, string>
  sentences: Record<string, { id: string; text: string }[]>
}) {
  return (
    <div className={styles.layout}>
      {props.items.map((item) => (
        <QuestionCard key={item.question.id} item={item} {...props} />
      ))}
    </div>
  )
}
