'use client'
import { useEffect, useState } from 'react'

// Long static blocks (the record, its notes, the glossary popovers) need no React in the browser:
// their popovers, <details> and toggles are native HTML and CSS. Hydrating them would only cost a
// phone a few hundred milliseconds of main thread, so on the first load this keeps the server's
// HTML as it is and React hydrates nothing inside. After a client-side navigation there is no
// server HTML to keep, and the children render normally.

let isPageHydrated = false

export function StaticHtml({ children, className }: { children: React.ReactNode; className?: string }) {
  // Decided once per mount: true only for blocks hydrated with the page's first load.
  const [keepsServerHtml] = useState(() => typeof window !== 'undefined' && !isPageHydrated)
  useEffect(() => {
    isPageHydrated = true
  }, [])
  if (keepsServerHtml) return <div className={className} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
  return <div className={className}>{children}</div>
}
