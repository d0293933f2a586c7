// The review benchmark's production build (.next-review, rebuilt whenever the source changed) and
// its page requests. Starting the server and signing in are the benchmarks' shared ones.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { buildInto } from '../server'

export const DIST_DIR = '.next-review'

const STAMP_FILE = path.join(DIST_DIR, 'lectern-source-stamp')

// What goes into the build. Benchmark scripts, tests and docs do not, so editing them (or someone
// else editing theirs in the same tree) does not cost a rebuild.
const SOURCES = ['app', 'components', 'lib', 'content', 'prisma', 'proxy.ts', 'next.config.ts', 'package-lock.json']

/** The commit plus any uncommitted change to the built sources: a build made from other code would time other code. */
function sourceStamp(): string {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout ?? ''
  const hash = crypto.createHash('sha256').update(git('ls-tree', 'HEAD', '--', ...SOURCES))
  hash.update(git('diff', 'HEAD', '--', ...SOURCES))
  // New files are in no diff: their names and contents count too.
  for (const file of git('ls-files', '--others', '--exclude-standard', '--', ...SOURCES)
    .split('\n')
    .filter(Boolean))
    hash.update(file).update(fs.existsSync(file) ? fs.readFileSync(file) : '')
  return hash.digest('hex')
}

/** Builds into .next-review unless the build there is of this very source. */
export function ensureBuild(): void {
  const stamp = sourceStamp()
  if (fs.existsSync(path.join(DIST_DIR, 'BUILD_ID')) && fs.existsSync(STAMP_FILE) && fs.readFileSync(STAMP_FILE, 'utf8') === stamp) return
  buildInto(DIST_DIR)
  fs.writeFileSync(STAMP_FILE, stamp)
}

/** One GET, read to the last byte; fails loudly on anything but 200 so a 404 is never timed as a page. */
export async function getPage(url: string, cookie: string): Promise<{ bytes: number; text: string }> {
  const response = await fetch(url, { headers: { Cookie: cookie }, redirect: 'manual' })
  const body = await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`)
  return { bytes: body.byteLength, text: new TextDecoder().decode(body) }
}
