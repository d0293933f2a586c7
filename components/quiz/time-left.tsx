'use client'
import { useEffect, useRef, useState } from 'react'
import styles from './quiz.module.css'
import { countOf } from '@/lib/text/count-of'

/**
 * Time left on the server's clock: the offset between server and browser is measured once at load,
 * so a wrong device clock neither shortens nor lengthens the attempt. Warnings at 5 and 1 minutes
 * are announced to screen readers; at zero, onExpire runs once.
 */
export function TimeLeft({ deadline, serverNow, onExpire }: { deadline: string; serverNow: string; onExpire(): void }) {
  const offset = useRef<number | null>(null)
  const [left, setLeft] = useState<number | null>(null)
  const [warning, setWarning] = useState('')
  const warned = useRef(new Set<number>())
  const expired = useRef(false)
  useEffect(() => {
    offset.current ??= new Date(serverNow).getTime() - Date.now()
    const tick = () => {
      const ms = new Date(deadline).getTime() - (Date.now() + offset.current!)
      setLeft(ms)
      for (const minutes of [5, 1]) {
        if (ms <= minutes * 60_000 && ms > 0 && !warned.current.has(minutes)) {
          warned.current.add(minutes)
          setWarning(`${countOf(minutes, 'minute')} left.`)
        }
      }
      if (ms <= 0 && !expired.current) {
        expired.current = true
        onExpire()
      }
    }
    tick()
    const id = window.setInterval(tick, 1000)
    return () => window.clearInterval(id)
  }, [deadline, serverNow, onExpire])
  if (left === null) return null
  const total = Math.max(0, Math.floor(left / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  const clock = `${h ? `${h}:` : ''}${String(m).padStart(h ? 2 : 1, '0')}:${String(s).padStart(2, '0')}`
  return (
    <p className={`${styles.timeLeft} ${left < 5 * 60_000 ? styles.timeLow : ''}`}>
      Time left: <span className={styles.clock}>{clock}</span>
      <span className="visually-hidden" role="alert">
        {warning}
      </span>
    </p>
  )
}
