import { defineConfig, devices } from '@playwright/test'

// Browser tests drive Debian's Chromium (never a downloaded browser) against a production build
// served on a fresh embedded database of its own, .data/e2e-<port>, seeded with the demo data.
const port = Number(process.env.E2E_PORT ?? 3210)
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      DATABASE_URL: `postgresql://pglite/.data/e2e-${port}`,
      NEXTAUTH_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
      NEXTAUTH_URL: `http://localhost:${port}`,
      // The test lessons (tests/fixtures/lessons) are served too; build with the same variable
      // (scripts/test.mjs does), or their static pages are missing.
      LECTERN_TEST_LESSONS: '1',
      // Grade passback posts within a second, so the LTI loop test need not wait long.
      LTI_SCORE_SYNC_INTERVAL_MS: '1000',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
