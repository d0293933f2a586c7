import styles from './copy-button.module.css'

/**
 * Copies a text, or this page's URL with a #fragment. The button is plain HTML, hidden until
 * the lesson reader's script (reader/browser/copy-buttons.ts) enables every copy button at once:
 * without JavaScript it could do nothing, and the text or permalink beside it can still be
 * selected and copied by hand.
 */
export function CopyButton({
  text,
  fragment,
  label,
  className,
  children,
  copied,
}: {
  text?: string
  fragment?: string
  label: string
  className?: string
  children: React.ReactNode
  copied: React.ReactNode
}) {
  return (
    <button
      type="button"
      hidden
      className={`${styles.button} ${className ?? ''}`}
      aria-label={label}
      data-copy-text={text}
      data-copy-fragment={fragment}
    >
      <span className={styles.idle}>{children}</span>
      <span className={styles.done}>{copied}</span>
    </button>
  )
}
