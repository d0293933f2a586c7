// Next.js calls register() once when a server process starts. Lectern starts its background work
// here: the grade-passback sender (lib/lti/ags/score-sync-poller.ts). Not in the edge runtime,
// and not while `next build` collects pages.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { startScoreSyncPoller } = await import('./lib/lti/ags/score-sync-poller')
  startScoreSyncPoller()
}
