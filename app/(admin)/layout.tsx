import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { ResetNoticeSlot } from '../(app)/reset-notice-slot'

// Administrators only; every action and domain function below checks again (lib/admin/admin-actor.ts).
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireRole('ADMIN')
  return (
    <>
      <ResetNoticeSlot />
      <div className={ui.page}>
        <nav aria-label="Administration" className={`${ui.linkRow} no-print`}>
          <Link href="/admin/users">Users</Link>
          <Link href="/admin/classes">All classes</Link>
          <Link href="/admin/lti">LTI platforms</Link>
        </nav>
        {children}
      </div>
    </>
  )
}
