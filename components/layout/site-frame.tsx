import { SiteHeader } from './site-header'

/** What every page has around its content: the skip link, the header and the main landmark. Without `account`, the header's account links are AccountNav's. */
export function SiteFrame({
  children,
  account,
  lessonSlug,
}: {
  children: React.ReactNode
  account?: React.ReactNode
  lessonSlug?: string
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader account={account} lessonSlug={lessonSlug} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
