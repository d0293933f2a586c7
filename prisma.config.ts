import path from 'node:path'
import { defineConfig } from 'prisma/config'
import { cliPgliteAdapter } from './lib/database/cli-pglite-adapter'

// The schema's datasource reads DATABASE_URL; the CLI never connects with it (see below), but
// refuses to run without a valid postgresql:// value, e.g. during `npm install`'s prisma generate.
process.env.DATABASE_URL ??= 'postgresql://pglite/.data/pglite'

// The Prisma CLI runs on its WASM schema engine against a throwaway in-memory PGlite, so
// `generate` and `migrate diff` never download an engine binary (docs/decisions/002-migrations.md).
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  experimental: { adapter: true },
  engine: 'js',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the config is typed against Prisma's own copy of the adapter types
  adapter: async () => cliPgliteAdapter() as any,
})
