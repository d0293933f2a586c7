import { RightAnswer } from '@/components/quiz/types'
import type { AnswerKey, KeyQuestion } from '@/lib/print/get-answer-key'
import { GraderNotes } from './question-print-views'
import { pointsOf, printedRubric, RubricTable } from './rubric-table'
import styles from './print.module.css'

// The answer key on paper, for instructors. Everything per type comes through the type modules:
// the key as the released results show it (RightAnswer), each option marked right or not with its
// feedback (choicePartsOf, resultFor), the rubric (rubricOf) and any grader notes (PRINT_VIEWS).

function Choices({ item }: { item: KeyQuestion }) {
  const feedback = item.result.choiceFeedback
  return item.choiceParts.map((part) => (
    <div key={part.part}>
      <h4>{part.title}</h4>
      <ul className={styles.keyChoices}>
        {part.options.map((option) => (
          <li key={option.id} className={option.isCorrect ? styles.right : undefined}>
            <span className={styles.verdict}>{option.isCorrect ? 'Right' : 'Not right'}</span>
            <span>
              {option.label}
              {feedback[option.id] && <span className={styles.feedback}>Feedback: {feedback[option.id]}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  ))
}

export function AnswerKeyView({ answerKey }: { answerKey: AnswerKey }) {
  return (
    <article className={`${styles.sheet} ${styles.key}`} aria-labelledby="key-title">
      <header className={styles.sheetHeader}>
        <p className={styles.kicker}>
          {answerKey.className} · {answerKey.lessonTitle} · for instructors only
        </p>
        <h2 id="key-title" className={styles.title}>
          Answer key: {answerKey.set.title}
        </h2>
        <p className={styles.instruction}>
          {answerKey.questions.length} questions, {pointsOf(answerKey.totalPoints)} in all. Options are listed as on the printed question
          sheet.
        </p>
      </header>
      {answerKey.questions.map((item) => (
        <section key={item.question.id} className={styles.keyQuestion} aria-labelledby={`k-${item.question.id}`}>
          <h3 id={`k-${item.question.id}`} className={styles.questionHead}>
            <span>Question {item.number}</span>
            <span className={styles.points}>{pointsOf(item.question.points)}</span>
          </h3>
          <p className={styles.prompt}>{item.question.prompt}</p>
          {item.rubric && <RubricTable rubric={printedRubric(item.rubric)} caption={`Rubric for question ${item.number}`} />}
          <h4>The answer</h4>
          <div className={styles.keyAnswer}>
            <RightAnswer question={item.shown} result={item.result} />
          </div>
          <Choices item={item} />
          <GraderNotes question={item.question} />
          <h4>Why</h4>
          <p>{item.result.explanation}</p>
        </section>
      ))}
    </article>
  )
}
