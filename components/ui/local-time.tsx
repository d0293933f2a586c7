'use client'
import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * A date shown in the viewer's own time zone. The server renders UTC (it cannot know the zone);
 * the browser replaces it with local time right after hydration.
 */
export function LocalTime({ iso, withZone = true }: { iso: string; withZone?: boolean }) {
  const isClient = useSyncExternalStore(subscribe, () => true, () => false)
  const date = new Date(iso)
  const text = isClient
    ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', ...(withZone ? { timeZoneName: 'short' } : {}) }).format(date)
    : new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC'
  return <time dateTime={iso}>{text}</time>
}
