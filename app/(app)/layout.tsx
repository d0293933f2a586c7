import { ResetNoticeSlot } from './reset-notice-slot'

export default function SignedInLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <ResetNoticeSlot />
      {children}
    </>
  )
}
