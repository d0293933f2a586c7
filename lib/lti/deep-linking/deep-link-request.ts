import 'server-only'
import { db } from '@/lib/db'
import { AppError } from '@/lib/errors'

/**
 * The deep-linking request an instructor is answering: theirs only, unused and unexpired — any
 * other is "not found", so a request id reveals nothing to someone else.
 */
export async function openDeepLinkRequest(opts: { userId: string; requestId: string; now?: Date }) {
  const request = await db.ltiDeepLinkRequest.findUnique({ where: { id: opts.requestId } })
  const now = opts.now ?? new Date()
  if (!request || request.userId !== opts.userId) throw new AppError('NOT_FOUND', 'Not found.')
  if (request.usedAt || request.expiresAt <= now) {
    throw new AppError(
      'EXPIRED',
      'This request from your course site has already been answered or has expired. Start again from the course site.',
    )
  }
  const [platform, klass] = await Promise.all([
    db.ltiPlatform.findUniqueOrThrow({ where: { id: request.platformId } }),
    db.class.findUniqueOrThrow({ where: { id: request.classId }, select: { name: true } }),
  ])
  return { request, platform, className: klass.name }
}

/** How long after the assignment is made its answer can still be sent (a reload, a slow network). */
export const ANSWER_WINDOW_MS = 10 * 60 * 1000

/**
 * Makes the request's assignment, once: the request is claimed first, so a second submit cannot
 * make a second assignment, and released again if the assignment is refused (bad input).
 */
export async function fulfilDeepLinkRequest<T>(
  opts: { userId: string; requestId: string },
  create: (classId: string) => Promise<T>,
): Promise<T> {
  const { request } = await openDeepLinkRequest(opts)
  const claimed = await db.ltiDeepLinkRequest.updateMany({ where: { id: request.id, usedAt: null }, data: { usedAt: new Date() } })
  if (claimed.count !== 1)
    throw new AppError('EXPIRED', 'This request from your course site has already been answered. Start again from the course site.')
  try {
    return await create(request.classId)
  } catch (error) {
    await db.ltiDeepLinkRequest.update({ where: { id: request.id }, data: { usedAt: null } })
    throw error
  }
}
