import { createSlots } from '@/lib/auth/hash-slots'

function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('hash slots', () => {
  it('runs at most `limit` jobs at once and starts the waiting ones first come, first served', async () => {
    const withSlot = createSlots(2)
    const jobs = Array.from({ length: 5 }, deferred)
    const started: number[] = []
    const results = jobs.map((job, i) => withSlot(async () => (started.push(i), await job.promise, i)))

    await settle()
    expect(started).toEqual([0, 1])
    jobs[1].resolve()
    await settle()
    expect(started).toEqual([0, 1, 2])
    jobs[0].resolve()
    jobs[2].resolve()
    await settle()
    expect(started).toEqual([0, 1, 2, 3, 4])
    jobs[3].resolve()
    jobs[4].resolve()
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3, 4])
  })

  it('frees the slot of a job that fails', async () => {
    const withSlot = createSlots(1)
    await expect(withSlot(() => Promise.reject(new Error('bad hash')))).rejects.toThrow('bad hash')
    await expect(withSlot(async () => 'next')).resolves.toBe('next')
  })
})
