'use client'
import { useEffect, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Alert } from '@/components/ui/alert'
import { LocalTime } from '@/components/ui/local-time'

// Soon at first, since most changes are ready in well under a second; then every two seconds, for
// about a minute. Past that something is wrong, and the instructor is told instead of waiting on.
const DELAYS_MS = [500, 1000, ...Array<number>(30).fill(2000)]

/**
 * Shown while a large class's analysis is being computed (lib/review/analysis-snapshots.ts): for
 * the first time (computedAt null), or again after a change, when the figures below are the
 * previous ones. The page asks the server again until the new figures are ready, and this notice
 * goes with the old ones.
 */
export function UpdatingNotice({ computedAt }: { computedAt: string | null }) {
  const router = useRouter()
  const [tries, setTries] = useState(0)
  const isWaiting = tries < DELAYS_MS.length
  useEffect(() => {
    if (!isWaiting) return
    const timer = setTimeout(() => {
      setTries((n) => n + 1)
      router.refresh()
    }, DELAYS_MS[tries])
    return () => clearTimeout(timer)
  }, [isWaiting, tries, router])
  const shows = computedAt === null ? 'it' : 'them'
  const next = isWaiting
    ? `This page will show ${shows} in a moment.`
    : 'This is taking longer than it should: reload the page to try again.'
  return computedAt === null ? (
    <Alert kind="info" title="Computing">
      This quiz’s analysis is being worked out from every student’s answers for the first time. {next}
    </Alert>
  ) : (
    <Alert kind="info" title="Updating">
      These figures were computed at <LocalTime iso={computedAt} />; submissions, grades or reading since then are being added. {next}
    </Alert>
  )
}
