import type { EssayComponents } from '@/lib/content/compile-essay'
import { TermButton } from '../glossary-term'
import { ParaRef } from '../para-ref'
import styles from './essay.module.css'

/** The three components an essay's MDX may use (content/…/CONTENT-FORMAT.md), bound to a lesson. */
export function essayComponents(slug: string): EssayComponents {
  return {
    WhyItMatters: ({ children }) => (
      <aside className={styles.why} aria-labelledby="why-it-matters">
        <p className={styles.whyTitle} id="why-it-matters">
          Why this matters for the record
        </p>
        {children}
      </aside>
    ),
    ParaLink: ({ id }) => <ParaRef slug={slug} id={id} />,
    Term: ({ id, children }) => <TermButton termId={id}>{children}</TermButton>,
  }
}
