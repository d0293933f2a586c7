import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { getJoinSheet } from '@/lib/classes/join-sheet'
import { orNotFound } from '@/lib/http/page-params'
import { publicOrigin, publicUrl } from '@/lib/http/public-url'
import { countOf } from '@/lib/text/count-of'
import { PrintButton } from '@/components/print/print-button'
import styles from './sheet.module.css'

export const metadata: Metadata = { title: 'Join sheet' }

// What an instructor hands a class on the first day, as Google Classroom's and Canvas's join
// cards do: the class code and link with the steps, for everyone; then a slip per student who was
// invited by name, with their personal link (it works once, and signs them up already enrolled).
export default async function JoinSheetPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  const requestHeaders = await headers()
  const sheet = await orNotFound(getJoinSheet({ userId: user.id, classId, toUrl: (path) => publicUrl(path, requestHeaders) }))
  const site = publicOrigin(requestHeaders)
  return (
    <>
      <p className="no-print">
        <Link href={`/classes/${classId}/roster`}>Back to the roster</Link> ·{' '}
        <a href={`/classes/${classId}/roster/join-sheet.csv`} download>
          Download as CSV
        </a>
      </p>
      <p className="no-print">
        <PrintButton />
      </p>
      <section aria-labelledby="how-heading" className={ui.card}>
        <h2 id="how-heading" className={ui.flushTop}>
          How to join {sheet.className} ({sheet.term}) on Lectern
        </h2>
        {sheet.joinUrl ? (
          <ol className={styles.steps}>
            <li>
              Open <strong>{sheet.joinUrl}</strong> on a phone or computer.
            </li>
            <li>Create an account with your school email (or sign in if you have one).</li>
            <li>
              If you are asked for a class code, type <strong className={styles.big}>{sheet.joinCode}</strong> — capitals or not, with or
              without the dash.
            </li>
            <li>The class appears on your dashboard. Bookmark {site}.</li>
          </ol>
        ) : (
          <p>Joining by code is turned off for this class: students join with the personal links below.</p>
        )}
      </section>

      <h2>Personal invite links ({sheet.invites.length})</h2>
      {sheet.invites.length === 0 ? (
        <p>No personal invite links are waiting. Add students on the roster to make them; anyone can join with the code above.</p>
      ) : (
        <>
          <p className={ui.muted}>
            {countOf(sheet.invites.length, 'student')} invited by name. Each link works once, for that student only; cut the slips apart.
          </p>
          <ul className={styles.slips}>
            {sheet.invites.map((i) => (
              <li key={i.id} className={styles.slip}>
                <h3>{i.name}</h3>
                <p>{i.email}</p>
                <p>
                  Your link to join {sheet.className}: <code className={ui.code}>{i.url ?? 'ask your instructor for a new link'}</code>
                </p>
                <p className={ui.muted}>
                  Works once, until <LocalTime iso={i.expiresAt.toISOString()} withZone={false} />.
                  {sheet.joinCode && <> No link? Use the class code {sheet.joinCode}.</>}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
