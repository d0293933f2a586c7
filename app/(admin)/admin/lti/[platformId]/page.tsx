import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { requireRole } from '@/lib/auth/session'
import { orNotFound } from '@/lib/http/page-params'
import { publicOrigin } from '@/lib/http/public-url'
import { getPlatform } from '@/lib/lti/platforms'
import { PastePanel } from '../paste-panel'
import { PlatformForm } from '../platform-form'

export const metadata: Metadata = { title: 'LTI platform' }

export default async function LtiPlatformPage({ params }: { params: Promise<{ platformId: string }> }) {
  await requireRole('ADMIN')
  const { platformId } = await params
  const platform = await orNotFound(getPlatform(platformId.slice(0, 64)))
  const origin = publicOrigin(await headers())
  return (
    <>
      <h1>{platform.name}</h1>
      <PlatformForm
        platformId={platform.id}
        values={{
          name: platform.name,
          issuer: platform.issuer,
          clientId: platform.clientId,
          deploymentIds: platform.deployments.map((d) => d.deploymentId).join('\n'),
          authUrl: platform.authUrl,
          tokenUrl: platform.tokenUrl,
          jwksUrl: platform.jwksUrl,
          frameOrigins: platform.frameOrigins.join('\n'),
        }}
      />
      <PastePanel origin={origin} />
    </>
  )
}
