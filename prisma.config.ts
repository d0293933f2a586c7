import path from 'node:path'
import { defineConfig } from 'prisma/config'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'

// The schema's datasource reads DATABASE_URL; the CLI never connects with it (see below), but
// refuses to run without a valid postgresql:// value, e.g. during `npm install`'s prisma generate.
process.env.DATABASE_URL ??= 'postgresql://pglite/.data/pglite'

// The Prisma CLI runs on its WASM schema engine against a throwaway in-memory PGlite, so
// `generate` and `migrate diff` never download an engine binary (docs/decisions/002-migrations.md).
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  experimental: { adapter: true },
  engine: 'js',
  // pglite-prisma-adapter is typed against an older driver-adapter-utils; the shapes agree.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  adapter: async () => new PrismaPGlite(new PGlite()) as any,
})
