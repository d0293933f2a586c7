import type { FormatReport } from '@/lib/exports/download-formats'
import ui from '@/components/ui/ui.module.css'
import styles from './export-panel.module.css'

/**
 * The question downloads of a set or an assignment, each with what its format carries: how many
 * questions, which were left out and why, and what the others lose — said before the download,
 * so an instructor never finds out in their course site.
 */
export function ExportPanel({ reports, hrefOf }: { reports: FormatReport[]; hrefOf: (format: string) => string }) {
  return (
    <ul className={styles.formats}>
      {reports.map(({ name, label, purpose, total, report }) => {
        const lossCount = report.withLosses.length
        return (
          <li key={name} className={styles.format}>
            <p className={styles.head}>
              <a className={`${ui.button} ${ui.secondary}`} href={hrefOf(name)} download>
                Download {label}
              </a>{' '}
              <span className={ui.muted}>{purpose}</span>
            </p>
            <p className={styles.summary}>
              {report.carried === total ? `All ${total} questions` : `${report.carried} of ${total} questions`}
              {lossCount > 0 && `; ${lossCount} carried with something missing`}
              {report.leftOut.length === 0 && lossCount === 0 && ', with nothing missing'}.
            </p>
            {(report.leftOut.length > 0 || lossCount > 0) && (
              <details className={styles.details}>
                <summary>What {label} leaves out</summary>
                {report.leftOut.length > 0 && (
                  <>
                    <h4 className={styles.subhead}>Left out of the file</h4>
                    <ul>
                      {report.leftOut.map((q) => (
                        <li key={q.questionId}>
                          Question {q.position}, <q>{q.title}</q> — {q.reason}.
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {lossCount > 0 && (
                  <>
                    <h4 className={styles.subhead}>In the file, without</h4>
                    <ul>
                      {report.withLosses.map((q) => (
                        <li key={q.questionId}>
                          Question {q.position}, <q>{q.title}</q>: {q.lost.join('; ')}.
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </details>
            )}
          </li>
        )
      })}
    </ul>
  )
}
