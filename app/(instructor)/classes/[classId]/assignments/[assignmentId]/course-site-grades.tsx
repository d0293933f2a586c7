import { LocalTime } from '@/components/ui/local-time'
import ui from '@/components/ui/ui.module.css'
import type { ScoreSyncStatus } from '@/lib/lti/ags/score-sync-status'
import { formatPoints } from '@/lib/quiz/points'
import { SubmitButton } from '@/components/ui/submit-button'
import { PostAgainForm } from './post-again-form'

/** Where this assignment's scores stand in the course site's gradebook, and what needs a hand. */
export function CourseSiteGrades({ assignmentId, status }: { assignmentId: string; status: ScoreSyncStatus }) {
  const { counts } = status
  const site = status.platformNames.join(' and ')
  const parts = [
    `${counts.POSTED} posted`,
    counts.PENDING + counts.SENDING > 0 && `${counts.PENDING + counts.SENDING} on the way`,
    counts.HELD > 0 && `${counts.HELD} waiting until students can see their results`,
    counts.FAILED > 0 && `${counts.FAILED} failed`,
  ].filter(Boolean)
  return (
    <section aria-labelledby="course-site-grades-heading">
      <h3 id="course-site-grades-heading">Course site grades</h3>
      <p>
        Scores go to the {site} gradebook when students can see them here, by this assignment’s release setting. {parts.join(' · ')}.
        {status.lastPostedAt && (
          <>
            {' '}
            Last posted <LocalTime iso={status.lastPostedAt.toISOString()} withZone={false} />.
          </>
        )}
      </p>
      <PostAgainForm assignmentId={assignmentId}>
        {status.problems.length > 0 && (
          <>
            <div className={ui.scrollX}>
              <table className={ui.table}>
                <caption>Scores that did not reach {site}</caption>
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    <th scope="col">Score</th>
                    <th scope="col">What happened</th>
                    <th scope="col">
                      <span className="visually-hidden">Action</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {status.problems.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.studentName}</th>
                      <td>{p.scoreGiven === null ? 'Hidden' : `${formatPoints(p.scoreGiven)} / ${formatPoints(p.scoreMaximum ?? 0)}`}</td>
                      <td>
                        {p.status === 'FAILED' ? (
                          <>Failed after {p.tries === 1 ? 'one try' : `${p.tries} tries`}</>
                        ) : (
                          <>
                            Try {p.tries} failed; trying again <LocalTime iso={p.nextTryAt.toISOString()} withZone={false} />
                          </>
                        )}
                        : {p.lastError}
                      </td>
                      <td>
                        <SubmitButton className={`${ui.button} ${ui.secondary}`} name="syncId" value={p.id} pendingText="Posting…">
                          Post again<span className="visually-hidden"> for {p.studentName}</span>
                        </SubmitButton>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {counts.FAILED > 1 && (
              <SubmitButton className={`${ui.button} ${ui.secondary}`} pendingText="Posting…">
                Post every failed score again
              </SubmitButton>
            )}
          </>
        )}
      </PostAgainForm>
    </section>
  )
}
