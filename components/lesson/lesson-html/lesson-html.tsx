'use client'
import { use, useEffect, useState } from 'react'
import { lessonHtml } from '#lesson-html'
import { useKeepsServerHtml } from '../keeps-server-html'
import type { LessonHtmlBlock } from './blocks'

/**
 * One of the lesson page's long static blocks (the record, the glossary popovers), sent to the
 * browser as HTML only. StaticHtml keeps server HTML too, but its children still travel a second
 * time inside the page's React Server Components payload, where they were over half the page's
 * bytes. This component is rendered to HTML on the server from the content itself (through
 * '#lesson-html', which browsers resolve to a stub), so the payload carries only its two props.
 * After a client-side navigation, which has no server HTML to keep, it takes the block from the
 * page's own static HTML.
 */
export function LessonHtml({ slug, block, className }: { slug: string; block: LessonHtmlBlock; className?: string }) {
  const keepsServerHtml = useKeepsServerHtml()
  const serverHtml = typeof window === 'undefined' ? use(lessonHtml(slug, block)) : null
  const fetchedHtml = useBlockFromPageHtml(block, serverHtml === null && !keepsServerHtml)
  const html = serverHtml ?? fetchedHtml ?? ''
  return <div className={className} data-lesson-html={block} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: keepsServerHtml ? '' : html }} />
}

/** The block as the page's prerendered HTML has it, fetched when this mount has none. */
function useBlockFromPageHtml(block: LessonHtmlBlock, needed: boolean): string | null {
  const [html, setHtml] = useState<string | null>(null)
  useEffect(() => {
    if (!needed) return
    let current = true
    void fetch(window.location.pathname)
      .then((response) => response.text())
      .then((page) => {
        const found = new DOMParser().parseFromString(page, 'text/html').querySelector(`[data-lesson-html="${block}"]`)
        if (current && found) setHtml(found.innerHTML)
      })
      .catch(() => {
        if (current) setHtml(`<p role="alert">This part of the lesson did not load. <a href="${window.location.pathname}">Reload the page</a>.</p>`)
      })
    return () => {
      current = false
    }
  }, [block, needed])
  return html
}
