import type { Metadata } from 'next'
import { buildRecordView } from '@/lib/content/record-view'
import { ClipboardActions } from '@/components/lesson/clipboard-actions'
import { EssayList } from '@/components/lesson/essay-list'
import { LessonContents } from '@/components/lesson/lesson-contents'
import { LessonHtml } from '@/components/lesson/lesson-html/lesson-html'
import { LessonIntroduction } from '@/components/lesson/lesson-introduction'
import { LessonNav } from '@/components/lesson/lesson-nav'
import { ProvenanceCard } from '@/components/lesson/provenance-card'
import { ReadingBeacon } from '@/components/lesson/reading-beacon'
import { RecordReader } from '@/components/lesson/record/record-reader'
import { StaticHtml } from '@/components/lesson/static-html'
import styles from '@/components/lesson/lesson.module.css'
import { lessonFromParams, type LessonParams } from './lesson-params'

export async function generateMetadata(props: LessonParams): Promise<Metadata> {
  const lesson = await lessonFromParams(props)
  return { title: lesson.info.title, description: lesson.info.summary }
}

export default async function LessonPage(props: LessonParams) {
  const lesson = await lessonFromParams(props)
  const { slug, info } = lesson
  const view = buildRecordView(lesson)
  const glossaryIds = new Set(lesson.glossary.map((entry) => entry.id))
  return (
    <>
      <LessonNav slug={slug} current="record" />
      <header className={styles.header}>
        <p className={styles.kicker}>Primary source · {info.place}, 1986</p>
        <h1>{info.title}</h1>
        <p className={styles.lede}>{info.summary}</p>
      </header>
      {/* The long static parts keep their server HTML rather than being hydrated (see StaticHtml, LessonHtml). */}
      <StaticHtml>
        <LessonContents lesson={lesson} view={view} />
        <ProvenanceCard info={info} slug={slug} glossaryIds={glossaryIds} />
        <LessonIntroduction lesson={lesson} />
      </StaticHtml>
      <div className={styles.deferred}>
        <section id="record" aria-labelledby="record-title">
          <h2 id="record-title" className={styles.sectionTitle}>
            The record
          </h2>
          <RecordReader lesson={lesson} />
        </section>
        <StaticHtml>
          <section id="essays" aria-labelledby="essays-title" className="no-print">
            <h2 id="essays-title" className={styles.sectionTitle}>
              Read on: the context essays
            </h2>
            <EssayList slug={slug} essays={lesson.essays} inPage />
          </section>
        </StaticHtml>
      </div>
      <LessonHtml slug={slug} block="glossary-popovers" className="no-print" />
      <ClipboardActions />
      <ReadingBeacon lessonSlug={slug} sectionId="record" />
    </>
  )
}
