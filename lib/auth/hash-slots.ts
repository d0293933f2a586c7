import os from 'node:os'

// Native bcrypt runs in libuv's thread pool (4 threads unless UV_THREADPOOL_SIZE says otherwise),
// which also serves next-auth's session-key derivation (crypto.hkdf), file reads and DNS. Left
// unbounded, a class signing in at once fills the pool with 0.25 s hashes and every short job
// queues behind all of them: no one gets a session until the last hash ends. At most one hash per
// core, always leaving a thread free, lets sign-ins finish one after another instead.
const POOL_SIZE = Number(process.env.UV_THREADPOOL_SIZE) || 4
const HASH_SLOTS = Math.max(1, Math.min(os.availableParallelism(), POOL_SIZE - 1))

/** Runs `fn` when one of `limit` slots is free; waiting calls run first come, first served. */
export function createSlots(limit: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return async function withSlot<T>(fn: () => Promise<T>): Promise<T> {
    if (running < limit) running++
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await fn()
    } finally {
      // Hand the slot straight to the next in line (running stays the same), or give it back.
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}

export const withHashSlot = createSlots(HASH_SLOTS)
