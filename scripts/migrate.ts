// npm run db:migrate — applies pending migrations to DATABASE_URL (default: the embedded PGlite).
import { connectDatabase } from '../lib/database/connect'
import { DEFAULT_DATABASE_URL } from '../lib/database/database-url'
import { applyMigrations, MigrationError } from '../lib/database/migrations'

async function main() {
  const connection = connectDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL)
  try {
    const applied = await applyMigrations(connection.sql)
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Database is up to date.')
  } finally {
    await connection.close()
  }
}

main().catch((error) => {
  console.error(error instanceof MigrationError ? `Migration refused: ${error.message}` : error)
  process.exit(1)
})
