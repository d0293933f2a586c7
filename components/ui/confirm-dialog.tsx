'use client'
import { useEffect, useId, useRef } from 'react'
import type { ActionState } from '@/lib/errors'
import { ActionForm, useActionForm } from './action-form'
import { Alert } from './alert'
import { SubmitButton } from './submit-button'
import ui from './ui.module.css'

/**
 * A button that asks first: it opens a native modal <dialog> (focus moves into it and is kept
 * there, Escape cancels, focus returns to the button) whose form runs the action. The outcome is
 * shown beside the button once the dialog closes. For acts that reach many people at once.
 */
export function ConfirmDialog(props: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>
  fields: Record<string, string>
  trigger: string
  triggerClassName?: string
  title: string
  children: React.ReactNode
  confirm: string
  pendingText: string
  confirmClassName?: string
  /** Report the outcome to the parent instead of showing it here: for a button the outcome may remove. */
  onResult?: (state: ActionState) => void
  /** Hide the button but stay mounted, so an outcome that hides it (after a refresh) still arrives. */
  isHidden?: boolean
}) {
  const [state, form] = useActionForm(props.action, {})
  const dialog = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { onResult } = props
  useEffect(() => {
    if (state.ok) dialog.current?.close()
    if (state.message) onResult?.(state)
  }, [state, onResult])
  return (
    <>
      {state.message && !props.onResult && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      {!props.isHidden && (
        <button type="button" className={props.triggerClassName ?? ui.button} onClick={() => dialog.current?.showModal()}>
          {props.trigger}
        </button>
      )}
      <dialog ref={dialog} className={ui.dialog} aria-labelledby={titleId}>
        <h2 id={titleId}>{props.title}</h2>
        {props.children}
        <ActionForm form={form}>
          {Object.entries(props.fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className={ui.dialogButtons}>
            <SubmitButton className={props.confirmClassName ?? ui.button} pendingText={props.pendingText}>
              {props.confirm}
            </SubmitButton>
            <button type="button" className={`${ui.button} ${ui.secondary}`} onClick={() => dialog.current?.close()}>
              Cancel
            </button>
          </div>
        </ActionForm>
      </dialog>
    </>
  )
}
