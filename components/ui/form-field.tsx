import ui from './ui.module.css'

interface FormFieldProps extends React.InputHTMLAttributes<HTMLInputElement> {
  name: string
  label: string
  hint?: string
  errors?: string[]
}

/** A labelled input whose hint and error are tied to it for screen readers. */
export function FormField({ name, label, hint, errors, id, ...input }: FormFieldProps) {
  const inputId = id ?? `field-${name}`
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
