// npm test: lint, typecheck, content checks, unit and integration tests, a production build, and
// the browser tests when Chromium is installed. Ends with one line "N passed, N failed" counting
// every test and check, and writes the same counts to test-results/summary.json for .ci/run.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const results = path.join(root, 'test-results')
const isCI = process.env.CI === 'true' || process.env.CI === '1'
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
fs.mkdirSync(results, { recursive: true })

const tally = { passed: 0, failed: 0, skipped: 0 }
const lines = []

function step(label, command, args, extraEnv = {}) {
  console.log(`\n━━ ${label}`)
  const started = Date.now()
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  return { ok: status === 0, seconds }
}

/** A check that is one pass or one failure: lint, typecheck, content, build. */
function check(label, command, args, extraEnv = {}) {
  const { ok, seconds } = step(label, command, args, extraEnv)
  tally[ok ? 'passed' : 'failed'] += 1
  lines.push(`${ok ? '✔' : '✖'} ${label} (${seconds}s)`)
  return ok
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function jestSuite(label, project) {
  const out = path.join(results, `jest-${project}.json`)
  fs.rmSync(out, { force: true })
  const { ok, seconds } = step(label, process.execPath, [
    '--experimental-vm-modules',
    '--no-warnings',
    bin('jest'),
    '--selectProjects',
    project,
    '--json',
    `--outputFile=${out}`,
  ])
  const report = readJson(out)
  if (!report) {
    tally.failed += 1
    lines.push(`✖ ${label}: the runner crashed before reporting (${seconds}s)`)
    return
  }
  tally.passed += report.numPassedTests
  tally.failed += report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0)
  tally.skipped += report.numPendingTests
  const suiteErrors = report.numRuntimeErrorTestSuites ? `, ${report.numRuntimeErrorTestSuites} suites failed to run` : ''
  lines.push(`${ok ? '✔' : '✖'} ${label}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${suiteErrors} (${seconds}s)`)
}

function browserSuite() {
  const label = 'Browser tests (Playwright, Chromium)'
  if (!fs.existsSync(chromium)) {
    if (isCI) {
      tally.failed += 1
      lines.push(`✖ ${label}: no Chromium at ${chromium} — under CI a missing browser is a failure`)
    } else {
      lines.push(
        `- ${label}: SKIPPED — no Chromium at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`,
      )
    }
    return
  }
  const out = path.join(results, 'e2e-results.json')
  fs.rmSync(out, { force: true })
  const { ok, seconds } = step(label, bin('playwright'), ['test'])
  const stats = readJson(out)?.stats
  if (!stats) {
    tally.failed += 1
    lines.push(`✖ ${label}: the runner crashed before reporting (${seconds}s)`)
    return
  }
  tally.passed += stats.expected + stats.flaky
  tally.failed += stats.unexpected
  tally.skipped += stats.skipped
  lines.push(`${ok ? '✔' : '✖'} ${label}: ${stats.expected} passed, ${stats.unexpected} failed (${seconds}s)`)
}

check('Lint (ESLint)', bin('eslint'), ['.', '--max-warnings=0'])
check('Formatting (Prettier)', bin('prettier'), ['--check', '.'])
check('Typecheck (tsc)', bin('tsc'), ['--noEmit'])
check('Content check', bin('tsx'), ['scripts/content-check.ts'])
jestSuite('Unit tests (Jest)', 'unit')
jestSuite(`Integration tests (Jest, ${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'in-memory PGlite'})`, 'integration')
// The browser tests' build includes the test lessons (tests/fixtures/lessons), whose pages are
// static: the variable must be set when building as well as when serving (playwright.config.ts).
const built = check('Production build (next build)', bin('next'), ['build'], { LECTERN_TEST_LESSONS: '1' })
if (built) browserSuite()
else lines.push('- Browser tests: not run, because the build failed')

console.log('\n━━ Summary')
for (const line of lines) console.log(line)
fs.writeFileSync(path.join(results, 'summary.json'), JSON.stringify(tally))
console.log(`\n${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ''}`)
process.exit(tally.failed > 0 ? 1 : 0)
