import type { Metadata } from 'next'
import Link from 'next/link'
import styles from '@/components/review/analysis/analysis.module.css'
import { ChoiceSection } from '@/components/review/analysis/choice-section'
import { ParagraphSection } from '@/components/review/analysis/paragraph-section'
import { QuestionSection } from '@/components/review/analysis/question-section'
import { ReadingSection } from '@/components/review/analysis/reading-section'
import { SetSwitcher } from '@/components/review/analysis/set-switcher'
import { SkillSection } from '@/components/review/analysis/skill-section'
import { UpdatingNotice } from '@/components/review/analysis/updating-notice'
import { requireRole } from '@/lib/auth/session'
import { orNotFound } from '@/lib/http/page-params'
import { itemAnalysis } from '@/lib/review/item-analysis'
import { FEW_STUDENTS, percent } from '@/lib/review/question-notes'
import { countOf } from '@/lib/text/count-of'

export const metadata: Metadata = { title: 'Item analysis' }

export default async function AnalysisPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; assignmentId: string }>
  searchParams: Promise<{ set?: string }>
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, assignmentId } = await params
  const { set } = await searchParams
  const analysis = await orNotFound(itemAnalysis({ userId: user.id, classId, assignmentId, questionSetId: set?.slice(0, 60) }))
  const heading = (
    <>
      <p>
        <Link href={`/classes/${classId}/assignments/${assignmentId}`}>← {analysis.assignment.title}</Link>
      </p>
      <h2>Item analysis: {analysis.set.title}</h2>
      <SetSwitcher sets={analysis.sets} current={analysis.set.id} />
    </>
  )
  if (analysis.asOf === null)
    return (
      <>
        {heading}
        <UpdatingNotice computedAt={null} />
      </>
    )
  const low = analysis.lowestParagraph
  return (
    <>
      {heading}
      {!analysis.asOf.isCurrent && <UpdatingNotice computedAt={analysis.asOf.computedAt.toISOString()} />}
      {analysis.students === 0 ? (
        <p>Nobody has submitted this quiz yet — the analysis appears here as soon as students submit.</p>
      ) : (
        <>
          <p className={styles.summary}>
            From the latest submitted attempt of {countOf(analysis.students, 'student')}.{' '}
            {low && (
              <>
                The passage the class misread most is <strong>{low.label}</strong>: {percent(low.facility)} of the points on{' '}
                {low.questions === 1 ? 'the one question that rests' : `the ${low.questions} questions that rest`} on it.
              </>
            )}{' '}
            {analysis.lowestSkill && (
              <>
                The weakest skill is <strong>{analysis.lowestSkill.label.toLowerCase()}</strong> ({percent(analysis.lowestSkill.facility)}).
              </>
            )}
          </p>
          {analysis.students < FEW_STUDENTS && (
            <p className={styles.muted}>With fewer than {FEW_STUDENTS} students, read discrimination and small differences with caution.</p>
          )}
          <ParagraphSection analysis={analysis} />
          <SkillSection analysis={analysis} />
          <QuestionSection analysis={analysis} />
          <ChoiceSection analysis={analysis} />
          <ReadingSection analysis={analysis} readingHref={`/classes/${classId}/reading`} />
        </>
      )}
    </>
  )
}
