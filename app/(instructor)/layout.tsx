import { requireRole } from '@/lib/auth/session'

// A guard for the pages below; every action there checks again, because a layout does not
// protect the actions its pages define.
export default async function InstructorLayout({ children }: { children: React.ReactNode }) {
  await requireRole('INSTRUCTOR', 'ADMIN')
  return children
}
