'use client'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import ui from '@/components/ui/ui.module.css'
import { rotateToolKeyAction } from './actions'

export function RotateKeyButton() {
  return (
    <ConfirmDialog
      action={rotateToolKeyAction}
      fields={{}}
      trigger="Rotate signing key…"
      triggerClassName={`${ui.button} ${ui.secondary}`}
      title="Rotate Lectern’s signing key?"
      confirm="Rotate the key"
      pendingText="Rotating…"
    >
      <p>
        A new key signs from now on. The current one stays published for about an hour, so grades and links already on their way are still
        accepted; platforms fetch the new key from the JWKS URL themselves.
      </p>
    </ConfirmDialog>
  )
}
