import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import ui from '@/components/ui/ui.module.css'
import { requireRole } from '@/lib/auth/session'
import { getClassHeader } from '@/lib/classes/get-class-header'
import { formatJoinCode } from '@/lib/classes/join-code'
import { ClassSettingsForm, IntentButton } from './class-settings-forms'

export const metadata: Metadata = { title: 'Class settings' }

export default async function ClassSettingsPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId } = await params
  const klass = await getClassHeader({ userId: user.id, classId })
  if (!klass) notFound()
  return (
    <div className={`${ui.stack} ${ui.wideFormWidth}`}>
      <section aria-labelledby="details">
        <h2 id="details">Name and term</h2>
        <ClassSettingsForm classId={klass.id} name={klass.name} term={klass.term} />
      </section>
      <section aria-labelledby="joining">
        <h2 id="joining">Joining</h2>
        <p>
          Current code: <code className={ui.code}>{formatJoinCode(klass.joinCode)}</code> — joining is{' '}
          <strong>{klass.joinEnabled ? 'on' : 'off'}</strong>.
        </p>
        <IntentButton
          classId={klass.id}
          intent="regenerate-join-code"
          label="Make a new join code"
          hint="The old code and link stop working at once."
        />
        <IntentButton
          classId={klass.id}
          intent={klass.joinEnabled ? 'disable-joining' : 'enable-joining'}
          label={klass.joinEnabled ? 'Turn joining off' : 'Turn joining on'}
          hint={
            klass.joinEnabled ? 'No one can join with the code or link until you turn it back on.' : 'The current code and link work again.'
          }
        />
      </section>
      <section aria-labelledby="archive">
        <h2 id="archive">{klass.archivedAt ? 'Restore' : 'Archive'}</h2>
        <IntentButton
          classId={klass.id}
          intent={klass.archivedAt ? 'unarchive' : 'archive'}
          label={klass.archivedAt ? 'Restore this class' : 'Archive this class'}
          hint={klass.archivedAt ? 'Students see it again.' : 'Students no longer see it and cannot join; all work and grades are kept.'}
        />
      </section>
    </div>
  )
}
