import type { ReactNode } from 'react'
import type { PublicQuestion, PublicQuestionOf, QuestionOf, QuestionType, TQuestion } from '@/lib/quiz/types'
import { countOf } from '@/lib/text/count-of'
import { RubricTable } from './rubric-table'
import styles from './print.module.css'

// Each question type on paper, by name, as components/quiz/types/ is on screen. Typed over every
// QuestionType, so a type registered in lib/quiz/types without a printed form does not compile.
//  - Sheet: the answer space a student fills in with a pen, from the key-free view only.
//  - GraderNotes: what the printed key adds for a grader beyond the key, the feedback and the
//    rubric (which the key page shows for every type from the dispatch helpers); usually nothing.

export interface PrintView<T extends QuestionType> {
  /**
   * Whether the printed question may run over a page break: its answer space is long (lines, a
   * list of sentences) and splits cleanly between lines or items. Others are kept on one page.
   */
  mayRunOver: boolean
  Sheet(props: { question: PublicQuestionOf<T> }): ReactNode
  GraderNotes(props: { question: QuestionOf<T> }): ReactNode
}

/** A box to tick or to write a number or letter in; the words beside it say which. */
const Box = ({ wide = false }: { wide?: boolean }) => <span className={wide ? styles.writeBox : styles.tickBox} aria-hidden="true" />

/** Ruled lines to write on, drawn as borders so they print without "background graphics". */
function Lines({ count, label }: { count: number; label: string }) {
  return (
    <div className={styles.answerLines}>
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: count }, (_, i) => (
        <span key={i} className={styles.answerLine} aria-hidden="true" />
      ))}
    </div>
  )
}

/** About ten handwritten words fit on a line of A4. */
const linesFor = (maxWords: number, min: number, max: number) => Math.min(max, Math.max(min, Math.ceil(maxWords / 10)))

function TickList({ items, label }: { items: { id: string; text: string }[]; label?: (id: string) => string }) {
  return (
    <ul className={styles.tickList}>
      {items.map((item) => (
        <li key={item.id}>
          <Box />
          <span>
            {label && <span className={styles.itemLabel}>{label(item.id)} </span>}
            {item.text}
          </span>
        </li>
      ))}
    </ul>
  )
}

const letter = (i: number) => String.fromCharCode(65 + i)
const sentenceLabel = (id: string) => id.replace('p', '¶').replace('.s', ' s')
const none = () => null

export const PRINT_VIEWS: { [T in QuestionType]: PrintView<T> } = {
  single: {
    mayRunOver: false,
    Sheet: ({ question }) => (
      <>
        <p className={styles.instruction}>Tick one box.</p>
        <TickList items={question.choices} />
      </>
    ),
    GraderNotes: none,
  },
  multiple: {
    mayRunOver: false,
    Sheet: ({ question }) => (
      <>
        <p className={styles.instruction}>Tick every box that applies. A wrong tick cancels a right one.</p>
        <TickList items={question.choices} />
      </>
    ),
    GraderNotes: none,
  },
  'true-false-because': {
    mayRunOver: false,
    Sheet: ({ question }) => (
      <>
        <p className={styles.statement}>“{question.statement}”</p>
        <p className={styles.instruction}>Is this statement true or false? Tick one.</p>
        <ul className={`${styles.tickList} ${styles.inline}`}>
          <li>
            <Box /> <span>True</span>
          </li>
          <li>
            <Box /> <span>False</span>
          </li>
        </ul>
        <p className={styles.instruction}>Because… (tick the one reason that fits your verdict)</p>
        <TickList items={question.because} />
      </>
    ),
    GraderNotes: none,
  },
  ordering: {
    mayRunOver: false,
    Sheet: ({ question }) => (
      <>
        <p className={styles.instruction}>
          Put these in order, earliest first: write 1 to {question.items.length} in the boxes, 1 for the earliest.
        </p>
        <ul className={styles.tickList}>
          {question.items.map((item) => (
            <li key={item.id}>
              <Box wide />
              <span>{item.text}</span>
            </li>
          ))}
        </ul>
      </>
    ),
    GraderNotes: none,
  },
  matching: {
    mayRunOver: false,
    Sheet: ({ question }) => (
      <div className={styles.matching}>
        <p className={styles.instruction}>
          Write the letter of the matching option in the box beside each item. An option may fit more than one item.
        </p>
        <ul className={styles.options} aria-label="Options">
          {question.options.map((o, i) => (
            <li key={o.id}>
              <span className={styles.itemLabel}>{letter(i)}</span> {o.text}
            </li>
          ))}
        </ul>
        <ol className={styles.tickList}>
          {question.prompts.map((p) => (
            <li key={p.id}>
              <Box wide />
              <span>{p.text}</span>
            </li>
          ))}
        </ol>
      </div>
    ),
    GraderNotes: none,
  },
  short: {
    mayRunOver: true,
    Sheet: ({ question }) => (
      <>
        <p className={styles.instruction}>Answer in up to {countOf(question.maxWords, 'word')}.</p>
        <Lines count={linesFor(question.maxWords, 3, 20)} label="Write your answer on the lines." />
      </>
    ),
    GraderNotes: ({ question }) =>
      question.acceptedPhrases?.length ? (
        <>
          <h4>Phrases that suggest a score</h4>
          <p>
            Lectern suggests a share of the points for each of these an answer contains (ignoring case); the grader decides:{' '}
            {question.acceptedPhrases.map((p) => `“${p}”`).join(', ')}.
          </p>
        </>
      ) : null,
  },
  evidence: {
    mayRunOver: true,
    Sheet: ({ question }) => (
      <>
        <p className={styles.statement}>
          <strong>Claim:</strong> {question.claim}
        </p>
        <p className={styles.instruction}>
          Tick the sentences of the record that <strong>{question.stance === 'supports' ? 'support' : 'contradict'}</strong> this claim (at
          most {question.maxSelections}). Sentences that do not count cost credit.
        </p>
        <TickList items={question.sentences} label={sentenceLabel} />
      </>
    ),
    GraderNotes: none,
  },
  essay: {
    mayRunOver: true,
    Sheet: ({ question }) => (
      <>
        <RubricTable rubric={question.rubric} caption="How your essay will be graded" />
        <p className={styles.instruction}>
          Write {question.minWords}–{question.maxWords} words. Carry on over the page if you need more room.
        </p>
        <Lines count={linesFor(question.maxWords, 24, 60)} label="Write your essay on the lines." />
      </>
    ),
    GraderNotes: none,
  },
}

// As in lib/quiz/types: TypeScript cannot tie question.type to PRINT_VIEWS[question.type] across
// the union, so the dispatch widens the view once, here.
const printViewOf = (type: QuestionType) => PRINT_VIEWS[type] as unknown as PrintView<QuestionType>

export function AnswerSpace({ question }: { question: PublicQuestion }) {
  const { Sheet } = printViewOf(question.type)
  return <Sheet question={question} />
}

/** Whether the question's printed form may be split across pages (see PrintView.mayRunOver). */
export const mayRunOver = (question: PublicQuestion) => printViewOf(question.type).mayRunOver

export function GraderNotes({ question }: { question: TQuestion }) {
  const { GraderNotes: Notes } = printViewOf(question.type)
  return <Notes question={question} />
}
