'use client'
import Link from 'next/link'
import ui from '@/components/ui/ui.module.css'
import { accountItems } from './account-links'
import { signOutTo, useSignedInUser } from './use-signed-in-user'

/** The header's account links (account-links.ts) on the App Router's pages, once the session is known. */
export function AccountNav() {
  const session = useSignedInUser()
  if (session.status === 'loading') return null
  return accountItems(session.status === 'signed-in' ? session.user : null).map((item) => (
    <li key={item.text}>
      {item.kind === 'link' ? (
        <Link prefetch={false} href={item.href}>
          {item.text}
          {item.hiddenText && <span className="visually-hidden">{item.hiddenText}</span>}
        </Link>
      ) : (
        <button type="button" className={ui.linkButton} onClick={() => void signOutTo(item.callbackUrl)}>
          {item.text}
        </button>
      )}
    </li>
  ))
}
