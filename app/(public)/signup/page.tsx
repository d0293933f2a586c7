import type { Metadata } from 'next'
import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { SignUpForm } from './sign-up-form'
import { searchParam } from '@/lib/http/page-params'

export const metadata: Metadata = { title: 'Create your account' }

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams
  return (
    <div className={ui.narrow}>
      <h1>Create your student account</h1>
      <p className={ui.muted}>
        Instructors: ask a colleague for an instructor invite link, or see the README for the command that creates one.
      </p>
      <SignUpForm joinCode={searchParam(code, 32) ?? ''} />
      <p>
        Already have an account?{' '}
        <Link href={code ? `/signin?callbackUrl=${encodeURIComponent(`/join/${code.slice(0, 32)}`)}` : '/signin'}>Sign in</Link>
        {code ? ' and join the class from there' : ''}.
      </p>
    </div>
  )
}
