import 'server-only'
import { audit } from '@/lib/audit'
import { uniqueJoinCode } from '@/lib/classes/unique-join-code'
import { db, type Tx } from '@/lib/db'
import { ltiAccountFor } from './accounts'
import { queueScoreSync } from './ags/queue-score-sync'
import { CLAIM } from './claims'
import { LaunchError } from './launch-error'
import { classRoleOf, type LaunchRole } from './roles'
import type { VerifiedLaunch } from './verify-launch'

// Step three: a verified launch becomes a Lectern account, a class and a membership. People are
// keyed by (issuer, sub); the course (LTI context) is one Lectern class, made by its first
// instructor launch; the link opened (resource link) is an assignment, bound to it by the
// `lectern_assignment` custom parameter that deep linking put on the link. All of it in one
// transaction, audited, so a launch either provisions completely or not at all.

export interface Provisioned {
  userId: string
  classId: string
  role: LaunchRole
  /** The path the person lands on. */
  targetPath: string
}

export async function provisionLaunch(launch: VerifiedLaunch, ip: string | null = null): Promise<Provisioned> {
  const { claims, platform } = launch
  const role = classRoleOf(claims[CLAIM.roles])
  if (!role) {
    throw new LaunchError(
      'UNSUPPORTED_ROLE',
      'Lectern is for a course’s instructors and students; your role in this course has no place in it yet.',
      `roles: ${claims[CLAIM.roles].join(' ')}`,
    )
  }
  const context = claims[CLAIM.context]
  if (!context)
    throw new LaunchError('BAD_CLAIMS', 'The course site did not say which course this launch came from (context).', 'missing context')

  return db.$transaction(async (tx) => {
    const userId = await accountFor(tx, launch, role, ip)
    const classId = await classFor(tx, launch, role, userId)
    await tx.membership.upsert({
      where: { userId_classId: { userId, classId } },
      create: { userId, classId, role },
      // The course site says they are in the course now: a removed membership reopens, and a
      // student who became a teaching assistant teaches.
      update: { removedAt: null, role },
    })
    const targetPath = await landingFor(tx, launch, role, userId, classId)
    await audit(
      {
        action: 'LTI_LAUNCH',
        actorId: userId,
        subjectUserId: userId,
        ip,
        details: { platform: platform.name, issuer: platform.issuer, context: context.id, message: claims[CLAIM.messageType], role },
      },
      tx,
    )
    return { userId, classId, role, targetPath }
  })
}

async function accountFor(tx: Tx, { claims, platform }: VerifiedLaunch, role: LaunchRole, ip: string | null): Promise<string> {
  const account = await ltiAccountFor(
    tx,
    { ...claims, issuer: platform.issuer, role },
    { by: `LTI launch from ${platform.name}`, launched: true, ip },
  )
  if (account.kind === 'deactivated') {
    throw new LaunchError(
      'ACCOUNT_DEACTIVATED',
      'Your Lectern account has been deactivated. Ask your administrator to reactivate it.',
      `user ${account.user.id} deactivated`,
    )
  }
  return account.user.id
}

async function classFor(tx: Tx, { claims, platform }: VerifiedLaunch, role: LaunchRole, userId: string): Promise<string> {
  const context = claims[CLAIM.context]!
  const services = {
    membershipsUrl: claims[CLAIM.nrps]?.context_memberships_url ?? undefined,
    lineItemsUrl: claims[CLAIM.agsEndpoint]?.lineitems ?? undefined,
  }
  const existing = await tx.ltiContext.findUnique({ where: { platformId_contextId: { platformId: platform.id, contextId: context.id } } })
  if (existing) {
    await tx.ltiContext.update({ where: { id: existing.id }, data: { ...services, title: context.title ?? existing.title } })
    return existing.classId
  }
  if (role !== 'INSTRUCTOR') {
    throw new LaunchError(
      'NOT_SET_UP',
      'Your instructor has not opened Lectern in this course yet. Try again after they have.',
      `no class for context ${context.id}`,
    )
  }
  const title = (context.title || context.label || 'Course').slice(0, 100)
  const klass = await tx.class.create({
    data: {
      name: title,
      term: (context.label ?? '').slice(0, 100),
      joinCode: await uniqueJoinCode(tx),
      joinEnabled: false,
      createdById: userId,
    },
  })
  await tx.ltiContext.create({
    data: {
      platformId: platform.id,
      deploymentId: claims[CLAIM.deploymentId],
      contextId: context.id,
      classId: klass.id,
      title,
      ...services,
    },
  })
  return klass.id
}

async function landingFor(
  tx: Tx,
  { claims, platform }: VerifiedLaunch,
  role: LaunchRole,
  userId: string,
  classId: string,
): Promise<string> {
  if (claims[CLAIM.messageType] === 'LtiDeepLinkingRequest') {
    if (role !== 'INSTRUCTOR')
      throw new LaunchError('UNSUPPORTED_ROLE', 'Only the course’s instructors can add Lectern readings to it.', 'deep link by a student')
    const settings = claims[CLAIM.deepLinkingSettings]
    if (!settings)
      throw new LaunchError(
        'BAD_CLAIMS',
        'The course site asked Lectern for content but did not say where to send it.',
        'no deep_linking_settings',
      )
    const request = await tx.ltiDeepLinkRequest.create({
      data: {
        platformId: platform.id,
        deploymentId: claims[CLAIM.deploymentId],
        userId,
        classId,
        returnUrl: settings.deep_link_return_url,
        data: settings.data ?? null,
        expiresAt: new Date(Date.now() + 60 * 60 * 1000),
      },
    })
    return `/lti/deep-link/${request.id}`
  }
  const link = claims[CLAIM.resourceLink]!
  const assignmentId = await assignmentForLink(tx, claims, platform.id, link.id, classId)
  if (!assignmentId) return role === 'INSTRUCTOR' ? `/classes/${classId}` : '/dashboard'
  // Work done before this person (or this link) reached the course site is owed to its gradebook.
  await queueScoreSync(tx, { assignmentId, userIds: role === 'STUDENT' ? [userId] : undefined })
  return role === 'INSTRUCTOR' ? `/classes/${classId}/assignments/${assignmentId}` : `/assignments/${assignmentId}`
}

async function assignmentForLink(tx: Tx, claims: VerifiedLaunch['claims'], platformId: string, resourceLinkId: string, classId: string) {
  const lineItemUrl = claims[CLAIM.agsEndpoint]?.lineitem ?? undefined
  const existing = await tx.ltiResourceLink.findUnique({ where: { platformId_resourceLinkId: { platformId, resourceLinkId } } })
  if (existing) {
    if (lineItemUrl && lineItemUrl !== existing.lineItemUrl)
      await tx.ltiResourceLink.update({ where: { id: existing.id }, data: { lineItemUrl } })
    return existing.assignmentId
  }
  // A link made by deep linking carries the assignment it was made for; it must be this class's.
  const custom = claims[CLAIM.custom]?.lectern_assignment
  if (typeof custom !== 'string') return null
  const assignment = await tx.assignment.findFirst({ where: { id: custom, classId }, select: { id: true } })
  if (!assignment) return null
  await tx.ltiResourceLink.create({ data: { platformId, resourceLinkId, assignmentId: assignment.id, lineItemUrl } })
  return assignment.id
}
