'use client'
// The one way a form posts to a server action (docs/decisions/018-forms-keep-input.md). React 19
// resets a <form action={fn}> once the action settles, so every uncontrolled field fell back to its
// default even when the server refused the input. ActionForm submits through onSubmit inside a
// transition instead: React then never resets, and what the person typed stays until they change it.
// The `action` attribute is still rendered, so before hydration or without JavaScript the form is a
// plain post to the same server action.
// eslint-disable-next-line no-restricted-imports -- the one place useActionState is wrapped
import { createContext, startTransition, useActionState, useContext, useEffect, useRef, useState } from 'react'

export interface ActionFormHandle<S> {
  state: Awaited<S>
  dispatch: (form: FormData) => void
  /** The fields as last sent: `state` is the answer to them (for a form that refills itself from them). */
  submitted: FormData | null
  /** Sends the fields from a submit event: remembers them, then dispatches. */
  send: (form: FormData) => void
  isPending: boolean
  /** Empty the fields after a result with `ok: true` (a form for adding the next item). */
  clearOnSuccess: boolean
}

/**
 * useActionState for an ActionForm: the action's latest result as `state`, and the handle to give
 * the form. `clearOnSuccess` is the only way fields are emptied, and only after a success.
 */
export function useActionForm<S>(
  action: (state: Awaited<S>, form: FormData) => S | Promise<S>,
  initialState: Awaited<S>,
  options: { clearOnSuccess?: boolean } = {},
): [state: Awaited<S>, form: ActionFormHandle<S>] {
  const [state, dispatch, isPending] = useActionState(action, initialState)
  const [submitted, setSubmitted] = useState<FormData | null>(null)
  const send = (form: FormData) => {
    setSubmitted(form)
    dispatch(form)
  }
  return [state, { state, dispatch, submitted, send, isPending, clearOnSuccess: options.clearOnSuccess ?? false }]
}

const FormPending = createContext(false)

/** True while the enclosing ActionForm's action runs (SubmitButton disables itself on it). */
export function useFormPending() {
  return useContext(FormPending)
}

type FormProps = Omit<React.FormHTMLAttributes<HTMLFormElement>, 'action' | 'onSubmit' | 'onChange' | 'onReset'>

export function ActionForm<S>({
  form,
  onFieldsChange,
  children,
  ...props
}: FormProps & {
  form: ActionFormHandle<S>
  /**
   * Called with the fields' current values whenever one changes or the form is cleared: client
   * state that depends on a field (which extra fields show, a summary) is read from the field
   * itself, so the two can never disagree.
   */
  onFieldsChange?: (fields: FormData) => void
}) {
  const ref = useRef<HTMLFormElement>(null)
  const { state, clearOnSuccess } = form
  useEffect(() => {
    if (clearOnSuccess && (state as { ok?: boolean } | null)?.ok) ref.current?.reset()
  }, [state, clearOnSuccess])

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (form.isPending) return
    const submitter = (event.nativeEvent as SubmitEvent).submitter
    const data = new FormData(event.currentTarget, submitter)
    startTransition(() => form.send(data))
  }

  return (
    <FormPending value={form.isPending}>
      <form
        ref={ref}
        {...props}
        action={form.dispatch}
        onSubmit={onSubmit}
        onChange={onFieldsChange && ((e) => onFieldsChange(new FormData(e.currentTarget)))}
        onReset={
          onFieldsChange &&
          ((e) => {
            // The reset event fires before the fields change back; read them once they have.
            const target = e.currentTarget
            setTimeout(() => onFieldsChange(new FormData(target)))
          })
        }
      >
        {children}
      </form>
    </FormPending>
  )
}
