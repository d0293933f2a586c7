import { SiteHeader } from './site-header'

/** What every page has around its content: the skip link, the header and the main landmark. */
export function SiteFrame({ children, account }: { children: React.ReactNode; account?: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {account === undefined ? <SiteHeader /> : <SiteHeader account={account} />}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
