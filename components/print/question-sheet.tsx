import type { QuestionSheet } from '@/lib/print/get-question-sheet'
import { AnswerSpace, mayRunOver } from './question-print-views'
import { pointsOf } from './rubric-table'
import styles from './print.module.css'

const paragraphList = (ids: string[]) => ids.map((id) => id.replace('p', '¶')).join(', ')

/** A question set on paper: a line for the student's name, then each question with its points and room to answer. */
export function QuestionSheetView({ sheet }: { sheet: QuestionSheet }) {
  return (
    <article className={styles.sheet} aria-labelledby="sheet-title">
      <header className={styles.sheetHeader}>
        <p className={styles.kicker}>
          {sheet.className} · {sheet.lessonTitle}
        </p>
        <h2 id="sheet-title" className={styles.title}>
          {sheet.set.title}
        </h2>
        <div className={styles.nameLine}>
          <span>
            Name <span className={styles.blank} aria-hidden="true" />
          </span>
          <span>
            Class <span className={styles.blank} aria-hidden="true" />
          </span>
          <span>
            Date <span className={styles.blankShort} aria-hidden="true" />
          </span>
        </div>
        <p className={styles.lede}>{sheet.set.description}</p>
        <p className={styles.instruction}>
          {sheet.questions.length} questions, {pointsOf(sheet.totalPoints)} in all. The ¶ numbers beside a question are the paragraphs of
          the record it is about.
        </p>
      </header>
      {sheet.questions.map(({ number, question }) => (
        <section
          key={question.id}
          className={mayRunOver(question) ? styles.questionLong : styles.question}
          aria-labelledby={`q-${question.id}`}
        >
          <h3 id={`q-${question.id}`} className={styles.questionHead}>
            <span>Question {number}</span>
            <span className={styles.points}>
              {pointsOf(question.points)} · the record, {paragraphList(question.paragraphs)}
            </span>
          </h3>
          <p className={styles.prompt}>{question.prompt}</p>
          <AnswerSpace question={question} />
        </section>
      ))}
      <p className={styles.end}>End of the questions.</p>
    </article>
  )
}
