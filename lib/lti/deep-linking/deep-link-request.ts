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
