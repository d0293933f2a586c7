'use client'
import { useState } from 'react'
import ui from './ui.module.css'

/** Shows a freshly made one-time link with a copy button; it is shown once and never again. */
export function OneTimeLink({ path, expiresAt, label }: { path: string; expiresAt: string; label: string }) {
  const url = typeof window === 'undefined' ? path : new URL(path, window.location.origin).toString()
  const [copied, setCopied] = useState(false)
  return (
    <div className={`${ui.alert} ${ui.alertSuccess}`} role="status">
      <strong>{label}</strong>
      <p>
        <code className={ui.code}>{url}</code>
      </p>
      <p>
        Works once, until {new Date(expiresAt).toLocaleString()}. Copy it now: it is not shown again.{' '}
        <button
          type="button"
          className={ui.linkButton}
          onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true))}
        >
          {copied ? 'Copied' : 'Copy link'}
        </button>
      </p>
    </div>
  )
}
