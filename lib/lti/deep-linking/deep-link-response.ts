import 'server-only'
import crypto from 'node:crypto'
import { SignJWT } from 'jose'
import { fullMarks } from '@/lib/assignments/full-marks'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { CLAIM, LTI_VERSION } from '../claims'
import { signingKey, TOOL_TOKEN_LIFETIME_SECONDS } from '../tool-keys'
import { toolUrls } from '../tool-urls'
import { ANSWER_WINDOW_MS } from './deep-link-request'

// The answer to a deep-linking request (LTI Deep Linking 2.0 §4.2): a JWT signed with Lectern's key
// naming one LTI resource link to the new assignment, with the line item the platform should make
// for its grades (score maximum, label, resource id = the assignment) and the custom parameter
// that binds later launches of the link to the assignment (lib/lti/provision.ts).

export interface DeepLinkAnswer {
  returnUrl: string
  jwt: string
  frameOrigins: string[]
}

export async function answerDeepLink(opts: {
  userId: string
  requestId: string
  assignmentId: string
  origin: string
}): Promise<DeepLinkAnswer> {
  // Answered only after fulfilDeepLinkRequest made the assignment, by the same instructor, for
  // this request's class, recently. Safe to repeat (a reload signs the same answer afresh).
  const request = await db.ltiDeepLinkRequest.findUnique({ where: { id: opts.requestId } })
  if (!request || request.userId !== opts.userId || !request.usedAt) throw new AppError('NOT_FOUND', 'Not found.')
  if (request.usedAt.getTime() < Date.now() - ANSWER_WINDOW_MS) {
    throw new AppError('EXPIRED', 'This request from your course site has already been answered. Start again from the course site.')
  }
  const assignment = await db.assignment.findFirst({
    where: { id: opts.assignmentId, classId: request.classId, createdById: opts.userId, createdAt: { gte: request.createdAt } },
  })
  if (!assignment) throw new AppError('NOT_FOUND', 'Not found.')
  const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: request.platformId } })

  const { kid, key } = await signingKey()
  const iat = Math.floor(Date.now() / 1000)
  const contentItem = {
    type: 'ltiResourceLink',
    title: assignment.title,
    url: toolUrls(opts.origin).targetLinkUri,
    custom: { lectern_assignment: assignment.id },
    lineItem: {
      scoreMaximum: await fullMarks(assignment.lessonSlug, assignment.questionSetIds),
      label: assignment.title,
      resourceId: assignment.id,
      tag: 'lectern',
    },
  }
  const jwt = await new SignJWT({
    nonce: crypto.randomUUID(),
    [CLAIM.messageType]: 'LtiDeepLinkingResponse',
    [CLAIM.version]: LTI_VERSION,
    [CLAIM.deploymentId]: request.deploymentId,
    [CLAIM.contentItems]: [contentItem],
    ...(request.data !== null ? { [CLAIM.deepLinkingData]: request.data } : {}),
  })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setAudience(platform.issuer)
    .setIssuedAt(iat)
    .setExpirationTime(iat + TOOL_TOKEN_LIFETIME_SECONDS)
    .sign(key)
  return { returnUrl: request.returnUrl, jwt, frameOrigins: platform.frameOrigins }
}
