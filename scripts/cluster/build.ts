// One production build for every process of the cluster. Two things are fixed when it is built and
// must be the same for all processes that serve it (docs/deploy.md):
// - NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Next.js embeds it in the build; processes built with
//   different keys cannot decrypt each other's server-action references.
// - DEPLOYMENT_VERSION (next.config.ts deploymentId): names this build, so that during a rolling
//   restart a browser holding pages of another build reloads instead of calling missing actions.
// Both are written beside the build (CLUSTER_BUILD_FILE) so that starting it later uses the same.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { buildInto } from '../../bench/server'

export const CLUSTER_DIST_DIR = '.next-cluster'
const CLUSTER_BUILD_FILE = 'LECTERN_CLUSTER_BUILD.json'
const KEY_FILE = path.join('.data', 'cluster', 'server-actions-key')

export interface ClusterBuild {
  distDir: string
  deploymentId: string
  /** sha256 of the key, first 12 hex digits: says which key a build holds without storing it. */
  keyFingerprint: string
  builtFrom: string
}

const fingerprint = (key: string) => crypto.createHash('sha256').update(key).digest('hex').slice(0, 12)

/**
 * The server-actions key: NEXT_SERVER_ACTIONS_ENCRYPTION_KEY if set, else one generated once and
 * kept in .data/cluster/ (mode 0600), so rebuilds keep the same key.
 */
export function serverActionsKey(): string {
  const fromEnv = process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim()
  if (fromEnv) {
    if (![16, 24, 32].includes(Buffer.from(fromEnv, 'base64').length))
      throw new Error('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 16, 24 or 32 bytes, e.g. $(openssl rand -base64 32).')
    return fromEnv
  }
  if (!fs.existsSync(KEY_FILE)) {
    fs.mkdirSync(path.dirname(KEY_FILE), { recursive: true })
    fs.writeFileSync(KEY_FILE, crypto.randomBytes(32).toString('base64'), { mode: 0o600 })
  }
  return fs.readFileSync(KEY_FILE, 'utf8').trim()
}

export function readClusterBuild(distDir: string): ClusterBuild | null {
  const file = path.join(distDir, CLUSTER_BUILD_FILE)
  if (!fs.existsSync(file) || !fs.existsSync(path.join(distDir, 'BUILD_ID'))) return null
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ClusterBuild
}

function git(...args: string[]): string {
  return spawnSync('git', args, { encoding: 'utf8' }).stdout?.trim() ?? ''
}

/**
 * Reuses the build in distDir when it was built with this key (and, if DEPLOYMENT_VERSION is set,
 * as that version); otherwise, or with `rebuild`, builds it. A build made some other way (no
 * CLUSTER_BUILD_FILE) is never reused: its key is unknown.
 */
export function ensureClusterBuild(opts: { distDir?: string; rebuild: boolean }): ClusterBuild {
  const distDir = opts.distDir ?? CLUSTER_DIST_DIR
  const key = serverActionsKey()
  const wanted = process.env.DEPLOYMENT_VERSION?.trim()
  const existing = readClusterBuild(distDir)
  const reasons = [
    opts.rebuild && 'asked to rebuild',
    !existing && `no cluster build in ${distDir}`,
    existing && existing.keyFingerprint !== fingerprint(key) && 'the build holds another server-actions key',
    existing && wanted && existing.deploymentId !== wanted && `the build is ${existing.deploymentId}, not ${wanted}`,
  ].filter(Boolean)
  if (existing && !reasons.length) return existing

  const head = git('rev-parse', '--short', 'HEAD') || 'unknown'
  const isDirty = git('status', '--porcelain', '--', 'app', 'components', 'lib', 'pages', 'content', 'next.config.ts') !== ''
  // Unique per build: two builds of one commit (say, with local changes) must not share an id.
  const deploymentId = wanted || `${head}-${Date.now().toString(36)}`
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(deploymentId))
    throw new Error('DEPLOYMENT_VERSION may hold only letters, digits, ".", "_" and "-" (at most 64).')
  console.log(`\n▸ Building ${deploymentId} into ${distDir} (${reasons.join('; ')})`)
  const saved = { key: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, version: process.env.DEPLOYMENT_VERSION }
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = key
  process.env.DEPLOYMENT_VERSION = deploymentId
  try {
    fs.rmSync(path.join(distDir, CLUSTER_BUILD_FILE), { force: true })
    buildInto(distDir)
  } finally {
    restoreEnv('NEXT_SERVER_ACTIONS_ENCRYPTION_KEY', saved.key)
    restoreEnv('DEPLOYMENT_VERSION', saved.version)
  }
  const build: ClusterBuild = {
    distDir,
    deploymentId,
    keyFingerprint: fingerprint(key),
    builtFrom: `${head}${isDirty ? ' with uncommitted changes' : ''}, built ${new Date().toISOString()}`,
  }
  fs.writeFileSync(path.join(distDir, CLUSTER_BUILD_FILE), JSON.stringify(build, null, 2) + '\n')
  return build
}

function restoreEnv(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
