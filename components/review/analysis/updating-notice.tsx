'use client'
import { useEffect, useState } from 'react'
import { useRouter } from 'next/navigation'
import { Alert } from '@/components/ui/alert'
import { LocalTime } from '@/components/ui/local-time'

const EVERY_MS = 2000
// A minute of asking; past that something is wrong, and the instructor is told instead of waiting on.
const TRIES = 30

/**
 * Shown while a change to a large class's analysis is being added (lib/review/analysis-snapshots.ts):
 * the figures below are the previous ones, and the page asks the server again every two seconds
 * until the new ones are ready, when this notice goes with the old figures.
 */
export function UpdatingNotice({ computedAt }: { computedAt: string }) {
  const router = useRouter()
  const [tries, setTries] = useState(0)
  const isWaiting = tries < TRIES
  useEffect(() => {
    if (!isWaiting) return
    const timer = setTimeout(() => {
      setTries((n) => n + 1)
      router.refresh()
    }, EVERY_MS)
    return () => clearTimeout(timer)
  }, [isWaiting, tries, router])
  return (
    <Alert kind="info" title="Updating">
      These figures were computed at <LocalTime iso={computedAt} />; submissions, grades or reading since then are being added.{' '}
      {isWaiting ? 'This page will show them in a moment.' : 'This is taking longer than it should: reload the page to try again.'}
    </Alert>
  )
}
