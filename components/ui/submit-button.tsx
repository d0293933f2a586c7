'use client'
import { useFormStatus } from 'react-dom'
import { useFormPending } from './action-form'
import ui from './ui.module.css'

/** Disabled while its form is sending, so a double click sends once (an ActionForm, or a plain form action). */
export function SubmitButton({
  children,
  pendingText,
  className,
  name,
  value,
}: {
  children: React.ReactNode
  pendingText?: string
  className?: string
  /** Sent with the form when this button submits it (one form, a button per row). */
  name?: string
  value?: string
}) {
  const isActionPending = useFormPending()
  const pending = useFormStatus().pending || isActionPending
  return (
    <button type="submit" name={name} value={value} className={className ?? ui.button} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingText ?? 'Working…') : children}
    </button>
  )
}
