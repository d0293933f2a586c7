import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { lessonPath } from '@/lib/content/paths'
import { AccountNav } from './account-nav'
import styles from './site-header.module.css'

// Static, so pages that need no session (the lesson) can be prerendered; the signed-in part of
// the navigation is filled in on the client from the session cookie: by AccountNav on the App
// Router's pages, by the reader script on the lesson reader, which has no React in the browser
// (it renders with account={null}). The header's links are not prefetched (a click fetches its
// page): on every page load, prefetching them was eight requests and their processing competing
// with the page's own start-up on a phone. `lessonSlug` names the lesson the "Lesson" link opens
// (the page's own on a lesson page; lib/content/site-lesson.ts on the application's).
export function SiteHeader({ account = <AccountNav />, lessonSlug }: { account?: React.ReactNode; lessonSlug?: string }) {
  return (
    <header className={`${styles.header} no-print`}>
      <div className={styles.inner}>
        <Link prefetch={false} href="/" className={styles.brand}>
          Lectern
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul data-account-nav="" data-link-button-class={ui.linkButton}>
            {lessonSlug && (
              <li>
                <Link prefetch={false} href={lessonPath(lessonSlug)}>
                  Lesson
                </Link>
              </li>
            )}
            {account}
          </ul>
        </nav>
      </div>
    </header>
  )
}
