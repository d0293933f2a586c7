'use client'
import { useKeepsServerHtml } from './keeps-server-html'

/** Server-rendered children kept as HTML on the first load instead of hydrated (see keeps-server-html.ts). */
export function StaticHtml({ children, className }: { children: React.ReactNode; className?: string }) {
  if (useKeepsServerHtml()) return <div className={className} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
  return <div className={className}>{children}</div>
}
