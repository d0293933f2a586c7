import { CopyableLink } from './copy-button'
import ui from './ui.module.css'

/**
 * A freshly made one-time link with a copy button. The url is absolute and built on the server
 * (lib/http/public-url.ts), so it names the app's public address, not whatever address the
 * instructor happens to be using. `note` says where it can be found again, if anywhere.
 */
export function OneTimeLink({ url, expiresAt, label, note }: { url: string; expiresAt: string; label: string; note?: string }) {
  return (
    <div className={`${ui.alert} ${ui.alertSuccess}`} role="status">
      <strong>{label}</strong>
      <p>
        <CopyableLink url={url} label={label} />
      </p>
      <p>
        Works once, until {new Date(expiresAt).toLocaleString()}. {note ?? 'Copy it now: it is not shown again.'}
      </p>
    </div>
  )
}
