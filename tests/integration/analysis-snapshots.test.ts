import { jest } from '@jest/globals'
import { db } from '@/lib/db'
import { latestSnapshot, snapshotsSettled } from '@/lib/review/analysis-snapshots'
import { classOf } from '@/tests/factories/review-class'

// The stored analyses behind item analysis (lib/review/analysis-snapshots.ts), with a stand-in
// computation whose every call is counted and whose fingerprint the test moves by hand.
async function setUp() {
  const { klass } = await classOf([])
  let fingerprint = 'v1'
  let computed = 0
  const request = (compute: () => Promise<{ n: number }> = async () => ({ n: ++computed })) => ({
    asked: ['analysis of', klass.id],
    classId: klass.id,
    fingerprint: async () => fingerprint,
    compute,
    waitMs: 0,
  })
  const stored = () => db.analysisSnapshot.findFirstOrThrow({ where: { classId: klass.id } })
  const change = (to: string) => (fingerprint = to)
  /** The analysis computed and stored at v1, then what it was computed from changed to v2. */
  const storedThenChanged = async () => {
    await latestSnapshot(request())
    await snapshotsSettled()
    change('v2')
  }
  return { request, stored, change, storedThenChanged, computations: () => computed }
}

describe('stored analyses', () => {
  it('compute once per fingerprint: equal views share the stored result', async () => {
    const s = await setUp()
    expect(await latestSnapshot(s.request())).toMatchObject({ value: null, computedAt: null, isCurrent: false })
    await snapshotsSettled()
    expect(await latestSnapshot(s.request())).toMatchObject({ value: { n: 1 }, isCurrent: true })
    expect(await latestSnapshot(s.request())).toMatchObject({ value: { n: 1 }, isCurrent: true })
    expect(s.computations()).toBe(1)
    s.change('v2')
    await latestSnapshot(s.request())
    await snapshotsSettled()
    expect(await latestSnapshot(s.request())).toMatchObject({ value: { n: 2 }, isCurrent: true })
    expect((await s.stored()).fingerprint).toBe('v2')
  })

  it('leave a changed analysis to the process holding its lease, showing the stored figures meanwhile', async () => {
    const s = await setUp()
    await s.storedThenChanged()
    // Another process took the lease a moment ago.
    const { key } = await s.stored()
    await db.analysisSnapshot.update({ where: { key }, data: { refreshingUntil: new Date(Date.now() + 30_000) } })
    expect(await latestSnapshot(s.request())).toMatchObject({ value: { n: 1 }, isCurrent: false })
    await snapshotsSettled()
    expect(s.computations()).toBe(1)

    // That process died: once its lease has run out, the next view recomputes.
    await db.analysisSnapshot.update({ where: { key }, data: { refreshingUntil: new Date(Date.now() - 1) } })
    await latestSnapshot(s.request())
    await snapshotsSettled()
    expect(s.computations()).toBe(2)
    expect(await s.stored()).toMatchObject({ fingerprint: 'v2', refreshingUntil: null })
  })

  it('keep the stored figures and free the lease when a recomputation fails', async () => {
    const s = await setUp()
    await s.storedThenChanged()
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {})
    const failing = s.request(() => Promise.reject(new Error('replica went away')))
    expect(await latestSnapshot(failing)).toMatchObject({ value: { n: 1 }, isCurrent: false })
    await snapshotsSettled()
    expect(errors).toHaveBeenCalled()
    errors.mockRestore()
    expect(await s.stored()).toMatchObject({ fingerprint: 'v1', refreshingUntil: null, result: { n: 1 } })
  })

  it('answer the first view of an analysis with its failure when it fails within the wait', async () => {
    const s = await setUp()
    const failing = { ...s.request(() => Promise.reject(new Error('no database'))), waitMs: 10_000 }
    await expect(latestSnapshot(failing)).rejects.toThrow('no database')
    expect(await db.analysisSnapshot.count({ where: { classId: s.request().classId } })).toBe(0)
    expect(await latestSnapshot(s.request())).toMatchObject({ value: null, isCurrent: false }) // being computed
    await snapshotsSettled()
    expect(await latestSnapshot(s.request())).toMatchObject({ value: { n: 1 }, isCurrent: true })
  })

  it('never show as current a result whose computation started before the latest change', async () => {
    const s = await setUp()
    await s.storedThenChanged()
    let release = () => {}
    const slow = s.request(async () => {
      await new Promise<void>((resolve) => (release = resolve))
      return { n: 100 }
    })
    expect(await latestSnapshot(slow)).toMatchObject({ value: { n: 1 }, isCurrent: false }) // computing v2
    s.change('v3')
    // v2's computation finishes well within this view's wait: joining it would show its result as current.
    setTimeout(() => release(), 500)
    expect(await latestSnapshot({ ...s.request(), waitMs: 5_000 })).toMatchObject({ value: { n: 1 }, isCurrent: false })
    await snapshotsSettled()
    expect((await s.stored()).fingerprint).toBe('v2')
    await latestSnapshot(s.request()) // now v3's turn
    await snapshotsSettled()
    expect(await latestSnapshot(s.request())).toMatchObject({ value: { n: 2 }, isCurrent: true })
    expect((await s.stored()).fingerprint).toBe('v3')
  })

  it('show the new figures in the same view when they are ready within the wait', async () => {
    const s = await setUp()
    await s.storedThenChanged()
    expect(await latestSnapshot({ ...s.request(), waitMs: 10_000 })).toMatchObject({ value: { n: 2 }, isCurrent: true })
  })
})
