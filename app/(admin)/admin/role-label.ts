export const ROLE_LABEL = { STUDENT: 'Student', INSTRUCTOR: 'Instructor', ADMIN: 'Administrator' } as const

/** The audit log's action names, in words. */
export const AUDIT_LABEL: Record<string, string> = {
  SIGN_IN: 'Signed in',
  SIGN_UP: 'Signed up',
  PASSWORD_CHANGED: 'Changed their password',
  PASSWORD_RESET_ISSUED: 'Reset link issued',
  PASSWORD_RESET_USED: 'Password set with a reset link',
  PASSWORD_RESET_CONSENT_CHANGED: 'Changed reset consent',
  CLASS_JOINED: 'Joined a class',
  SIGNED_OUT_EVERYWHERE: 'Signed out everywhere',
  INSTRUCTOR_INVITE_CREATED: 'Made an instructor invite',
  INSTRUCTOR_INVITE_USED: 'Used an instructor invite',
  GRADE_CHANGED: 'Changed a grade',
  USER_ROLE_CHANGED: 'Role changed',
  USER_DEACTIVATED: 'Deactivated',
  USER_REACTIVATED: 'Reactivated',
  ADMIN_JOINED_CLASS: 'Joined a class as an instructor',
}
