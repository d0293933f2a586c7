import { signOutTo, type SignedInUser } from '@/components/layout/session-user'

// The signed-in part of the header on the lesson reader, which has no React in the browser: the
// same links as AccountNav (components/layout/account-nav.tsx), added to the header's list.

function item(child: HTMLElement): HTMLLIElement {
  const li = document.createElement('li')
  li.append(child)
  return li
}

function link(href: string, text: string, hiddenText?: string): HTMLAnchorElement {
  const a = document.createElement('a')
  a.href = href
  a.textContent = text
  if (hiddenText) {
    const span = document.createElement('span')
    span.className = 'visually-hidden'
    span.textContent = hiddenText
    a.append(span)
  }
  return a
}

export function showAccountNav(list: HTMLElement, user: SignedInUser | null) {
  if (!user) {
    list.append(item(link('/signin', 'Sign in')), item(link('/signup', 'Sign up')))
    return
  }
  list.append(item(link('/dashboard', 'Dashboard')))
  if (user.role === 'INSTRUCTOR' || user.role === 'ADMIN') list.append(item(link('/classes', 'Classes')))
  list.append(item(link('/account', 'Account', ` (${user.name})`)))
  const signOut = document.createElement('button')
  signOut.type = 'button'
  signOut.className = list.dataset.linkButtonClass ?? ''
  signOut.textContent = 'Sign out'
  signOut.addEventListener('click', () => void signOutTo('/signin?signedOut=1'))
  list.append(item(signOut))
}
