'use client'
import { useId } from 'react'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { useTimeZone } from '@/components/ui/use-time-zone'
import { setAccommodationAction } from '../../actions'

export function AccommodationForm({ assignmentId, students }: { assignmentId: string; students: { id: string; name: string }[] }) {
  const [state, form] = useActionForm(setAccommodationAction, {})
  const timeZone = useTimeZone()
  const studentId = useId()
  return (
    <ActionForm form={form} className={ui.wideFormWidth} noValidate>
      <p className={ui.hint}>
        Extend one student’s dates or give extra time on timed quizzes. A student with a multiplier also gets a later closing time, so the
        extra time is never cut short. Leave the dates empty to keep the class’s; set 1× and no dates to remove an accommodation.
      </p>
      {state.message && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <div className={ui.field}>
        <label className={ui.label} htmlFor={studentId}>
          Student
        </label>
        <select className={ui.input} id={studentId} name="studentId" required>
          {students.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <FormField name="dueAt" label={`Extended due date (${timeZone})`} type="datetime-local" errors={state.fieldErrors?.dueAt} />
      <FormField
        name="lateCutoffAt"
        label={`Extended late cutoff (${timeZone}, optional)`}
        type="datetime-local"
        errors={state.fieldErrors?.lateCutoffAt}
      />
      <FormField
        name="timeMultiplier"
        label="Time multiplier"
        type="number"
        min={1}
        max={5}
        step={0.25}
        defaultValue="1"
        required
        errors={state.fieldErrors?.timeMultiplier}
      />
      <SubmitButton pendingText="Saving…">Save accommodation</SubmitButton>
    </ActionForm>
  )
}
