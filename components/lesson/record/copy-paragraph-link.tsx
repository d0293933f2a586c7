import { CopyButton } from '../copy-button'

const LinkIcon = () => (
  <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
    <path d="M6.5 9.5a3 3 0 0 0 4.2 0l2.1-2.1a3 3 0 0 0-4.2-4.2l-.9.9" />
    <path d="M9.5 6.5a3 3 0 0 0-4.2 0L3.2 8.6a3 3 0 0 0 4.2 4.2l.9-.9" />
  </svg>
)
const CheckIcon = () => (
  <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
    <path d="M3 8.5l3.2 3L13 4.5" />
  </svg>
)

/** "Copy link to ¶7": puts this page's URL with #p7 on the clipboard. */
export function CopyParagraphLink({ id, className }: { id: string; className?: string }) {
  return (
    <CopyButton fragment={id} label={`Copy link to ¶${id.slice(1)}`} className={className} copied={<CheckIcon />}>
      <LinkIcon />
    </CopyButton>
  )
}
