'use client'
import { useState } from 'react'
import ui from './ui.module.css'

/**
 * Shows a freshly made one-time link with a copy button; it is shown once and never again.
 * The url is absolute and built on the server (lib/http/public-url.ts), so it names the app's
 * public address, not whatever address the instructor happens to be using.
 */
export function OneTimeLink({ url, expiresAt, label }: { url: string; expiresAt: string; label: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className={`${ui.alert} ${ui.alertSuccess}`} role="status">
      <strong>{label}</strong>
      <p>
        <code className={ui.code}>{url}</code>
      </p>
      <p>
        Works once, until {new Date(expiresAt).toLocaleString()}. Copy it now: it is not shown again.{' '}
        <button type="button" className={ui.linkButton} onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true))}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </p>
    </div>
  )
}
