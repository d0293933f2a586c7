import Link from 'next/link'
import type { Page } from '@/lib/paging'
import ui from './ui.module.css'

/**
 * "Showing 51–100 of 1,000" and a link per page. Plain links: the page is in the address, so it
 * survives a reload, can be shared, and works without JavaScript.
 */
export function PageLinks({ page, hrefFor, label }: { page: Page<unknown>; hrefFor: (n: number) => string; label: string }) {
  if (page.pages < 2) return null
  return (
    <nav aria-label={label} className={ui.pager}>
      <span>
        Showing {page.first}–{page.last} of {page.total}
      </span>
      <ul>
        {Array.from({ length: page.pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            <Link href={hrefFor(n)} aria-current={n === page.page ? 'page' : undefined} aria-label={`Page ${n}`}>
              {n}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
