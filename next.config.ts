import crypto from 'node:crypto'
import type { NextConfig } from 'next'
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants'
import { lessonScript } from './lib/content/lesson-script'
import { SERVER_ACTION_BODY_LIMIT_BYTES } from './lib/http/body-limits.mjs'

// The static lesson pages (pages/lessons/) are HTML with one inline script, the same on each; the
// Content-Security-Policy (proxy.ts) allows that script by its hash, computed here from the same
// bundle the page inlines, and compiled into the server as LECTERN_READER_SCRIPT_HASH. Only
// building needs it: `next start` runs the compiled value.
async function lessonScriptHash(): Promise<string> {
  return `sha256-${crypto
    .createHash('sha256')
    .update(await lessonScript())
    .digest('base64')}`
}

export default async function config(phase: string): Promise<NextConfig> {
  const isBuilding = phase === PHASE_PRODUCTION_BUILD || phase === PHASE_DEVELOPMENT_SERVER
  return {
    // PGlite loads its WASM and data files from node_modules at run time, and esbuild (which bundles
    // the lesson reader's script at build time) and the password hashers (argon2, bcrypt) load native binaries: keep these unbundled.
    serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', 'argon2', 'bcrypt', 'esbuild'],
    poweredByHeader: false,
    // A second build folder lets two builds (say, a benchmark and a test run) share one checkout.
    distDir: process.env.NEXT_DIST_DIR || '.next',
    // Several processes behind one load balancer, and old and new versions side by side during a
    // rolling restart: assets carry ?dpl=<id> and a browser holding pages of another deployment
    // reloads instead of calling server actions that no longer exist (docs/deploy.md). Build and
    // start with the same DEPLOYMENT_VERSION; unset, there is no deployment id, as before.
    deploymentId: process.env.DEPLOYMENT_VERSION || undefined,
    typedRoutes: false,
    experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES } },
    env: isBuilding ? { LECTERN_READER_SCRIPT_HASH: await lessonScriptHash() } : {},
    async headers() {
      return [
        {
          source: '/:path*',
          headers: [
            { key: 'X-Content-Type-Options', value: 'nosniff' },
            { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          ],
        },
        {
          // Pages get X-Frame-Options from proxy.ts, beside their frame-ancestors; route handlers that
          // answer with HTML for LTI (app/api/lti/) set their own. Everything else is never framed.
          source: '/api/:path((?!lti/).*)',
          headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
        },
      ]
    },
  }
}
