// The production topology on one machine: N app processes on loopback ports behind nginx, on one
// build and one PostgreSQL database. Used by `npm run cluster` and by bench/reading-rush.ts.
import fs from 'node:fs'
import path from 'node:path'
import { AppProcesses } from './app-processes'
import type { ClusterBuild } from './build'
import { renderNginxConfig, startNginx } from './nginx'

export interface ClusterOptions {
  build: ClusterBuild
  processes: number
  /** The first app process's port; the others follow it. */
  firstAppPort: number
  nginxPort: number
  databaseUrl: string
  nextAuthSecret: string
  /** The address people use; default http://localhost:<nginxPort>. */
  publicUrl?: string
  /** Where nginx's prefix and the processes' logs go. */
  runDir: string
  restartOnExit?: boolean
  /** Extra environment for the app processes. */
  env?: NodeJS.ProcessEnv
}

export interface RunningCluster {
  url: string
  apps: AppProcesses
  nginxPid: number
  runDir: string
  rollingRestart(): Promise<void>
  stop(): Promise<void>
}

export async function startCluster(opts: ClusterOptions): Promise<RunningCluster> {
  const url = opts.publicUrl ?? `http://localhost:${opts.nginxPort}`
  const ports = Array.from({ length: opts.processes }, (_, i) => opts.firstAppPort + i)
  fs.mkdirSync(opts.runDir, { recursive: true })
  const apps = new AppProcesses({
    ports,
    logDir: opts.runDir,
    restartOnExit: opts.restartOnExit ?? true,
    env: {
      ...process.env,
      ...opts.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: opts.build.distDir,
      // next.config.ts reads it again at start: the same id the build was made with.
      DEPLOYMENT_VERSION: opts.build.deploymentId,
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: opts.nextAuthSecret,
      NEXTAUTH_URL: url,
      // nginx is one proxy of ours in front: the client is the address it appends.
      TRUSTED_PROXY_HOPS: '1',
    },
  })
  await apps.start()
  const prefix = path.join(opts.runDir, 'nginx')
  const render = (downPorts: ReadonlySet<number>) =>
    renderNginxConfig({
      prefix,
      listen: `127.0.0.1:${opts.nginxPort}`,
      distDir: opts.build.distDir,
      appPorts: ports,
      isHttps: url.startsWith('https:'),
      downPorts,
    })
  let nginx
  try {
    nginx = await startNginx(prefix, render(new Set()), { probeUrl: `http://127.0.0.1:${opts.nginxPort}/api/health` })
  } catch (error) {
    await apps.stop()
    throw error
  }
  const running = nginx
  return {
    url,
    apps,
    nginxPid: running.pid,
    runDir: opts.runDir,
    // nginx stops choosing a process before it stops, and chooses it again once it is back.
    rollingRestart: () =>
      apps.restartOneByOne({
        drain: (port) => running.reload(render(new Set([port]))),
        restore: () => running.reload(render(new Set())),
      }),
    // nginx first, so no request is sent to a process that is already stopping.
    stop: async () => {
      await running.stop()
      await apps.stop()
    },
  }
}
