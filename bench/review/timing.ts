// Timing: one warm-up run, then the median of several, in milliseconds.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export interface Timing {
  /** The warm-up run: the first after a server start, or after a kept result was dropped. */
  first: number
  median: number
  min: number
  max: number
  runs: number[]
}

/** Untimed steps around every run: to make the change a page must show, and to let its aftermath finish. */
export interface AroundEachRun {
  before?: () => Promise<unknown>
  after?: () => Promise<unknown>
}

export async function timeIt(fn: () => Promise<unknown>, runs = 5, around: AroundEachRun = {}): Promise<Timing> {
  const timed = async () => {
    await around.before?.()
    const start = performance.now()
    await fn()
    const took = performance.now() - start
    await around.after?.()
    return took
  }
  const first = await timed() // warm-up: caches, JIT, the database's buffers
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await timed())
  return {
    first: round1(first),
    median: round1(median(times)),
    min: round1(Math.min(...times)),
    max: round1(Math.max(...times)),
    runs: times.map(round1),
  }
}

export const round1 = (n: number) => Math.round(n * 10) / 10
