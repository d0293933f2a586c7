'use client'
import ui from '@/components/ui/ui.module.css'

// Unexpected failures: a plain apology and a way forward, never a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className={ui.narrow}>
      <h1>Something went wrong</h1>
      <p>Nothing you entered was lost by this page. Try again; if it keeps happening, tell your instructor.</p>
      <button type="button" className={ui.button} onClick={reset}>
        Try again
      </button>
    </div>
  )
}
