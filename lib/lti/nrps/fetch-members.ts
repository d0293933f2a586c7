import 'server-only'
import { z } from 'zod'
import type { LtiPlatform } from '@/lib/generated/prisma/client'
import { SCOPE } from '../claims'
import { serviceFetch, ServiceError } from '../service-token'
import { nextLinkOf } from './link-header'

// Names and Role Provisioning Services v2: every member of a course, page by page. All pages are
// read before anything is written, so a platform that fails halfway changes nothing in Lectern.

const MEDIA_TYPE = 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json'
/** A course of 200 pages is far past any real one; a loop of next links must still end. */
export const PAGE_CAP = 200

const text = z.string().max(500)
const ZMember = z.object({
  user_id: z.string().min(1).max(255),
  roles: z.array(z.string().max(500)).max(100),
  status: z.enum(['Active', 'Inactive', 'Deleted']).optional(),
  name: text.nullish(),
  given_name: text.nullish(),
  family_name: text.nullish(),
  email: text.nullish(),
})
const ZContainer = z.object({ members: z.array(ZMember) })

export type NrpsMember = z.infer<typeof ZMember>

type Platform = Pick<LtiPlatform, 'id' | 'clientId' | 'tokenUrl'>

/** Every member across every page; throws ServiceError when the platform fails or answers nonsense. */
export async function fetchMembers(platform: Platform, membershipsUrl: string): Promise<NrpsMember[]> {
  const members: NrpsMember[] = []
  const seen = new Set<string>()
  let url: string | null = membershipsUrl
  for (let page = 0; url; page++) {
    if (page >= PAGE_CAP || seen.has(url)) throw new ServiceError(`The member list did not end after ${page} pages.`)
    seen.add(url)
    const response = await serviceFetch(platform, [SCOPE.memberships], url, { headers: { accept: MEDIA_TYPE } })
    let body: unknown
    try {
      body = await response.json()
    } catch {
      throw new ServiceError(`The member list page ${url} was not JSON.`)
    }
    const parsed = ZContainer.safeParse(body)
    if (!parsed.success)
      throw new ServiceError(`The member list page ${url} was not a membership container: ${parsed.error.message.slice(0, 300)}`)
    members.push(...parsed.data.members)
    url = nextLinkOf(response.headers.get('link'), url)
  }
  return members
}
