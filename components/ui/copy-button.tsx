'use client'
import { useState } from 'react'
import ui from './ui.module.css'

// The app's copy button (the static lesson reader has its own, components/lesson/copy-button.tsx,
// which works without React). The Clipboard API exists only in secure contexts: a school server
// reached over plain http on its local address has none, so the fallback copies a selection.

function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.className = 'visually-hidden'
  document.body.append(area)
  area.select()
  try {
    return document.execCommand('copy')
  } catch {
    return false
  } finally {
    area.remove()
  }
}

/** Copies `text`; `label` finishes the accessible name ("Copy" + " link for Ana Kowalski"). */
export function CopyButton({
  text,
  label,
  className,
  idleText = 'Copy',
}: {
  text: string
  label: string
  className?: string
  idleText?: string
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState(copyBySelection(text) ? 'copied' : 'failed')
    }
  }
  return (
    <>
      <button type="button" className={className ?? ui.small} onClick={copy} data-copy-text={text}>
        {state === 'copied' ? 'Copied' : idleText}
        <span className="visually-hidden"> {label}</span>
      </button>
      <span role="status" className="visually-hidden">
        {state === 'copied' ? 'Copied to the clipboard.' : state === 'failed' ? 'Could not copy: select the text and copy it by hand.' : ''}
      </span>
    </>
  )
}

/** An absolute link shown as text (to read out or select) with its copy button. */
export function CopyableLink({ url, label }: { url: string; label: string }) {
  return (
    <span className={ui.copyable}>
      <code className={ui.code}>{url}</code> <CopyButton text={url} label={label} />
    </span>
  )
}
