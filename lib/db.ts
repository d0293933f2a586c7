// The one PrismaClient. Only lib/ imports it. The database is chosen by DATABASE_URL
// (lib/database/database-url.ts): embedded PGlite by default, PostgreSQL for a server URL.
import { Prisma, PrismaClient } from './generated/prisma/client'
import { cleanDeep } from './text/clean-text'
import { connectDatabase, type DatabaseConnection } from './database/connect'
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from './database/database-url'

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
// `null` replica: DATABASE_REPLICA_URL is unset, and analytics read the primary.
const globalForDb = globalThis as unknown as { lecternDb?: DatabaseHandle; lecternReplica?: DatabaseHandle | null }

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
export const db: Db = lazyClient(handle)

/** A client that opens its database on first use, from whichever handle `open` returns then. */
function lazyClient(open: () => DatabaseHandle): Db {
  return new Proxy({} as Db, {
    get(_, prop) {
      const prisma = open().prisma
      const value = Reflect.get(prisma, prop)
      return typeof value === 'function' ? value.bind(prisma) : value
    },
  })
}

function openReplica(): DatabaseHandle | null {
  const url = process.env.DATABASE_REPLICA_URL
  if (!url) return null
  const primary = parseDatabaseUrl(process.env.DATABASE_URL || DEFAULT_DATABASE_URL)
  const replica = parseDatabaseUrl(url)
  if (replica.kind === 'pglite' && primary.kind === 'pglite' && replica.dataDir !== null && replica.dataDir === primary.dataDir)
    throw new Error('DATABASE_REPLICA_URL names the same PGlite folder as DATABASE_URL: a folder may be open only once.')
  const connection = connectDatabase(url)
  return { connection, prisma: createPrisma(connection) }
}

function analyticsHandle(): DatabaseHandle {
  if (globalForDb.lecternReplica === undefined) globalForDb.lecternReplica = openReplica()
  return globalForDb.lecternReplica ?? handle()
}

/**
 * The client for instructor analytics — the gradebook, item analysis, the responses export: a read
 * replica when DATABASE_REPLICA_URL is set, else `db` itself. A replica lags the primary by a
 * moment, so only read-only pages whose figures may be a second old use it. Never a student's own
 * reads, an authorization check, or anything in a write path: those must see the writes just made.
 * docs/decisions/025-analytics-replica.md.
 */
export const analyticsDb: Db = lazyClient(analyticsHandle)

/** Plain SQL on the same database: the migration runner, the health check and tests use it. */
export function sqlRunner() {
  return handle().connection.sql
}

export async function disconnectDb(): Promise<void> {
  const { lecternDb: current, lecternReplica: replica } = globalForDb
  globalForDb.lecternDb = undefined
  globalForDb.lecternReplica = undefined
  for (const open of [current, replica]) {
    if (!open) continue
    await open.prisma.$disconnect()
    await open.connection.close()
  }
}
