import type { Pending } from './autosave-queue'

/**
 * Where a tab keeps the answers the server has not acknowledged yet: localStorage, one key per tab
 * (`lectern:autosave:<attempt>:<tab>`). With one key per attempt, two tabs each wrote their own
 * list over the other's, so an answer typed offline in one tab vanished from the device the moment
 * the other tab typed anything. A tab writes only its own key and reads them all: the newest
 * change of each question, from any tab (or from an older build's single key), comes back.
 */
export interface DeviceAnswers {
  /** The newest kept change of each question, from every tab of this attempt. */
  load(): Pending[]
  /** This tab's unacknowledged answers; an empty list removes its key. */
  store(pending: Pending[]): void
  /**
   * Removes the other tabs' keys, once this tab has taken over what they held (its own key now
   * has it). A key that changed since load() is left alone: a live tab just wrote it.
   */
  forgetOthers(): void
}

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>

export function deviceAnswers(storage: KeyValueStore, attemptId: string, tabId: string): DeviceAnswers {
  const prefix = `lectern:autosave:${attemptId}`
  const own = `${prefix}:${tabId}`
  const seen = new Map<string, string>()

  const keys = () => {
    const found: string[] = []
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i)
      if (key === prefix || key?.startsWith(`${prefix}:`)) found.push(key)
    }
    return found
  }

  return {
    load() {
      const newest = new Map<string, Pending>()
      for (const key of keys()) {
        const raw = storage.getItem(key)
        if (raw === null) continue
        seen.set(key, raw)
        for (const p of parse(raw)) {
          if (p.seq > (newest.get(p.questionId)?.seq ?? 0)) newest.set(p.questionId, p)
        }
      }
      return [...newest.values()]
    },
    store(pending) {
      try {
        if (pending.length) storage.setItem(own, JSON.stringify(pending))
        else storage.removeItem(own)
      } catch {
        // Storage full or refused (private mode): the answers are still queued in memory.
      }
    },
    forgetOthers() {
      for (const [key, raw] of seen) if (key !== own && storage.getItem(key) === raw) storage.removeItem(key)
      seen.clear()
    },
  }
}

function parse(raw: string): Pending[] {
  try {
    const list: unknown = JSON.parse(raw)
    if (!Array.isArray(list)) return []
    return list.filter(
      (p): p is Pending =>
        typeof p === 'object' && p !== null && typeof p.questionId === 'string' && Number.isSafeInteger(p.seq) && 'answer' in p,
    )
  } catch {
    return []
  }
}

/** An id for this page load: a reload is a new tab as far as the kept answers go. */
export function newTabId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
