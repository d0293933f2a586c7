// npm run lti:platform -- register --name "University Canvas" --issuer https://canvas.instructure.com \
//   --client-id 10000000000001 --deployment 1:abc --auth-url … --token-url … --jwks-url … [--frame-origin …]
// npm run lti:platform -- list
// npm run lti:platform -- rotate-key
// The same lib functions as /admin/lti, for whoever runs the server. Run it while the app is stopped
// when using the embedded database (PGlite is one process).
import { parseArgs } from 'node:util'
import { disconnectDb } from '../lib/db'
import { isAppError } from '../lib/errors'
import { listPlatforms, registerPlatform } from '../lib/lti/platforms'
import { listToolKeys, rotateToolKey } from '../lib/lti/tool-keys'

const USAGE =
  'Usage: npm run lti:platform -- register --name … --issuer … --client-id … --deployment … --auth-url … --token-url … --jwks-url … [--frame-origin …] | list | rotate-key'

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      issuer: { type: 'string' },
      'client-id': { type: 'string' },
      deployment: { type: 'string', multiple: true },
      'auth-url': { type: 'string' },
      'token-url': { type: 'string' },
      'jwks-url': { type: 'string' },
      'frame-origin': { type: 'string', multiple: true },
    },
  })
  const [command] = positionals
  if (command === 'register') {
    const { id } = await registerPlatform({
      name: values.name,
      issuer: values.issuer,
      clientId: values['client-id'],
      deploymentIds: (values.deployment ?? []).join('\n'),
      authUrl: values['auth-url'],
      tokenUrl: values['token-url'],
      jwksUrl: values['jwks-url'],
      frameOrigins: (values['frame-origin'] ?? []).join('\n'),
    })
    console.log(`Registered ${values.name} (${id}).`)
  } else if (command === 'list') {
    const platforms = await listPlatforms()
    if (platforms.length === 0) console.log('No platform is registered.')
    for (const p of platforms)
      console.log(
        `${p.name}\n  issuer ${p.issuer}\n  client id ${p.clientId}\n  deployments ${p.deployments.map((d) => d.deploymentId).join(', ')}`,
      )
  } else if (command === 'rotate-key') {
    const { kid, retired } = await rotateToolKey()
    console.log(`Key ${kid} signs from now on.${retired.length ? ` Retired, still published for a while: ${retired.join(', ')}.` : ''}`)
    for (const k of await listToolKeys()) if (k.isPublished) console.log(`  published: ${k.kid}${k.isSigning ? ' (signs)' : ''}`)
  } else {
    console.error(USAGE)
    process.exitCode = 2
  }
}

main()
  .catch((error) => {
    if (isAppError(error)) {
      console.error(`Refused: ${error.message}`)
      for (const [field, messages] of Object.entries(error.fieldErrors ?? {}))
        if (messages?.length) console.error(`  ${field}: ${messages.join(' ')}`)
    } else console.error(error)
    process.exitCode = 1
  })
  .finally(() => disconnectDb())
