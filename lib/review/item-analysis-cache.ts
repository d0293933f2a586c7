import 'server-only'

// Item analysis of a class of 10,000 aggregates some 200,000 answers, twice: over a second on a
// shared core, and the same second again every time the page is opened, though the answers behind
// it change only when someone submits, is graded or opens a new part of the lesson. So each process
// keeps the last result of each analysis together with the fingerprint of what it was computed
// from (populationFingerprint, a few index reads), and computes afresh only when that has changed.
// Keeping results per process needs nothing shared: a second process computes its own once.
// The fingerprint is read before the data, so a change that lands in between leaves a result newer
// than its fingerprint — recomputed on the next view, never a stale result under a current key.

const KEPT = 64

interface Kept<T> {
  fingerprint: string
  result: Promise<T>
}

const kept = new Map<string, Kept<unknown>>()

/**
 * `compute()`'s result for `key`, reused while `fingerprint()` is unchanged. Requests that arrive
 * while it is being computed share the one computation; a failed one is not kept.
 */
export async function keptUntilChanged<T>(key: string, fingerprint: () => Promise<string>, compute: () => Promise<T>): Promise<T> {
  const current = await fingerprint()
  const held = kept.get(key) as Kept<T> | undefined
  if (held && held.fingerprint === current) {
    // Map order is insertion order: moving a used entry to the end keeps the least used first.
    kept.delete(key)
    kept.set(key, held)
    return held.result
  }
  const entry: Kept<T> = { fingerprint: current, result: compute() }
  kept.set(key, entry)
  if (kept.size > KEPT) kept.delete(kept.keys().next().value!)
  entry.result.catch(() => {
    if (kept.get(key) === entry) kept.delete(key)
  })
  return entry.result
}

/** For the review benchmark, which times the first view after a change: forget every kept result. */
export function forgetKeptResults(): void {
  kept.clear()
}
