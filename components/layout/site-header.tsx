import Link from 'next/link'
import { AccountNav } from './account-nav'
import styles from './site-header.module.css'

// Static, so pages that need no session (the lesson) can be prerendered; the signed-in part of
// the navigation is filled in on the client from the session cookie. The header's links are not
// prefetched (a click fetches its page): on every page load, prefetching them was eight requests
// and their processing competing with the page's own start-up on a phone.
export function SiteHeader() {
  return (
    <header className={`${styles.header} no-print`}>
      <div className={styles.inner}>
        <Link prefetch={false} href="/" className={styles.brand}>
          Lectern
        </Link>
        <nav aria-label="Main" className={styles.nav}>
          <ul>
            <li>
              <Link prefetch={false} href="/lessons/batmunkh-kim-1986">Lesson</Link>
            </li>
            <AccountNav />
          </ul>
        </nav>
      </div>
    </header>
  )
}
