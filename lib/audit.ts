import 'server-only'
import type { Prisma } from '@/lib/generated/prisma/client'
import { db, type Tx } from '@/lib/db'

export type AuditAction =
  | 'SIGN_IN'
  | 'SIGN_UP'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET_ISSUED'
  | 'PASSWORD_RESET_CONSENT_CHANGED'
  | 'CLASS_JOINED'
  | 'PASSWORD_RESET_USED'
  | 'SIGNED_OUT_EVERYWHERE'
  | 'INSTRUCTOR_INVITE_CREATED'
  | 'INSTRUCTOR_INVITE_USED'
  | 'GRADE_CHANGED'
  | 'FEEDBACK_RELEASED'
  | 'FEEDBACK_WITHDRAWN'
  | 'USER_ROLE_CHANGED'
  | 'USER_DEACTIVATED'
  | 'USER_REACTIVATED'
  | 'ADMIN_JOINED_CLASS'
  | 'LTI_LAUNCH'
  | 'LTI_ROSTER_SYNCED'
  | 'LTI_PLATFORM_REGISTERED'
  | 'LTI_PLATFORM_UPDATED'
  | 'LTI_KEY_ROTATED'

export interface AuditEntry {
  action: AuditAction
  actorId?: string | null
  subjectUserId?: string | null
  ip?: string | null
  details?: Prisma.InputJsonValue
}

/** Writes one audit row; pass the transaction so the entry commits or rolls back with the change. */
export async function audit(entry: AuditEntry, tx: Tx | typeof db = db): Promise<void> {
  await tx.auditLog.create({ data: entry })
}
