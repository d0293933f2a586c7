import 'server-only'
import { audit } from '@/lib/audit'
import { db } from '@/lib/db'
import { registerPlatform, updatePlatform } from '@/lib/lti/platforms'
import { rotateToolKey } from '@/lib/lti/tool-keys'
import { assertAdmin } from './admin-actor'

// An administrator registers a course site, edits it, or rotates Lectern's signing key. The admin
// check happens here, against the database, as for every admin domain function; each act is
// audited. The audit row is written after the change (lib/lti/platforms.ts runs its own
// transaction), so a refused input writes neither.

export async function registerPlatformAsAdmin(opts: { actorId: string; input: unknown }): Promise<{ id: string }> {
  await assertAdmin(db, opts.actorId)
  const { id } = await registerPlatform(opts.input)
  await audit({ action: 'LTI_PLATFORM_REGISTERED', actorId: opts.actorId, details: { platformId: id } })
  return { id }
}

export async function updatePlatformAsAdmin(opts: { actorId: string; platformId: string; input: unknown }): Promise<void> {
  await assertAdmin(db, opts.actorId)
  await updatePlatform(opts.platformId, opts.input)
  await audit({ action: 'LTI_PLATFORM_UPDATED', actorId: opts.actorId, details: { platformId: opts.platformId } })
}

export async function rotateToolKeyAsAdmin(opts: { actorId: string }): Promise<{ kid: string; retired: string[] }> {
  await assertAdmin(db, opts.actorId)
  const rotated = await rotateToolKey()
  await audit({ action: 'LTI_KEY_ROTATED', actorId: opts.actorId, details: rotated })
  return rotated
}
