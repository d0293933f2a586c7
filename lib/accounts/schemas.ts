import { z } from 'zod'
import { zEmail, zJoinCode, zName, zNewPassword } from '@/lib/validation'

export const ZSignUp = z.strictObject({
  name: zName,
  email: zEmail,
  password: zNewPassword,
  joinCode: zJoinCode.optional(),
})
export type TSignUp = z.infer<typeof ZSignUp>

export const ZAcceptInvite = z.strictObject({
  token: z.string().min(1).max(200),
  name: zName,
  email: zEmail,
  password: zNewPassword,
})
export type TAcceptInvite = z.infer<typeof ZAcceptInvite>

export const ZResetPassword = z.strictObject({
  token: z.string().min(1).max(200),
  password: zNewPassword,
})

export const ZChangePassword = z.strictObject({
  currentPassword: z.string().min(1, 'Enter your current password.').max(256),
  newPassword: zNewPassword,
})
