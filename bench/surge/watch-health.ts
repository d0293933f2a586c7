// Polls every process's /api/health during the surge, so the report can say whether a fault showed
// as unhealthy (503) and whether each process came back by itself.
export function watchHealth(baseUrls: string[], everyMs = 250): { stop(): string } {
  const seen = baseUrls.map(() => ({ healthy: 0, unhealthy: 0, down: 0, last: '' }))
  let firstUnhealthyAt: number | null = null
  let recoveredAt: number | null = null
  const started = Date.now()
  const timer = setInterval(() => {
    baseUrls.forEach((url, i) => {
      void fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
        (r) => {
          const state = r.ok ? 'healthy' : 'unhealthy'
          seen[i][state]++
          if (!r.ok) firstUnhealthyAt ??= Date.now()
          if (r.ok && firstUnhealthyAt !== null && seen[i].last === 'unhealthy') recoveredAt = Date.now()
          seen[i].last = state
        },
        () => {
          seen[i].down++
          seen[i].last = 'down'
        },
      )
    })
  }, everyMs)
  return {
    stop() {
      clearInterval(timer)
      const at = (t: number | null) => (t === null ? 'never' : `${((t - started) / 1000).toFixed(1)} s`)
      const perProcess = seen.map(
        (s, i) => `process ${i + 1}: ${s.healthy} healthy, ${s.unhealthy} unhealthy, ${s.down} no answer, last ${s.last}`,
      )
      return `${perProcess.join('; ')}; first unhealthy at ${at(firstUnhealthyAt)}, healthy again at ${at(recoveredAt)}`
    },
  }
}
