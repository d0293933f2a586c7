import { accountItems, type AccountItem } from '@/components/layout/account-links'
import { signOutTo, type SignedInUser } from '@/components/layout/session-user'

// The signed-in part of the header on the static lesson pages, which have no React in the
// browser: the same list as AccountNav (components/layout/account-links.ts), added to the
// header's list as DOM.

function element(item: AccountItem, linkButtonClass: string): HTMLElement {
  if (item.kind === 'sign-out') {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = linkButtonClass
    button.textContent = item.text
    button.addEventListener('click', () => void signOutTo(item.callbackUrl))
    return button
  }
  const a = document.createElement('a')
  a.href = item.href
  a.textContent = item.text
  if (item.hiddenText) {
    const span = document.createElement('span')
    span.className = 'visually-hidden'
    span.textContent = item.hiddenText
    a.append(span)
  }
  return a
}

export function showAccountNav(list: HTMLElement, user: SignedInUser | null) {
  for (const item of accountItems(user)) {
    const li = document.createElement('li')
    li.append(element(item, list.dataset.linkButtonClass ?? ''))
    list.append(li)
  }
}
