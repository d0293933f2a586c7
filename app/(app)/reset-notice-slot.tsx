import { ResetNotice } from '@/components/layout/reset-notice'
import { getResetNotice } from '@/lib/accounts/reset-notice'
import { getCurrentUser } from '@/lib/auth/session'
import { dismissResetNoticeAction } from './account/actions'

/** The reset notice for whoever is signed in, above every signed-in page (both route groups use it). */
export async function ResetNoticeSlot() {
  const user = await getCurrentUser()
  const notice = user ? await getResetNotice({ userId: user.id }) : null
  return notice ? <ResetNotice notice={notice} dismissAction={dismissResetNoticeAction} /> : null
}
