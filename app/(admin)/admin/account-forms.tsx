'use client'
import { useState } from 'react'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { joinClassAsInstructorAction, setAccountActiveAction, setRoleAction } from './actions'

type Role = 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'

function Result({ ok, message }: { ok?: boolean; message?: string }) {
  if (!message) return null
  return <Alert kind={ok ? 'success' : 'error'}>{message}</Alert>
}

export function RoleForm({ userId, role }: { userId: string; role: Role }) {
  const [state, form] = useActionForm(setRoleAction, {})
  return (
    <ActionForm form={form} className={ui.field}>
      <Result {...state} />
      <input type="hidden" name="userId" value={userId} />
      <label className={ui.label} htmlFor="role">
        Role
      </label>
      <p className={ui.hint} id="role-hint">
        Changing the role signs the person out everywhere; they sign in again with the new one.
      </p>
      <div className={ui.inlineRow}>
        <select className={ui.input} id="role" name="role" defaultValue={role} aria-describedby="role-hint">
          <option value="STUDENT">Student</option>
          <option value="INSTRUCTOR">Instructor</option>
          <option value="ADMIN">Administrator</option>
        </select>
        <SubmitButton className={`${ui.button} ${ui.secondary}`} pendingText="Changing…">
          Change role
        </SubmitButton>
      </div>
    </ActionForm>
  )
}

/** Deactivating takes two steps, so a stray click never locks anyone out. */
export function ActiveForm({ userId, name, isActive }: { userId: string; name: string; isActive: boolean }) {
  const [state, form] = useActionForm(setAccountActiveAction, {})
  const [isConfirming, setConfirming] = useState(false)
  return (
    <ActionForm form={form} className={ui.field}>
      <Result {...state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="intent" value={isActive ? 'deactivate' : 'reactivate'} />
      {!isActive ? (
        <SubmitButton className={`${ui.button} ${ui.secondary}`} pendingText="Reactivating…">
          Reactivate {name}
        </SubmitButton>
      ) : isConfirming ? (
        <p>
          Deactivate {name}? They are signed out everywhere and cannot sign in; their work and classes are kept.{' '}
          <SubmitButton className={`${ui.button} ${ui.danger}`} pendingText="Deactivating…">
            Yes, deactivate
          </SubmitButton>{' '}
          <button type="button" className={ui.linkButton} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" className={`${ui.button} ${ui.secondary}`} onClick={() => setConfirming(true)}>
          Deactivate {name}
        </button>
      )}
    </ActionForm>
  )
}

export function JoinClassForm({ classId }: { classId: string }) {
  const [state, form] = useActionForm(joinClassAsInstructorAction, {})
  return (
    <ActionForm form={form}>
      <Result {...state} />
      <input type="hidden" name="classId" value={classId} />
      <SubmitButton pendingText="Adding you…">Add me as an instructor</SubmitButton>
    </ActionForm>
  )
}
