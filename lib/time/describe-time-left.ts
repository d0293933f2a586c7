import { countOf } from '@/lib/text/count-of'
// Pure: "3 days 4 hours left", "2 hours 5 minutes left", "closed 2 days ago" — words a student
// reads at a glance. Whole units, rounded down, never "0 days".

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function amount(ms: number): string {
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY)
    const hours = Math.floor((ms % DAY) / HOUR)
    return hours ? `${countOf(days, 'day')} ${countOf(hours, 'hour')}` : countOf(days, 'day')
  }
  if (ms >= HOUR) {
    const hours = Math.floor(ms / HOUR)
    const minutes = Math.floor((ms % HOUR) / MINUTE)
    return minutes ? `${countOf(hours, 'hour')} ${countOf(minutes, 'minute')}` : countOf(hours, 'hour')
  }
  return countOf(Math.max(1, Math.floor(ms / MINUTE)), 'minute')
}

export function describeTimeLeft(until: Date, now: Date): string {
  const ms = until.getTime() - now.getTime()
  return ms >= 0 ? `${amount(ms)} left` : `${amount(-ms)} ago`
}
