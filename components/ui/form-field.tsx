import { useId } from 'react'
import ui from './ui.module.css'

interface FormFieldProps extends React.InputHTMLAttributes<HTMLInputElement> {
  name: string
  label: string
  hint?: string
  errors?: string[]
}

/**
 * A labelled input whose hint and error are tied to it for screen readers. Its id is React's
 * (useId), never derived from `name`: two forms on one page may both have a `dueAt`, and a label
 * pointing at the other form's field sends focus there.
 */
export function FormField({ name, label, hint, errors, id, ...input }: FormFieldProps) {
  const autoId = useId()
  const inputId = id ?? autoId
  const hintId = hint ? `${inputId}-hint` : undefined
  const errorId = errors?.length ? `${inputId}-error` : undefined
  return (
    <div className={ui.field}>
      <label className={ui.label} htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className={ui.hint} id={hintId}>
          {hint}
        </p>
      )}
      <input
        className={ui.input}
        id={inputId}
        name={name}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {errorId && (
        <p className={ui.error} id={errorId}>
          {errors!.join(' ')}
        </p>
      )}
    </div>
  )
}
