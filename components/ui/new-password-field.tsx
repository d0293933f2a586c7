import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password-rules'
import { FormField } from './form-field'

/** The one "choose a password" field: same rules and hint on every form that sets a password. */
export function NewPasswordField({
  name = 'password',
  label = 'Password',
  hint,
  errors,
}: {
  name?: string
  label?: string
  hint?: string
  errors?: string[]
}) {
  return (
    <FormField
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN_LENGTH}
      maxLength={PASSWORD_MAX_LENGTH}
      hint={hint ?? `At least ${PASSWORD_MIN_LENGTH} characters. A short phrase you will remember works well.`}
      errors={errors}
    />
  )
}
