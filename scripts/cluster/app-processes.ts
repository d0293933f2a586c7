// The cluster's app processes: scripts/serve.mjs (`next start` plus the client's address, as
// `npm start` runs it) once per port, all on one build and one environment. A process that dies is
// started again; `restartOneByOne` replaces them one at a time, as a rolling restart does.
import fs from 'node:fs'
import path from 'node:path'
import { spawn, type ChildProcess } from 'node:child_process'

export interface AppProcessOptions {
  ports: number[]
  /** The environment every process shares (database, secrets, build, deployment id). */
  env: NodeJS.ProcessEnv
  logDir: string
  /** Start a process again when it exits on its own (not while stopping). */
  restartOnExit: boolean
}

interface Slot {
  port: number
  child: ChildProcess | null
  exited: Promise<void>
  /** Set while this slot is being stopped on purpose: its exit is not a crash. */
  isStopping: boolean
}

const STARTUP_SECONDS = 90
const STOP_GRACE_MS = 15_000

/** The health check's status, or null while nothing answers. */
async function healthStatus(port: number): Promise<{ ok: boolean; body: string } | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(2_000) })
    return { ok: response.ok, body: await response.text() }
  } catch {
    return null
  }
}

/**
 * Up when /api/health answers at all. An unhealthy answer (say, a migration in prisma/migrations
 * that the database lacks) is printed, not waited out: the load balancer's check decides that.
 */
async function waitHealthy(slot: Slot): Promise<void> {
  const deadline = Date.now() + STARTUP_SECONDS * 1000
  while (Date.now() < deadline) {
    if (!slot.child || slot.child.exitCode !== null || slot.child.signalCode !== null)
      throw new Error(`The process on port ${slot.port} exited while starting`)
    const health = await healthStatus(slot.port)
    if (health) {
      if (!health.ok) console.warn(`Note: the process on port ${slot.port} is up but reports itself unhealthy: ${health.body}`)
      return
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The process on port ${slot.port} did not answer within ${STARTUP_SECONDS} s`)
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

export class AppProcesses {
  private readonly slots: Slot[]
  private isShuttingDown = false

  constructor(private readonly opts: AppProcessOptions) {
    fs.mkdirSync(opts.logDir, { recursive: true })
    this.slots = opts.ports.map((port) => ({ port, child: null, exited: Promise.resolve(), isStopping: false }))
  }

  get ports(): number[] {
    return this.slots.map((s) => s.port)
  }

  /** The pid of each process (null while one is down). */
  get pids(): (number | null)[] {
    return this.slots.map((s) => s.child?.pid ?? null)
  }

  logFile(port: number): string {
    return path.join(this.opts.logDir, `app-${port}.log`)
  }

  private spawn(slot: Slot): void {
    const log = fs.openSync(this.logFile(slot.port), 'a')
    const child = spawn(process.execPath, ['scripts/serve.mjs'], {
      // Its own process group, so stopping it also ends any worker Next.js forks.
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...this.opts.env, PORT: String(slot.port), HOSTNAME: '127.0.0.1', NODE_ENV: 'production' },
    })
    fs.closeSync(log)
    slot.child = child
    slot.isStopping = false
    slot.exited = new Promise<void>((resolve) =>
      child.once('exit', (code, signal) => {
        resolve()
        if (slot.child !== child) return
        slot.child = null
        if (slot.isStopping || this.isShuttingDown) return
        console.log(`✖ The process on port ${slot.port} exited (${signal ?? `code ${code}`}); nginx sends its requests to the others.`)
        if (this.opts.restartOnExit) {
          setTimeout(() => {
            if (this.isShuttingDown) return
            console.log(`▸ Starting the process on port ${slot.port} again`)
            this.spawn(slot)
            waitHealthy(slot).then(
              () => console.log(`✔ Port ${slot.port} is serving again`),
              (error: Error) => console.error(`✖ ${error.message}; see ${this.logFile(slot.port)}`),
            )
          }, 1_000).unref()
        }
      }),
    )
  }

  /** Starts every process and waits until each answers /api/health. */
  async start(): Promise<void> {
    for (const slot of this.slots) this.spawn(slot)
    try {
      await Promise.all(this.slots.map(waitHealthy))
    } catch (error) {
      await this.stop()
      throw new Error(`${(error as Error).message}; logs in ${this.opts.logDir}`)
    }
  }

  private async stopSlot(slot: Slot): Promise<void> {
    const child = slot.child
    if (!child?.pid) return
    slot.isStopping = true
    // serve.mjs closes its server on SIGTERM; the group also holds any worker it forked.
    signalGroup(child.pid, 'SIGTERM')
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), STOP_GRACE_MS).unref())
    if ((await Promise.race([slot.exited, timer])) === 'timeout' && slot.child === child) {
      signalGroup(child.pid, 'SIGKILL')
      await slot.exited
    }
  }

  /**
   * A rolling restart: one process at a time is taken out of the load balancer (`drain`), stopped
   * once its requests have finished, started, healthy, and put back (`restore`) before the next.
   */
  async restartOneByOne(hooks: { drain(port: number): Promise<void>; restore(port: number): Promise<void> }): Promise<void> {
    for (const slot of this.slots) {
      if (this.isShuttingDown) return
      console.log(`▸ Restarting the process on port ${slot.port}`)
      await hooks.drain(slot.port)
      await this.stopSlot(slot)
      this.spawn(slot)
      await waitHealthy(slot)
      await hooks.restore(slot.port)
    }
  }

  async stop(): Promise<void> {
    this.isShuttingDown = true
    await Promise.all(this.slots.map((slot) => this.stopSlot(slot)))
  }
}
