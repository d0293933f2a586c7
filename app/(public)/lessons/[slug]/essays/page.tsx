import type { Metadata } from 'next'
import { EssayList } from '@/components/lesson/essay-list'
import { LessonNav } from '@/components/lesson/lesson-nav'
import styles from '@/components/lesson/lesson.module.css'
import { lessonFromParams, type LessonParams } from '../lesson-params'

export const metadata: Metadata = { title: 'Context essays' }

export default async function EssaysPage(props: LessonParams) {
  const lesson = await lessonFromParams(props)
  return (
    <>
      <LessonNav slug={lesson.slug} current="essays" />
      <header className={styles.header}>
        <p className={styles.kicker}>{lesson.info.title}</p>
        <h1>Context essays</h1>
        <p className={styles.lede}>
          Six short essays on the world the two leaders were talking about, and on how to read a record like this one.
        </p>
      </header>
      <EssayList slug={lesson.slug} essays={lesson.essays} />
    </>
  )
}
