'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { FormField } from '@/components/ui/form-field'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { registerPlatformAction, updatePlatformAction } from './actions'

export interface PlatformValues {
  name: string
  issuer: string
  clientId: string
  deploymentIds: string
  authUrl: string
  tokenUrl: string
  jwksUrl: string
  frameOrigins: string
}

/** A list field (one value a line), with the same hint and error wiring as FormField. */
function ListField(props: { name: keyof PlatformValues; label: string; hint: string; defaultValue?: string; errors?: string[] }) {
  const id = `lti-${props.name}`
  const errorId = props.errors?.length ? `${id}-error` : undefined
  return (
    <div className={ui.field}>
      <label className={ui.label} htmlFor={id}>
        {props.label}
      </label>
      <p className={ui.hint} id={`${id}-hint`}>
        {props.hint}
      </p>
      <textarea
        className={ui.input}
        id={id}
        name={props.name}
        rows={3}
        defaultValue={props.defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
      />
      {errorId && (
        <p className={ui.error} id={errorId}>
          {props.errors!.join(' ')}
        </p>
      )}
    </div>
  )
}

/** Registers a platform, or (with platformId) edits one; the hints say where Canvas and Moodle show each value. */
export function PlatformForm({ platformId, values }: { platformId?: string; values?: PlatformValues }) {
  const [state, form] = useActionForm(platformId ? updatePlatformAction : registerPlatformAction, {}, { clearOnSuccess: !platformId })
  const errors = state.fieldErrors ?? {}
  return (
    <ActionForm form={form} className={ui.formWidth}>
      {state.message && <Alert kind={state.ok ? 'success' : 'error'}>{state.message}</Alert>}
      {platformId && <input type="hidden" name="platformId" value={platformId} />}
      <FormField
        name="name"
        label="Name"
        hint="Yours to choose, e.g. “University Canvas”."
        defaultValue={values?.name}
        errors={errors.name}
        required
      />
      <FormField
        name="issuer"
        label="Issuer (Platform ID)"
        hint="Canvas: https://canvas.instructure.com for hosted Canvas. Moodle: “Platform ID” under View configuration details (the site’s address)."
        defaultValue={values?.issuer}
        errors={errors.issuer}
        required
      />
      <FormField
        name="clientId"
        label="Client ID"
        hint="Canvas: the developer key’s number in the Details column. Moodle: “Client ID” under View configuration details."
        defaultValue={values?.clientId}
        errors={errors.clientId}
        required
      />
      <ListField
        name="deploymentIds"
        label="Deployment IDs, one a line"
        hint="Canvas: Settings → Apps → the app’s gear → Deployment Id. Moodle: “Deployment ID” under View configuration details."
        defaultValue={values?.deploymentIds}
        errors={errors.deploymentIds}
      />
      <FormField
        name="authUrl"
        label="Authentication request URL"
        hint="Canvas: https://sso.canvaslms.com/api/lti/authorize_redirect. Moodle: “Authentication request URL”."
        defaultValue={values?.authUrl}
        errors={errors.authUrl}
        required
      />
      <FormField
        name="tokenUrl"
        label="Access token URL"
        hint="Canvas: https://<your-canvas>/login/oauth2/token. Moodle: “Access token URL”."
        defaultValue={values?.tokenUrl}
        errors={errors.tokenUrl}
        required
      />
      <FormField
        name="jwksUrl"
        label="Public keyset URL"
        hint="Canvas: https://sso.canvaslms.com/api/lti/security/jwks. Moodle: “Public keyset URL”."
        defaultValue={values?.jwksUrl}
        errors={errors.jwksUrl}
        required
      />
      <ListField
        name="frameOrigins"
        label="Origins that may frame Lectern, one a line (optional)"
        hint="Leave empty to allow the issuer’s own origin. For Canvas, enter your Canvas address, e.g. https://school.instructure.com."
        defaultValue={values?.frameOrigins}
        errors={errors.frameOrigins}
      />
      <SubmitButton pendingText={platformId ? 'Saving…' : 'Registering…'}>{platformId ? 'Save' : 'Register the platform'}</SubmitButton>
    </ActionForm>
  )
}
