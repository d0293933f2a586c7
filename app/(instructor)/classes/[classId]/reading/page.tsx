import type { Metadata } from 'next'
import Link from 'next/link'
import { HeatStrip } from '@/components/review/reading/heat-strip'
import { ReadingTable } from '@/components/review/reading/reading-table'
import styles from '@/components/review/gradebook/gradebook.module.css'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { orNotFound, searchParam } from '@/lib/http/page-params'
import { getClassReading } from '@/lib/reading/class-reading'

export const metadata: Metadata = { title: 'Reading' }

// Reading belongs to the class, not to one assignment: it is kept per student and lesson, and
// every assignment on a lesson shares the same reading, so the page is one tab of the class.
export default async function ReadingPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string }>
  searchParams: Promise<{ lesson?: string }>
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  const { lesson } = await searchParams
  const reading = await orNotFound(
    getClassReading({
      userId: user.id,
      classId,
      lessonSlug: searchParam(lesson, 100),
    }),
  )
  if (!reading)
    return (
      <>
        <h2>Reading</h2>
        <p>
          No assignments yet — <Link href={`/classes/${classId}/assignments/new`}>create one</Link> to assign a lesson, and its reading will
          show here.
        </p>
      </>
    )
  const { students, parts, summaries } = reading
  return (
    <>
      <h2>Reading: {reading.lesson.title}</h2>
      {reading.lessons.length > 1 && (
        <nav aria-label="Lessons">
          <ul className={ui.linkRow}>
            {reading.lessons.map((l) => (
              <li key={l.slug}>
                <Link href={`?lesson=${encodeURIComponent(l.slug)}`} aria-current={l.slug === reading.lesson.slug ? 'page' : undefined}>
                  {l.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className={styles.legend}>
        What each current student has opened of the lesson, and for how long: the reader counts time while the page is open, in view and in
        use (not after five idle minutes). Time on a part of the record (¶ ranges, as in the reading guide) counts while that part is on
        screen; parts have been counted separately since the record’s reader started recording them, so earlier reading shows on the whole
        record only.
      </p>
      {students.length === 0 ? (
        <p>No students yet — share the join code from the Overview tab, or add students on the Roster tab.</p>
      ) : (
        <>
          <h3>Who opened each part</h3>
          <HeatStrip parts={parts} summaries={summaries} students={students.length} />
          <h3>By student</h3>
          <ReadingTable reading={reading} caption={`Reading by student and part of ${reading.lesson.title}`} />
          <p className={styles.legend}>
            Scores beside reading: each assignment’s <Link href={`/classes/${classId}`}>item analysis</Link> compares the results of
            students who opened the essays and the record with those who did not.
          </p>
        </>
      )}
    </>
  )
}
