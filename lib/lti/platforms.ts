import 'server-only'
import { z } from 'zod'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { fieldErrorsOf } from '@/lib/validation'

// Registered course sites. Only an administrator registers one (the admin pages and
// scripts/lti-platform.ts check that before calling here); everything a launch trusts — the issuer,
// the client id, the deployment ids, the key set, the origins that may frame Lectern — comes from here.

const httpsOrLocalUrl = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(2000, `The ${label} can be at most 2,000 characters.`)
    .refine((value) => isWebUrl(value), `The ${label} must be a full https:// address.`)

function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value)
    // http only for a platform on this machine (a test platform or a local Moodle).
    return u.protocol === 'https:' || (u.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname))
  } catch {
    return false
  }
}

/** One origin per line or comma: "https://canvas.example.edu". */
const zOrigins = z
  .string()
  .max(4000)
  .transform((text) => text.split(/[\s,]+/).filter(Boolean))
  .pipe(z.array(httpsOrLocalUrl('origin').transform((value) => new URL(value).origin)).max(20, 'At most 20 origins may frame Lectern.'))

const zDeploymentIds = z
  .string()
  .max(4000)
  .transform((text) => [...new Set(text.split(/[\s,]+/).filter(Boolean))])
  .pipe(
    z
      .array(z.string().max(255, 'A deployment id can be at most 255 characters.'))
      .min(1, 'Enter at least one deployment id (Canvas shows it under the app’s settings; Moodle under “View configuration details”).')
      .max(50),
  )

export const ZPlatformInput = z.strictObject({
  name: z.string({ error: 'Name the platform.' }).trim().min(1, 'Name the platform, e.g. “University Canvas”.').max(100),
  issuer: httpsOrLocalUrl('issuer (Platform ID)'),
  clientId: z.string({ error: 'Enter the client id.' }).trim().min(1, 'Enter the client id.').max(255),
  deploymentIds: zDeploymentIds,
  authUrl: httpsOrLocalUrl('authentication request URL'),
  tokenUrl: httpsOrLocalUrl('access token URL'),
  jwksUrl: httpsOrLocalUrl('public keyset URL'),
  frameOrigins: zOrigins.optional().default([]),
})
export type PlatformInput = z.input<typeof ZPlatformInput>

function parse(input: unknown) {
  const parsed = ZPlatformInput.safeParse(input)
  if (!parsed.success) {
    const { message, fieldErrors } = fieldErrorsOf(parsed.error)
    throw new AppError('BAD_INPUT', message, fieldErrors)
  }
  // The issuer itself may frame Lectern unless said otherwise: Moodle and Canvas serve their pages from it.
  const data = parsed.data
  const frameOrigins = data.frameOrigins.length > 0 ? data.frameOrigins : [new URL(data.issuer).origin]
  return { ...data, frameOrigins }
}

export async function registerPlatform(input: unknown): Promise<{ id: string }> {
  const { deploymentIds, ...data } = parse(input)
  const clash = await db.ltiPlatform.findUnique({ where: { issuer_clientId: { issuer: data.issuer, clientId: data.clientId } } })
  if (clash) throw new AppError('CONFLICT', `A platform with this issuer and client id is already registered (“${clash.name}”).`)
  return db.ltiPlatform.create({
    data: { ...data, deployments: { create: deploymentIds.map((deploymentId) => ({ deploymentId })) } },
    select: { id: true },
  })
}

export async function updatePlatform(platformId: string, input: unknown): Promise<void> {
  const { deploymentIds, ...data } = parse(input)
  await db.$transaction(async (tx) => {
    const existing = await tx.ltiPlatform.findUnique({ where: { id: platformId } })
    if (!existing) throw new AppError('NOT_FOUND', 'That platform is not registered.')
    const clash = await tx.ltiPlatform.findFirst({ where: { issuer: data.issuer, clientId: data.clientId, NOT: { id: platformId } } })
    if (clash) throw new AppError('CONFLICT', `A platform with this issuer and client id is already registered (“${clash.name}”).`)
    await tx.ltiPlatform.update({ where: { id: platformId }, data })
    await tx.ltiDeployment.deleteMany({ where: { platformId, deploymentId: { notIn: deploymentIds } } })
    await tx.ltiDeployment.createMany({ data: deploymentIds.map((deploymentId) => ({ platformId, deploymentId })), skipDuplicates: true })
  })
}

export async function listPlatforms() {
  return db.ltiPlatform.findMany({ orderBy: { name: 'asc' }, include: { deployments: { orderBy: { deploymentId: 'asc' } } } })
}

export async function getPlatform(platformId: string) {
  const platform = await db.ltiPlatform.findUnique({
    where: { id: platformId },
    include: { deployments: { orderBy: { deploymentId: 'asc' } } },
  })
  if (!platform) throw new AppError('NOT_FOUND', 'That platform is not registered.')
  return platform
}

/**
 * The platform a login request names. The client id is optional in a login request (LTI Core
 * §4.1): without it, the issuer must name exactly one registration.
 */
export async function findPlatformForLogin(issuer: string, clientId: string | undefined) {
  if (clientId) return db.ltiPlatform.findUnique({ where: { issuer_clientId: { issuer, clientId } } })
  const candidates = await db.ltiPlatform.findMany({ where: { issuer }, take: 2 })
  return candidates.length === 1 ? candidates[0] : null
}

/** Every origin some registered platform may frame Lectern from. */
export async function allFrameOrigins(): Promise<string[]> {
  const rows = await db.ltiPlatform.findMany({ select: { frameOrigins: true } })
  return [...new Set(rows.flatMap((r) => r.frameOrigins))]
}
