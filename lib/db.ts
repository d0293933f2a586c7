// The one PrismaClient. Only lib/ imports it. The database is chosen by DATABASE_URL
// (lib/database/database-url.ts): embedded PGlite by default, PostgreSQL for a server URL.
import { Prisma, PrismaClient } from './generated/prisma/client'
import { cleanDeep } from './text/clean-text'
import { connectDatabase, type DatabaseConnection } from './database/connect'
import { DEFAULT_DATABASE_URL } from './database/database-url'

function createPrisma(connection: DatabaseConnection) {
  return new PrismaClient({
    adapter: connection.adapter,
    omit: { user: { passwordHash: true } },
  }).$extends({
    // Every value on its way to the database, from every query of every route, model or raw:
    // text PostgreSQL cannot store (NUL, lone surrogates) is cleaned here, in one place, so a name,
    // an answer or a comment that holds some is stored — never lost, never a 500 (lib/text/clean-text.ts).
    query: {
      $allOperations({ args, query }) {
        return query(cleanArgs(args))
      },
    },
  })
}

// Raw queries pass their values in a Prisma.Sql object (tagged templates) or a plain array.
function cleanArgs<T>(args: T): T {
  if (args instanceof Prisma.Sql) return Prisma.sql(args.strings, ...args.values.map(cleanDeep)) as T
  return cleanDeep(args)
}

export type Db = ReturnType<typeof createPrisma>
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

interface DatabaseHandle {
  connection: DatabaseConnection
  prisma: Db
}

// Kept on globalThis so that dev-mode reloads reuse one PGlite instance: a PGlite folder belongs
// to one open instance, and a second one in the same process would not see the first one's writes.
const globalForDb = globalThis as unknown as { lecternDb?: DatabaseHandle }

function open(): DatabaseHandle {
  const connection = connectDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL)
  return { connection, prisma: createPrisma(connection) }
}

function handle(): DatabaseHandle {
  globalForDb.lecternDb ??= open()
  return globalForDb.lecternDb
}

/**
 * Password hashes are omitted from every query unless one asks for them with
 * `omit: { passwordHash: false }` — only lib/auth does.
 */
// A proxy so that importing this module opens nothing: `next build` must never touch the database.
export const db: Db = new Proxy({} as Db, {
  get(_, prop) {
    const prisma = handle().prisma
    const value = Reflect.get(prisma, prop)
    return typeof value === 'function' ? value.bind(prisma) : value
  },
})

/** Plain SQL on the same database: the migration runner, the health check and tests use it. */
export function sqlRunner() {
  return handle().connection.sql
}

export async function disconnectDb(): Promise<void> {
  const current = globalForDb.lecternDb
  if (!current) return
  globalForDb.lecternDb = undefined
  await current.prisma.$disconnect()
  await current.connection.close()
}
