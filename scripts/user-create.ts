// npm run user:create -- --role instructor --email a@b.edu --name "A. Person" [--password ...]
// Run it while the app is stopped when using the embedded database (PGlite is one process).
import { parseArgs } from 'node:util'
import { createUserDirectly } from '../lib/accounts/create-user-directly'
import { disconnectDb } from '../lib/db'
import { isAppError } from '../lib/errors'

async function main() {
  const { values } = parseArgs({
    options: { role: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  })
  const user = await createUserDirectly({
    role: values.role ?? 'instructor',
    email: values.email,
    name: values.name,
    ...(values.password ? { password: values.password } : {}),
  })
  console.log(`Created ${values.role ?? 'instructor'} ${user.email}.`)
  if (!values.password) console.log(`Password (shown once): ${user.password}`)
}

main()
  .catch((error) => {
    console.error(isAppError(error) ? `Not created: ${error.message}` : error)
    process.exitCode = 1
  })
  .finally(() => disconnectDb())
