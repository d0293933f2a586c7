'use client'
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import styles from './class-nav.module.css'

export function ClassNav({ classId }: { classId: string }) {
  // Typed as nullable since the app also has a Pages Router page; in the App Router it is never null.
  const pathname = usePathname() ?? ''
  const base = `/classes/${classId}`
  const tabs = [
    { href: base, label: 'Overview', isCurrent: pathname === base || pathname.startsWith(`${base}/assignments`) },
    { href: `${base}/gradebook`, label: 'Gradebook', isCurrent: pathname.startsWith(`${base}/gradebook`) },
    { href: `${base}/reading`, label: 'Reading', isCurrent: pathname.startsWith(`${base}/reading`) },
    { href: `${base}/roster`, label: 'Roster', isCurrent: pathname.startsWith(`${base}/roster`) },
    { href: `${base}/settings`, label: 'Settings', isCurrent: pathname.startsWith(`${base}/settings`) },
  ]
  return (
    <nav aria-label="Class" className={`${styles.nav} no-print`}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={tab.href} aria-current={tab.isCurrent ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
