import { copyButtonHtml } from '../copy-button'
import { escapeHtml } from '../html-string'
import styles from './copy-paragraph-link.module.css'

// The icons are CSS masks rather than inline SVG: the record has one button per paragraph, and
// two inline SVGs each would add some 35 kB to the page's HTML.
const icon = (kind: 'link' | 'check') => `<span aria-hidden="true" class="${escapeHtml(`${styles.icon} ${styles[kind]}`)}"></span>`

/** "Copy link to ¶7" as HTML: puts this page's URL with #p7 on the clipboard. */
export function copyParagraphLinkHtml(id: string, className: string): string {
  return copyButtonHtml({ fragment: id, label: `Copy link to ¶${id.slice(1)}`, className, idleHtml: icon('link'), doneHtml: icon('check') })
}
