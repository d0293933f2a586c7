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

export async function timeIt(fn: () => Promise<unknown>, runs = 5): Promise<Timing> {
  const started = performance.now()
  await fn() // warm-up: caches, JIT, the database's buffers
  const first = performance.now() - started
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return {
    first: round1(first),
    median: round1(median(times)),
    min: round1(Math.min(...times)),
    max: round1(Math.max(...times)),
    runs: times.map(round1),
  }
}

export const round1 = (n: number) => Math.round(n * 10) / 10
