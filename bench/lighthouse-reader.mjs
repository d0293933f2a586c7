// Lighthouse on the lesson reader, and the page's first-load JavaScript.
//
//   node bench/lighthouse-reader.mjs                      # starts `next start` on a spare port (needs `next build` first)
//   BASE_URL=http://localhost:3300 node bench/lighthouse-reader.mjs   # or measures a server you started
//
// Prints performance and accessibility for Lighthouse's mobile and desktop settings (RUNS runs
// each, default 3: the median and every run, since a busy machine moves the simulated timings),
// and the JavaScript the page loads (every <script src> in its HTML but the noModule polyfills,
// gzipped as a server would send it). Full reports go to bench/results/. Uses CHROME_PATH (default /usr/bin/chromium).
//
// Mobile is measured twice: with Chromium as Lighthouse launches it, and with paint holding off.
// In this headless Chromium, a page navigated to from about:blank whose first paint comes later
// than about 220 ms after navigation (a 2-core machine, a page of this size) is held and shown
// only about a second later; a plain page that busy-waits 150-300 ms before its text shows the
// same jump. Lighthouse then simulates from that late paint and charges it for everything before
// it. Runs with a held first frame are counted ("held") so the two lines can be compared.
import { spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const PAGE = process.env.PAGE ?? '/lessons/batmunkh-kim-1986'
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const resultsDir = path.join(root, 'bench', 'results')
const RUNS = Number(process.env.RUNS ?? 3)

async function waitFor(url, ms = 30_000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not answer within ${ms / 1000}s`)
}

async function startServer() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npx next build` first.')
  const port = String(3400 + Math.floor(Math.random() * 500))
  const server = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['start', '-p', port], {
    cwd: root,
    stdio: 'ignore',
    detached: true,
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      // The reader is static; the secret only lets the session endpoint answer its client.
      NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64'),
      NEXTAUTH_URL: `http://localhost:${port}`,
    },
  })
  const base = `http://localhost:${port}`
  await waitFor(`${base}${PAGE}`)
  return { base, stop: () => process.kill(-server.pid, 'SIGTERM') }
}

async function firstLoadJs(base) {
  const html = await (await fetch(`${base}${PAGE}`)).text()
  const gzip = (text) => zlib.gzipSync(Buffer.isBuffer(text) ? text : Buffer.from(text), { level: 9 }).length
  // noModule scripts are legacy polyfills a modern browser never downloads, so they are not counted.
  const tags = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\bnoModule\b/i.test(m[1]))
  const sources = new Set(tags.flatMap((m) => m[1].match(/src="([^"]+)"/)?.slice(1) ?? []))
  let raw = 0
  let gzipped = 0
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())
    raw += body.length
    gzipped += gzip(body)
  }
  // Inline scripts travel inside the HTML (the App Router's payload, the reader's own script).
  const inline = tags
    .filter((m) => !/src=/.test(m[1]))
    .map((m) => m[2])
    .join('\n')
  return {
    scripts: sources.size,
    raw,
    gzipped,
    inlineRaw: inline.length,
    inlineGzipped: inline ? gzip(inline) : 0,
    html: html.length,
    htmlGzipped: gzip(html),
  }
}

const PAINT_HOLDING_OFF = '--disable-features=PaintHolding'

function lighthouse(url, preset, extraChromeFlags = '') {
  const name = PAGE.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home'
  const out = path.join(resultsDir, `lighthouse-${name}-${preset}${extraChromeFlags ? '-paint-holding-off' : ''}.json`)
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    `--chrome-flags=--headless --no-sandbox --disable-gpu ${extraChromeFlags}`.trim(),
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ]
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'lighthouse'), args, {
    env: { ...process.env, CHROME_PATH },
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`lighthouse failed: ${run.stderr}`)
  const report = JSON.parse(fs.readFileSync(out, 'utf8'))
  const metric = (id) => report.audits[id]?.displayValue ?? '?'
  const observed = report.audits.metrics?.details?.items?.[0] ?? {}
  return {
    // What Chromium actually showed, before Lighthouse's simulation: a first paint a second or more
    // into the load is the held frame described above.
    held: observed.observedFirstContentfulPaint >= 1000,
    performance: Math.round(report.categories.performance.score * 100),
    accessibility: Math.round(report.categories.accessibility.score * 100),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    fcp: metric('first-contentful-paint'),
  }
}

fs.mkdirSync(resultsDir, { recursive: true })
const server = process.env.BASE_URL ? { base: process.env.BASE_URL, stop: () => {} } : await startServer()
try {
  const js = await firstLoadJs(server.base)
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`
  console.log(`Lesson reader ${PAGE}`)
  console.log(
    `First-load JS: ${kb(js.gzipped)} gzipped in ${js.scripts} script files (${kb(js.raw)} raw), plus ${kb(js.inlineGzipped)} gzipped inline (${kb(js.inlineRaw)} raw); ` +
      `HTML ${kb(js.htmlGzipped)} gzipped (${kb(js.html)} raw), inline scripts included`,
  )
  const passes = [
    { label: 'mobile', preset: 'mobile' },
    { label: 'mobile, paint holding off', preset: 'mobile', flags: PAINT_HOLDING_OFF },
    { label: 'desktop', preset: 'desktop' },
  ]
  for (const { label, preset, flags } of passes) {
    const runs = Array.from({ length: RUNS }, () => lighthouse(`${server.base}${PAGE}`, preset, flags)).sort(
      (a, b) => a.performance - b.performance,
    )
    const median = runs[Math.floor(runs.length / 2)]
    const held = runs.filter((run) => run.held).length
    console.log(
      `Lighthouse ${label}: performance ${median.performance} (median of ${runs.map((r) => r.performance).join(', ')}; first frame held in ${held} of ${runs.length}), ` +
        `accessibility ${median.accessibility}  (median run: FCP ${median.fcp}, LCP ${median.lcp}, TBT ${median.tbt}, CLS ${median.cls})`,
    )
  }
} finally {
  server.stop()
}
