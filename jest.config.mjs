// Two projects: unit (pure logic) and integration (lib/ against a real database: an in-memory
// PGlite per test file, or PostgreSQL when TEST_DATABASE_URL is set). ESM throughout, because
// @mdx-js/mdx and Prisma's generated client are ES modules.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/$1',
    // 'server-only' throws outside React Server Components; in Node tests it has nothing to guard.
    '^server-only$': '<rootDir>/tests/setup/empty-module.ts',
    // Components are rendered to markup in unit tests; their CSS Modules resolve to class names.
    '\\.module\\.css$': '<rootDir>/tests/setup/css-module.ts',
  },
  testEnvironment: 'node',
}

const config = {
  // A guard against hangs, not a speed test: bcrypt at cost 12 is slow by design, and CI's two
  // cores run two test files at once.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/setup/integration-env.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/setup/integration-db.ts'],
    },
  ],
}

export default config
