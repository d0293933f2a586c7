import { requireRole } from '@/lib/auth/session'
import { ResetNoticeSlot } from '../(app)/reset-notice-slot'

// A guard for the pages below; every action there checks again, because a layout does not
// protect the actions its pages define.
export default async function InstructorLayout({ children }: { children: React.ReactNode }) {
  await requireRole('INSTRUCTOR', 'ADMIN')
  return (
    <>
      <ResetNoticeSlot />
      {children}
    </>
  )
}
