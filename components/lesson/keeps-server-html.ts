'use client'
import { useState, useSyncExternalStore } from 'react'

// Long static blocks need no React in the browser: their popovers, <details> and toggles are
// native HTML and CSS. Hydrating them would only cost a phone main-thread time, so when React
// hydrates the page's server HTML they keep that HTML as it is and React hydrates nothing inside.
// A block mounted by a client-side navigation has no server HTML to keep.

const noSubscription = () => () => {}

/** True for a block being hydrated over the server's HTML, false on the server and for client-side mounts. */
export function useKeepsServerHtml(): boolean {
  // React reads the server snapshot only on the server and while hydrating; a client-side mount
  // reads the client one. Kept in state so the value does not flip once hydration is over.
  const hydrating = useSyncExternalStore(noSubscription, () => false, () => true)
  const [keepsServerHtml] = useState(() => typeof window !== 'undefined' && hydrating)
  return keepsServerHtml
}
