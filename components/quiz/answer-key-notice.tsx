import { LocalTime } from '@/components/ui/local-time'
import type { AttemptView } from '@/lib/quiz/get-attempt-view'
import styles from './quiz.module.css'

// Says when the correct answers will appear, so a withheld key reads as a rule, not a fault.

export function AnswerKeyNotice({ view }: { view: AttemptView }) {
  const { answerKey } = view
  if (answerKey.isShown) return null
  const closes = <LocalTime iso={view.assignment.closesAt} />
  let text: React.ReactNode
  switch (answerKey.until) {
    case 'ATTEMPT_IN_PROGRESS':
      text = <>The correct answers and explanations are hidden while you have an attempt at this quiz in progress.</>
      break
    case 'CLOSE':
      text = <>The correct answers and explanations will appear here when this quiz closes, {closes}.</>
      break
    case 'LAST_ATTEMPT_OR_CLOSE':
      text = (
        <>
          The correct answers and explanations will appear here after your last attempt at this quiz, or when it closes, {closes}, whichever
          comes first.
        </>
      )
      break
    case 'FEEDBACK': {
      const rule = view.assignment.answerKeyRelease
      text =
        rule === 'WITH_FEEDBACK' ? (
          <>The correct answers and explanations will appear with your score.</>
        ) : rule === 'AFTER_CLOSE' ? (
          <>The correct answers and explanations will appear once your score is released and the quiz has closed, {closes}.</>
        ) : (
          <>
            The correct answers and explanations will appear once your score is released, after your last attempt or when the quiz closes,{' '}
            {closes}.
          </>
        )
      break
    }
  }
  return <p className={styles.notice}>{text}</p>
}
