import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { JoinClassForm } from '@/components/classes/join-class-form'
import { joinClassAction } from '../actions'
import ui from '@/components/ui/ui.module.css'
import { getCurrentUser } from '@/lib/auth/session'

export const metadata: Metadata = { title: 'Join a class' }

// A join link. Opening it changes nothing (GET must be safe): the student confirms with a button.
export default async function JoinLinkPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params
  const safeCode = decodeURIComponent(code).slice(0, 32)
  const user = await getCurrentUser()
  if (!user) redirect(`/signup?code=${encodeURIComponent(safeCode)}`)
  return (
    <div className={ui.narrow}>
      <h1>Join a class</h1>
      {user.role === 'STUDENT' ? (
        <JoinClassForm joinAction={joinClassAction} code={safeCode} submitLabel="Join this class" />
      ) : (
        <p>
          Join links are for students. To teach a class with a colleague, ask them for a co-instructor link.{' '}
          <Link href="/classes">Go to your classes</Link>.
        </p>
      )}
    </div>
  )
}
