'use client'
import { useSyncExternalStore } from 'react'

const subscribe = () => () => {}

/** The browser's IANA time zone; "UTC" during server rendering (the server cannot know it). */
export function useTimeZone(): string {
  return useSyncExternalStore(
    subscribe,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    () => 'UTC',
  )
}
