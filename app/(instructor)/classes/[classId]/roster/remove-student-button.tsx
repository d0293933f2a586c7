'use client'
import { useState } from 'react'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { removeStudentAction } from '../actions'

/** Two steps, so a stray click never removes anyone. */
export function RemoveStudentButton({ classId, studentId, studentName }: { classId: string; studentId: string; studentName: string }) {
  const [state, form] = useActionForm(removeStudentAction, {})
  const [isConfirming, setConfirming] = useState(false)
  if (state.ok) return <Alert kind="success">{state.message}</Alert>
  return (
    <ActionForm form={form}>
      <input type="hidden" name="classId" value={classId} />
      <input type="hidden" name="studentId" value={studentId} />
      {state.message && <Alert kind="error">{state.message}</Alert>}
      {isConfirming ? (
        <span>
          Remove {studentName}? Their work is kept.{' '}
          <SubmitButton className={ui.linkButton} pendingText="Removing…">
            Yes, remove<span className="visually-hidden"> {studentName}</span>
          </SubmitButton>{' '}
          <button type="button" className={ui.linkButton} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" className={ui.linkButton} onClick={() => setConfirming(true)}>
          Remove<span className="visually-hidden"> {studentName}</span>
        </button>
      )}
    </ActionForm>
  )
}
