// Pure: reading time as an instructor reads it — "none", "40 s", "12 min", "1 h 05 min". Minutes
// are rounded down, so a tally never claims more reading than was recorded.

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  if (s === 0) return 'none'
  if (s < 60) return `${s} s`
  const minutes = Math.floor(s / 60)
  if (minutes < 60) return `${minutes} min`
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`
}

/** The same, spelled out for screen readers and titles: "1 hour 5 minutes". */
export function describeDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  if (s === 0) return 'no time recorded'
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
  if (s < 60) return plural(s, 'second')
  const minutes = Math.floor(s / 60)
  if (minutes < 60) return plural(minutes, 'minute')
  const rest = minutes % 60
  return rest === 0 ? plural(minutes / 60, 'hour') : `${plural(Math.floor(minutes / 60), 'hour')} ${plural(rest, 'minute')}`
}
