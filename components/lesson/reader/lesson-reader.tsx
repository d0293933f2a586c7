import type { PublicLesson } from '@/lib/content/parse-lesson'
import { buildRecordView } from '@/lib/content/record-view'
import { EssayList } from '../essay-list'
import { GlossaryPopovers } from '../glossary-term'
import { LessonContents } from '../lesson-contents'
import { LessonIntroduction } from '../lesson-introduction'
import { LessonNav } from '../lesson-nav'
import { PROVENANCE_TERMS, ProvenanceCard } from '../provenance-card'
import { RecordReader } from '../record/record-reader'
import styles from '../lesson.module.css'

/**
 * The lesson's main page: contents, provenance, introduction, the annotated record, the essays
 * and the popovers of every glossary term it shows. Rendered once, to static HTML, with no React
 * in the browser (pages/lessons/[slug].tsx); its few behaviours are the reader script's.
 */
export function LessonReader({ lesson }: { lesson: PublicLesson }) {
  const { slug, info } = lesson
  const view = buildRecordView(lesson)
  const glossaryIds = new Set(lesson.glossary.map((entry) => entry.id))
  const shownTerms = new Set([...view.termIds, ...PROVENANCE_TERMS])
  return (
    <div className={styles.page} data-lesson-slug={slug} data-reading-section="record">
      <LessonNav slug={slug} current="record" />
      <header className={styles.header}>
        <p className={styles.kicker}>
          Primary source · {info.place}, {info.year}
        </p>
        <h1>{info.title}</h1>
        <p className={styles.lede}>{info.summary}</p>
      </header>
      <LessonContents lesson={lesson} view={view} />
      <ProvenanceCard info={info} slug={slug} glossaryIds={glossaryIds} />
      <LessonIntroduction lesson={lesson} />
      <div className={styles.deferred}>
        <section id="record" aria-labelledby="record-title">
          <h2 id="record-title" className={styles.sectionTitle}>
            The record
          </h2>
          <RecordReader lesson={lesson} view={view} />
        </section>
        <section id="essays" aria-labelledby="essays-title" className="no-print">
          <h2 id="essays-title" className={styles.sectionTitle}>
            Read on: the context essays
          </h2>
          <EssayList slug={slug} essays={lesson.essays} inPage />
        </section>
      </div>
      <GlossaryPopovers slug={slug} entries={lesson.glossary.filter((entry) => shownTerms.has(entry.id))} />
      <p role="status" className="visually-hidden" data-copy-status="" />
    </div>
  )
}
