import { Alert } from '@/components/ui/alert'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'

/**
 * Tells the owner of an account that its password was set with a reset link someone else issued,
 * and by whom, until they dismiss it: if it was not them, they know whom to ask.
 */
export function ResetNotice({
  notice,
  dismissAction,
}: {
  notice: { at: Date; byName: string | null }
  dismissAction: () => Promise<void>
}) {
  return (
    <div className={ui.narrow}>
      <Alert kind="info" title="Your password was reset">
        Your password was set on <LocalTime iso={notice.at.toISOString()} /> with a reset link issued by{' '}
        {notice.byName ?? 'an administrator'}. If that was not you, tell your instructor at once and change your password on your Account
        page.
      </Alert>
      <form action={dismissAction}>
        <button type="submit" className={ui.linkButton}>
          Dismiss this notice
        </button>
      </form>
    </div>
  )
}
