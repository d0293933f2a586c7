import type { Metadata } from 'next'
import { headers } from 'next/headers'
import Link from 'next/link'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { publicOrigin } from '@/lib/http/public-url'
import { listPlatforms } from '@/lib/lti/platforms'
import { listToolKeys } from '@/lib/lti/tool-keys'
import { PastePanel } from './paste-panel'
import { PlatformForm } from './platform-form'
import { RotateKeyButton } from './rotate-key'

export const metadata: Metadata = { title: 'LTI platforms' }

export default async function LtiAdminPage() {
  await requireRole('ADMIN')
  const [platforms, keys, origin] = await Promise.all([listPlatforms(), listToolKeys(), headers().then(publicOrigin)])
  const shown = keys.filter((k) => k.isPublished)
  return (
    <>
      <h1>LTI platforms</h1>
      <p>Course sites (Canvas, Moodle) that launch Lectern and receive its grades. docs/lti.md walks through both.</p>
      {platforms.length === 0 ? (
        <p>No platform is registered yet.</p>
      ) : (
        <div className={ui.scrollX}>
          <table className={ui.table}>
            <caption className="visually-hidden">Registered platforms, by name</caption>
            <thead>
              <tr>
                <th scope="col">Platform</th>
                <th scope="col">Issuer</th>
                <th scope="col">Client ID</th>
                <th scope="col">Deployments</th>
              </tr>
            </thead>
            <tbody>
              {platforms.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link href={`/admin/lti/${p.id}`}>{p.name}</Link>
                  </th>
                  <td>{p.issuer}</td>
                  <td>{p.clientId}</td>
                  <td>{p.deployments.map((d) => d.deploymentId).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <PastePanel origin={origin} />
      <h2>Register a platform</h2>
      <PlatformForm />
      <h2>Lectern’s keys</h2>
      <p>The signing key signs deep-linking responses and grade requests; retired keys stay published until what they signed expires.</p>
      {shown.length === 0 ? (
        <p>No key yet: one is made the first time a platform fetches the JWKS URL.</p>
      ) : (
        <ul>
          {shown.map((k) => (
            <li key={k.kid}>
              <code className={ui.code}>{k.kid}</code> — {k.isSigning ? 'signs now' : 'retired, still published'}, made{' '}
              <LocalTime iso={k.createdAt.toISOString()} />
            </li>
          ))}
        </ul>
      )}
      <RotateKeyButton />
    </>
  )
}
