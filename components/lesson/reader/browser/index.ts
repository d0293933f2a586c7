import { fetchSignedInUser } from '@/components/layout/session-user'
import { browserEnvironment, sendBeat } from '../../reading-browser'
import { startReadingTracker } from '../../reading-tracker'
import { showAccountNav } from './account-nav'
import { enableCopyButtons } from './copy-buttons'
import { focusMaps } from './map-focus'
import { enableOpenAllNotes } from './open-all-notes'
import { partInView } from './part-in-view'
import { trackToolbarHeight } from './toolbar-height'

// Everything the static lesson pages do with JavaScript, for pages that load no framework (see
// pages/lessons/): copy buttons, "open all notes", the map's first view on a phone, the toolbar's
// height, the signed-in header and a student's reading beacon. Bundled into one inline script when
// the page is built.

enableCopyButtons(document.querySelector<HTMLElement>('[data-copy-status]'))
enableOpenAllNotes()
focusMaps()
trackToolbarHeight()

const page = document.querySelector<HTMLElement>('[data-lesson-slug]')
const accountList = document.querySelector<HTMLElement>('[data-account-nav]')
void fetchSignedInUser().then((user) => {
  if (accountList) showAccountNav(accountList, user)
  if (user?.role === 'STUDENT' && page?.dataset.lessonSlug && page.dataset.readingSection) {
    startReadingTracker({
      lessonSlug: page.dataset.lessonSlug,
      sectionId: page.dataset.readingSection,
      send: sendBeat,
      env: browserEnvironment,
      partInView: partInView(document.querySelectorAll<HTMLElement>('[data-reading-part]')),
    })
  }
})
