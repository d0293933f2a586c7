'use client'
import { useState } from 'react'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { useTimeZone } from '@/components/ui/use-time-zone'
import { describeAnswerReview } from '@/lib/assignments/describe-answer-review'
import type { LessonCatalog } from '@/lib/content/catalog'
import type { AnswerKeyRelease } from '@/lib/quiz/answer-key-visibility'
import { utcToZonedLocal } from '@/lib/time/zoned-time'
import type { ActionState } from '@/lib/errors'
import styles from './assignment-form.module.css'

export interface AssignmentValues {
  title: string
  lessonSlug: string
  requiredParts: string[]
  questionSetIds: string[]
  opensAt: string
  dueAt: string
  lateCutoffAt: string | null
  latePolicy: 'CLOSE' | 'ACCEPT_WITH_PENALTY'
  latePenaltyPercentPerDay: number
  attemptsAllowed: number
  timeLimitMinutes: number | null
  feedbackRelease: 'ON_SUBMIT' | 'AFTER_DUE' | 'MANUAL'
  answerKeyRelease: AnswerKeyRelease
}

const FEEDBACK_CHOICES = [
  ['ON_SUBMIT', 'As soon as they submit'],
  ['AFTER_DUE', 'After the due date'],
  ['MANUAL', 'When I release it'],
] as const

const ANSWER_KEY_CHOICES = [
  ['AFTER_LAST_ATTEMPT_OR_CLOSE', 'After their last attempt, or when the quiz closes (recommended)'],
  ['AFTER_CLOSE', 'Only when the quiz closes'],
  ['WITH_FEEDBACK', 'With their score, even while attempts remain'],
] as const

type ShownSettings = Pick<AssignmentValues, 'latePolicy' | 'attemptsAllowed' | 'feedbackRelease' | 'answerKeyRelease'>

/** The settings the form shows consequences of, as its fields now hold them (a blank keeps the last). */
export function shownSettings(fields: FormData, was: ShownSettings): ShownSettings {
  const pick = <T extends string>(name: string, choices: readonly T[], fallback: T) => {
    const v = fields.get(name)
    return choices.find((c) => c === v) ?? fallback
  }
  const attempts = Number(fields.get('attemptsAllowed'))
  return {
    latePolicy: pick('latePolicy', ['CLOSE', 'ACCEPT_WITH_PENALTY'] as const, was.latePolicy),
    attemptsAllowed: Number.isInteger(attempts) && attempts >= 1 ? attempts : was.attemptsAllowed,
    feedbackRelease: pick(
      'feedbackRelease',
      FEEDBACK_CHOICES.map(([v]) => v),
      was.feedbackRelease,
    ),
    answerKeyRelease: pick(
      'answerKeyRelease',
      ANSWER_KEY_CHOICES.map(([v]) => v),
      was.answerKeyRelease,
    ),
  }
}

type Action = (state: ActionState & { notices?: string[] }, form: FormData) => Promise<ActionState & { notices?: string[] }>

/**
 * Dates are typed in the instructor's own time zone: the browser sends its zone with the form and
 * the server converts to UTC. Without JavaScript the zone is UTC, and the form says so.
 */
