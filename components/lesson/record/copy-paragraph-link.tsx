import { CopyButton } from '../copy-button'
import styles from './copy-paragraph-link.module.css'

// The icons are CSS masks rather than inline SVG: the record has one button per paragraph, and
// two inline SVGs each would add some 35 kB to the page's HTML.
const Icon = ({ kind }: { kind: 'link' | 'check' }) => <span aria-hidden="true" className={`${styles.icon} ${styles[kind]}`} />

/** "Copy link to ¶7": puts this page's URL with #p7 on the clipboard. */
export function CopyParagraphLink({ id, className }: { id: string; className?: string }) {
  return (
    <CopyButton fragment={id} label={`Copy link to ¶${id.slice(1)}`} className={className} copied={<Icon kind="check" />}>
      <Icon kind="link" />
    </CopyButton>
  )
}
