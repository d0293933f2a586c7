'use client'
import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/**
 * A date shown in the viewer's own time zone. The server renders UTC (it cannot know the zone);
 * the browser replaces it with local time right after hydration.
 */
export function LocalTime({ iso, withZone = true }: { iso: string; withZone?: boolean }) {
  const isClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
  const date = new Date(iso)
  // dateStyle/timeStyle cannot be combined with timeZoneName, so the parts are spelled out.
  const parts: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }
  const text = isClient
    ? new Intl.DateTimeFormat(undefined, { ...parts, ...(withZone ? { timeZoneName: 'short' } : {}) }).format(date)
    : new Intl.DateTimeFormat('en-GB', { ...parts, timeZone: 'UTC' }).format(date) + ' UTC'
  return <time dateTime={iso}>{text}</time>
}