export function AssignmentForm(props: {
  action: Action
  hidden: Record<string, string>
  catalog: LessonCatalog
  values: AssignmentValues
  submitLabel: string
}) {
  const { catalog, values } = props
  const [state, form] = useActionForm(props.action, {})
  const timeZone = useTimeZone()
  // Which late-work fields show, and the one-sentence summary of the review settings, are read from
  // the fields themselves on every change: they cannot disagree with what the form will send.
  const [shown, setShown] = useState<ShownSettings>(() => ({
    latePolicy: values.latePolicy,
    attemptsAllowed: values.attemptsAllowed,
    feedbackRelease: values.feedbackRelease,
    answerKeyRelease: values.answerKeyRelease,
  }))
  const { latePolicy } = shown
  const local = (iso: string | null) => (iso ? utcToZonedLocal(new Date(iso), timeZone) : '')
  const errors = state.fieldErrors ?? {}
  return (
    <ActionForm form={form} onFieldsChange={(fields) => setShown((was) => shownSettings(fields, was))} className={styles.form} noValidate>
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="timeZone" value={timeZone} />
      <input type="hidden" name="lessonSlug" value={catalog.slug} />
      {state.message && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      {state.notices?.map((n) => (
        <Alert key={n} kind="info">
          {n}
        </Alert>
      ))}
      <FormField name="title" label="Title" defaultValue={values.title} required maxLength={160} errors={errors.title} />

      <fieldset className={styles.group} aria-describedby={errors.requiredParts ? 'parts-error' : undefined}>
        <legend>What students must read</legend>
        {catalog.parts.map((p) => (
          <label key={p.id} className={styles.check}>
            <input type="checkbox" name="requiredParts" value={p.id} defaultChecked={values.requiredParts.includes(p.id)} /> {p.title}
          </label>
        ))}
        {errors.requiredParts && (
          <p className={ui.error} id="parts-error">
            {errors.requiredParts.join(' ')}
          </p>
        )}
      </fieldset>

      <fieldset className={styles.group} aria-describedby={errors.questionSetIds ? 'sets-error' : undefined}>
        <legend>Quizzes</legend>
        {catalog.questionSets.length === 0 && <p className={ui.muted}>This lesson has no question sets yet.</p>}
        {catalog.questionSets.map((s) => (
          <label key={s.id} className={styles.check}>
            <input type="checkbox" name="questionSetIds" value={s.id} defaultChecked={values.questionSetIds.includes(s.id)} /> {s.title}{' '}
            <span className={ui.muted}>
              ({s.questionCount} questions, {s.points} points)
            </span>
          </label>
        ))}
        {errors.questionSetIds && (
          <p className={ui.error} id="sets-error">
            {errors.questionSetIds.join(' ')}
          </p>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Dates</legend>
        <p className={ui.hint}>
          Times are in {timeZone === 'UTC' ? 'UTC' : `your time zone (${timeZone})`}; each student sees them in their own.
        </p>
        <div className={styles.row}>
          <FormField
            key={`o-${timeZone}`}
            name="opensAt"
            label="Opens"
            type="datetime-local"
            defaultValue={local(values.opensAt)}
            required
            errors={errors.opensAt}
          />
          <FormField
            key={`d-${timeZone}`}
            name="dueAt"
            label="Due"
            type="datetime-local"
            defaultValue={local(values.dueAt)}
            required
            errors={errors.dueAt}
          />
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend>Late work</legend>
        <label className={styles.check}>
          <input type="radio" name="latePolicy" value="CLOSE" defaultChecked={values.latePolicy === 'CLOSE'} /> Close at the due date
        </label>
        <label className={styles.check}>
          <input type="radio" name="latePolicy" value="ACCEPT_WITH_PENALTY" defaultChecked={values.latePolicy === 'ACCEPT_WITH_PENALTY'} />{' '}
          Accept late work until a cutoff
        </label>
        {latePolicy === 'ACCEPT_WITH_PENALTY' && (
          <div className={styles.row}>
            <FormField
              key={`c-${timeZone}`}
              name="lateCutoffAt"
              label="Late cutoff"
              type="datetime-local"
              defaultValue={local(values.lateCutoffAt)}
              errors={errors.lateCutoffAt}
            />
            <FormField
              name="latePenaltyPercentPerDay"
              label="Penalty per day late (%)"
              type="number"
              min={0}
              max={100}
              step={1}
              defaultValue={values.latePenaltyPercentPerDay}
              errors={errors.latePenaltyPercentPerDay}
            />
          </div>
        )}
      </fieldset>

      <div className={styles.row}>
        <FormField
          name="attemptsAllowed"
          label="Attempts allowed"
          type="number"
          min={1}
          max={10}
          step={1}
          defaultValue={values.attemptsAllowed}
          required
          errors={errors.attemptsAllowed}
        />
        <FormField
          name="timeLimitMinutes"
          label="Time limit (minutes)"
          hint="Leave empty for no limit."
          type="number"
          min={1}
          max={600}
          step={1}
          defaultValue={values.timeLimitMinutes ?? ''}
          errors={errors.timeLimitMinutes}
        />
      </div>

      <fieldset className={styles.group} aria-describedby="review-summary">
        <legend>When students see their score and feedback</legend>
        {FEEDBACK_CHOICES.map(([value, label]) => (
          <label key={value} className={styles.check}>
            <input type="radio" name="feedbackRelease" value={value} defaultChecked={values.feedbackRelease === value} /> {label}
          </label>
        ))}
      </fieldset>

      <fieldset className={styles.group} aria-describedby="review-summary">
        <legend>When students see the correct answers and explanations</legend>
        {ANSWER_KEY_CHOICES.map(([value, label]) => (
          <label key={value} className={styles.check}>
            <input type="radio" name="answerKeyRelease" value={value} defaultChecked={values.answerKeyRelease === value} /> {label}
          </label>
        ))}
        {errors.answerKeyRelease && <p className={ui.error}>{errors.answerKeyRelease.join(' ')}</p>}
      </fieldset>
      <p className={`${ui.hint} ${styles.summary}`} id="review-summary" aria-live="polite">
        {describeAnswerReview(shown)}
      </p>
      <SubmitButton pendingText="Saving…">{props.submitLabel}</SubmitButton>
    </ActionForm>
  )
}
