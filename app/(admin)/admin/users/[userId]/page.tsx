import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { CopyableLink } from '@/components/ui/copy-button'
import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import { ResetLinkButton } from '@/app/(instructor)/classes/[classId]/roster/reset-link-button'
import { getUserForAdmin } from '@/lib/admin/get-user-for-admin'
import { listResetLinks } from '@/lib/accounts/list-reset-links'
import { requireRole } from '@/lib/auth/session'
import { orNotFound } from '@/lib/http/page-params'
import { publicUrl } from '@/lib/http/public-url'
import { ActiveForm, RoleForm } from '../../account-forms'
import { AUDIT_LABEL, ROLE_LABEL } from '../../role-label'

export const metadata: Metadata = { title: 'User' }

const RESETS_HEADING = 'Reset links waiting to be used'

export default async function AdminUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const admin = await requireRole('ADMIN')
  const { userId } = await params
  const user = await orNotFound(getUserForAdmin({ actorId: admin.id, userId: userId.slice(0, 64) }))
  const [resets, requestHeaders] = await Promise.all([listResetLinks({ actorId: admin.id, userId: user.id }), headers()])
  const isSelf = user.id === admin.id
  return (
    <>
      <h1>{user.name}</h1>
      <p className={ui.muted}>
        {user.email} · {ROLE_LABEL[user.role]} · {user.deactivatedAt ? <strong>Deactivated</strong> : 'Active'} · account created{' '}
        <LocalTime iso={user.createdAt.toISOString()} withZone={false} />
      </p>

      <section aria-labelledby="manage-heading">
        <h2 id="manage-heading">Manage</h2>
        {isSelf ? (
          <p>
            This is your own account. Another administrator can change its role or deactivate it; change your password on your Account page.
          </p>
        ) : (
          <>
            <RoleForm userId={user.id} role={user.role} />
            <ActiveForm userId={user.id} name={user.name} isActive={!user.deactivatedAt} />
            <h3>Password</h3>
            <p className={ui.hint}>
              A one-time link that sets a new password, valid for 24 hours; pass it on yourself. Using it signs the person out everywhere,
              and they are told who issued it.
            </p>
            <ResetLinkButton studentId={user.id} studentName={user.name} listedUnder={RESETS_HEADING} />
          </>
        )}
      </section>

      {resets.length > 0 && (
        <section aria-labelledby="resets-heading">
          <h2 id="resets-heading">{RESETS_HEADING}</h2>
          <ul className={ui.plainList}>
            {resets.map((r) => (
              <li key={r.id}>
                {r.path ? (
                  <CopyableLink url={publicUrl(r.path, requestHeaders)} label={`reset link for ${user.name}`} />
                ) : (
                  'Made before links could be shown again: make a new one if it is lost.'
                )}{' '}
                <span className={ui.muted}>
                  (until <LocalTime iso={r.expiresAt.toISOString()} withZone={false} />)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="classes-heading">
        <h2 id="classes-heading">Classes</h2>
        {user.memberships.length === 0 ? (
          <p>In no class.</p>
        ) : (
          <ul>
            {user.memberships.map((m) => (
              <li key={m.class.id}>
                <Link href={`/admin/classes/${m.class.id}`}>{m.class.name}</Link> ({m.class.term}) —{' '}
                {m.role === 'INSTRUCTOR' ? 'instructor' : 'student'}
                {m.removedAt && ', removed'}
                {m.class.archivedAt && ', class archived'}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Recent activity</h2>
        {user.history.length === 0 ? (
          <p>Nothing recorded yet.</p>
        ) : (
          <div className={ui.scrollX}>
            <table className={ui.table}>
              <caption className="visually-hidden">The latest audit entries by or about this account</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {user.history.map((h) => (
                  <tr key={h.id}>
                    <td>
                      <LocalTime iso={h.at.toISOString()} />
                    </td>
                    <td>
                      {AUDIT_LABEL[h.action] ?? h.action}
                      {h.subject && h.subject.name !== user.name && <> — {h.subject.name}</>}
                    </td>
                    <td>{h.actor?.name ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  )
}
