import type { SignedInUser } from './session-user'

// The header's account links, in one list for both of their renderers: AccountNav (React, on the
// App Router's pages) and the static lesson's script (components/lesson/reader/browser/
// account-nav.ts), which has no React. Rules about who sees what live here only.

export type AccountItem =
  | { kind: 'link'; href: string; text: string; /** read by screen readers after the text */ hiddenText?: string }
  | { kind: 'sign-out'; text: string; callbackUrl: string }

export function accountItems(user: SignedInUser | null): AccountItem[] {
  if (!user)
    return [
      { kind: 'link', href: '/signin', text: 'Sign in' },
      { kind: 'link', href: '/signup', text: 'Sign up' },
    ]
  const isInstructor = user.role === 'INSTRUCTOR' || user.role === 'ADMIN'
  return [
    { kind: 'link', href: '/dashboard', text: 'Dashboard' },
    ...(isInstructor ? [{ kind: 'link', href: '/classes', text: 'Classes' } as const] : []),
    ...(user.role === 'ADMIN' ? [{ kind: 'link', href: '/admin/users', text: 'Admin' } as const] : []),
    { kind: 'link', href: '/account', text: 'Account', hiddenText: ` (${user.name})` },
    { kind: 'sign-out', text: 'Sign out', callbackUrl: '/signin?signedOut=1' },
  ]
}
