'use client'
import { useFormStatus } from 'react-dom'
import ui from './ui.module.css'

/** Disabled while its form is sending, so a double click sends once. */
export function SubmitButton({
  children,
  pendingText,
  className,
}: {
  children: React.ReactNode
  pendingText?: string
  className?: string
}) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" className={className ?? ui.button} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingText ?? 'Working…') : children}
    </button>
  )
}
