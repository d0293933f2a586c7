import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AssignmentForm } from '@/components/assignments/assignment-form'
import { ExportPanel } from '@/components/exports/export-panel'
import { Alert } from '@/components/ui/alert'
import { LocalTime } from '@/components/ui/local-time'
import { StatusBadge } from '@/components/ui/status-badge'
import ui from '@/components/ui/ui.module.css'
import { classOverview } from '@/lib/assignments/class-overview'
import { getTaughtAssignment } from '@/lib/assignments/get-taught-assignment'
import { lessonCatalog } from '@/lib/content/catalog'
import { requireRole } from '@/lib/auth/session'
import { formatReports } from '@/lib/exports/download-formats'
import { taughtAssignmentExport } from '@/lib/exports/taught-export'
import { scoreSyncStatus } from '@/lib/lti/ags/score-sync-status'
import { updateAssignmentAction } from '../../actions'
import { AccommodationForm } from './accommodation-form'
import { CourseSiteGrades } from './course-site-grades'

export const metadata: Metadata = { title: 'Assignment' }

export default async function AssignmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ classId: string; assignmentId: string }>
  searchParams: Promise<{ created?: string }>
}) {
  const user = await requireRole('INSTRUCTOR', 'ADMIN')
  const { classId, assignmentId } = await params
  const assignment = await getTaughtAssignment({ userId: user.id, classId, assignmentId })
  if (!assignment) notFound()
  const overview = (await classOverview({ userId: user.id, classId })).find((a) => a.id === assignment.id)!
  const catalog = (await lessonCatalog(assignment.lessonSlug))!
  const { created } = await searchParams
  const courseSiteGrades = await scoreSyncStatus({ userId: user.id, assignmentId: assignment.id })
  const exported = await taughtAssignmentExport({ userId: user.id, classId, assignmentId: assignment.id })
  const reports = exported.input.sections.length > 0 ? await formatReports(exported.input) : []
  const lessonBase = `/classes/${classId}/lessons/${assignment.lessonSlug}`
  return (
    <>
      {created && <Alert kind="success">Assignment created. Students in the class see it on their dashboard.</Alert>}
      <h2>{assignment.title}</h2>
      {assignment.questionSetIds.length > 0 && (
        <p>
          <Link className={ui.button} href={`/classes/${classId}/assignments/${assignment.id}/grade`}>
            Grade and give feedback
          </Link>
        </p>
      )}
      <p>
        Due <LocalTime iso={assignment.dueAt.toISOString()} /> · opens <LocalTime iso={assignment.opensAt.toISOString()} />
      </p>

      <section aria-labelledby="review-heading">
        <h3 id="review-heading">Results</h3>
        <p>
          <Link href={`/classes/${classId}/assignments/${assignment.id}/analysis`}>Item analysis</Link>: which questions, passages and
          skills the class found hard, and which wrong answers they chose.
        </p>
      </section>

      <section aria-labelledby="take-elsewhere-heading">
        <h3 id="take-elsewhere-heading">Print and export</h3>
        {exported.input.sections.length > 0 && (
          <>
            <p>Each quiz has its own page with a printable question sheet, an answer key and its exports:</p>
            <ul>
              {exported.input.sections.map((s) => (
                <li key={s.id}>
                  <Link href={`${lessonBase}/sets/${s.id}`}>{s.title}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          <Link href={`${lessonBase}/handout`}>Record handout</Link> to print ·{' '}
          <a href={`${lessonBase}/cartridge`} download>
            Course site module (Common Cartridge)
          </a>
          : the reading pages and a Lectern link for each of this class’s assignments on the lesson, to import into Canvas or Moodle.
        </p>
        {reports.length > 0 && (
          <>
            <h4>All of this assignment’s quizzes in one file</h4>
            <ExportPanel reports={reports} hrefOf={(format) => `/classes/${classId}/assignments/${assignment.id}/export/${format}`} />
          </>
        )}
      </section>

      {courseSiteGrades && <CourseSiteGrades assignmentId={assignment.id} status={courseSiteGrades} />}

      <h3>Students</h3>
      <div className={ui.scrollX}>
        <table className={ui.table}>
          <caption className="visually-hidden">Each student’s status on this assignment</caption>
          <thead>
            <tr>
              <th scope="col">Student</th>
              <th scope="col">Status</th>
              <th scope="col">Late</th>
              <th scope="col">Accommodation</th>
            </tr>
          </thead>
          <tbody>
            {overview.students.map((s) => {
              const acc = assignment.accommodations.find((a) => a.userId === s.id)
              return (
                <tr key={s.id}>
                  <td>{s.name}</td>
                  <td>
                    <StatusBadge status={s.status} />
                  </td>
                  <td>{s.isLate ? 'Late' : '—'}</td>
                  <td>
                    {acc ? (
                      <>
                        {acc.dueAt && (
                          <>
                            due <LocalTime iso={acc.dueAt.toISOString()} />
                          </>
                        )}
                        {acc.timeMultiplier !== 1 && <> · {acc.timeMultiplier}× time</>}
                      </>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>

      <h3>Accommodations</h3>
      <AccommodationForm assignmentId={assignment.id} students={overview.students.map((s) => ({ id: s.id, name: s.name }))} />

      <h3>Edit the assignment</h3>
      <AssignmentForm
        action={updateAssignmentAction}
        hidden={{ assignmentId: assignment.id }}
        catalog={catalog}
        submitLabel="Save changes"
        values={{
          ...assignment,
          opensAt: assignment.opensAt.toISOString(),
          dueAt: assignment.dueAt.toISOString(),
          lateCutoffAt: assignment.lateCutoffAt?.toISOString() ?? null,
        }}
      />
    </>
  )
}
