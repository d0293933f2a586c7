// The adapter the Prisma CLI uses (prisma.config.ts): an in-memory PGlite whose shadow database can
// replay our migration files. pglite-prisma-adapter sends scripts through the extended protocol
// (one statement per call) and does not await executeScript; both break on a multi-statement
// migration. Here parameterless raw statements and scripts go through PGlite's exec instead.
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils'

function scriptFriendly(adapter: SqlDriverAdapter, client: PGlite): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === 'executeScript') return async (script: string) => void (await client.exec(script))
      if (prop === 'executeRaw') {
        return async (query: SqlQuery) => {
          if (query.args.length === 0 && query.sql.includes(';')) {
            await client.exec(query.sql)
            return 0
          }
          return target.executeRaw(query)
        }
      }
      const value = Reflect.get(target, prop, receiver)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

export function cliPgliteAdapter(): SqlDriverAdapterFactory {
  const main = new PGlite()
  // Typed against an older driver-adapter-utils than Prisma 6.19's; the shapes agree.
  const factory = new PrismaPGlite(main) as unknown as SqlDriverAdapterFactory & {
    connectToShadowDb(): Promise<SqlDriverAdapter>
  }
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => scriptFriendly(await factory.connect(), main),
    connectToShadowDb: async () => {
      const shadow = new PGlite()
      const adapter = (await new PrismaPGlite(shadow).connect()) as unknown as SqlDriverAdapter
      return scriptFriendly(adapter, shadow)
    },
  } as SqlDriverAdapterFactory
}
