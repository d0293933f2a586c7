import { notFound } from 'next/navigation'
import { ClassNav } from '@/components/classes/class-nav'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { getClassHeader } from '@/lib/classes/get-class-header'

export default async function ClassLayout({ children, params }: { children: React.ReactNode; params: Promise<{ classId: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  const klass = await getClassHeader({ userId: user.id, classId })
  if (!klass) notFound()
  return (
    <div className={ui.page}>
      <h1>{klass.name}</h1>
      <p className={ui.muted}>
        {klass.term} · taught by {klass.memberships.map((m) => m.user.name).join(', ')}
        {klass.archivedAt && <strong> · Archived</strong>}
      </p>
      <ClassNav classId={klass.id} />
      {children}
    </div>
  )
}
