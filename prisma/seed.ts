// npm run db:seed — seeds the demo data into DATABASE_URL if (and only if) it has no users yet.
import { disconnectDb } from '../lib/db'
import { seedDemo } from '../lib/seed/seed-demo'

seedDemo()
  .then((seeded) =>
    console.log(seeded ? 'Seeded the demo class: HIST 210 — The Cold War in Asia.' : 'Database already has data: not seeding.'),
  )
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => disconnectDb())
