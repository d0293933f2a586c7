import 'server-only'
import { fullMarks } from '@/lib/assignments/full-marks'
import { db } from '@/lib/db'
import type { LtiPlatform } from '@/lib/generated/prisma/client'
import { SCOPE } from '../claims'
import { serviceFetch, ServiceError } from '../service-token'

// Where a link's scores go. A link made by deep linking has its line item named in every launch
// (the AGS claim's `lineitem`), which provision.ts stores. A link placed by hand in the course site
// may have none: then Lectern looks for the line item it made before (resourceId = the assignment)
// among the course's line items and, if there is none, creates it, once, and remembers its URL.

const LINE_ITEM = 'application/vnd.ims.lis.v2.lineitem+json'
const CONTAINER = 'application/vnd.ims.lis.v2.lineitemcontainer+json'

interface LinkForLineItem {
  id: string
  resourceLinkId: string | null
  lineItemUrl: string | null
  assignment: { id: string; title: string; lessonSlug: string; questionSetIds: string[] }
}

/** A failure no retry will cure: the course site offers no gradebook for this link. */
export class NoLineItemError extends ServiceError {}

export async function lineItemUrlFor(
  platform: Pick<LtiPlatform, 'id' | 'clientId' | 'tokenUrl' | 'name'>,
  link: LinkForLineItem,
  lineItemsUrl: string | null,
): Promise<string> {
  if (link.lineItemUrl) return link.lineItemUrl
  if (!lineItemsUrl) {
    throw new NoLineItemError(
      `${platform.name} gave this link no gradebook column (its launches carry no line item), so no score can be posted.`,
    )
  }
  const query = new URL(lineItemsUrl)
  query.searchParams.set('resource_id', link.assignment.id)
  const found = (await (await serviceFetch(platform, [SCOPE.lineItem], query.toString(), { headers: { accept: CONTAINER } })).json()) as {
    id?: string
    resourceId?: string
  }[]
  let url = (Array.isArray(found) ? found : []).find((item) => item.resourceId === link.assignment.id)?.id
  if (!url) {
    const created = (await (
      await serviceFetch(platform, [SCOPE.lineItem], lineItemsUrl, {
        method: 'POST',
        headers: { 'content-type': LINE_ITEM, accept: LINE_ITEM },
        body: JSON.stringify({
          label: link.assignment.title,
          scoreMaximum: await fullMarks(link.assignment.lessonSlug, link.assignment.questionSetIds),
          resourceId: link.assignment.id,
          ...(link.resourceLinkId ? { resourceLinkId: link.resourceLinkId } : {}),
          tag: 'lectern',
        }),
      })
    ).json()) as { id?: string }
    url = created.id
  }
  if (!url) throw new ServiceError(`${platform.name} answered a line-item request without the line item's URL.`)
  await db.ltiResourceLink.update({ where: { id: link.id }, data: { lineItemUrl: url } })
  return url
}

/** The scores endpoint of a line item (AGS 2.0 §3.4): `/scores` after the path, before any query. */
export function scoresUrl(lineItemUrl: string): string {
  const url = new URL(lineItemUrl)
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`
  return url.toString()
}
