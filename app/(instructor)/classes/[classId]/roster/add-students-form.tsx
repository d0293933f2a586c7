'use client'
import { ActionForm, useActionForm } from '@/components/ui/action-form'
import { Alert } from '@/components/ui/alert'
import { CopyableLink, CopyButton } from '@/components/ui/copy-button'
import { SubmitButton } from '@/components/ui/submit-button'
import ui from '@/components/ui/ui.module.css'
import { addStudentsAction, type AddStudentsState } from '../actions'

const OUTCOME: Record<string, string> = {
  invited: 'Invite link made',
  'already-member': 'Already in the class',
}

export function AddStudentsForm({ classId }: { classId: string }) {
  const [state, form] = useActionForm<AddStudentsState>(addStudentsAction, {}, { clearOnSuccess: true })
  const results = state.results ?? []
  const errors = results.filter((r) => r.outcome === 'error')
  // After adding, the box is emptied except for the rows that need fixing, as they were typed, to
  // correct and send again (rows from an uploaded file come after the box's lines).
  const typed = String(form.submitted?.get('students') ?? '').split(/\r\n|\n|\r/)
  const toFix = errors
    .map((r) => (r.line <= typed.length ? typed[r.line - 1].trim() : [r.name, r.email].filter(Boolean).join(', ')))
    .join('\n')
  const invited = results.flatMap((r) => (r.outcome === 'invited' ? [r] : []))
  return (
    <>
      <ActionForm form={form}>
        <input type="hidden" name="classId" value={classId} />
        {state.message && <Alert kind="error">{state.message}</Alert>}
        <div className={ui.field}>
          <label className={ui.label} htmlFor="students">
            Paste students, one per line: name, email
          </label>
          <p className={ui.hint} id="students-hint">
            A spreadsheet’s two columns paste as they are. Each student gets a one-time invite link to pass on: they join when they open it
            — creating an account, or signing in to the one they have. Nobody is added without accepting.
          </p>
          <textarea
            className={ui.input}
            id="students"
            name="students"
            rows={6}
            defaultValue={toFix}
            aria-describedby="students-hint"
            placeholder={'Ana Kowalski, ana@example.edu\nDaniel Osei, daniel@example.edu'}
          />
        </div>
        <div className={ui.field}>
          <label className={ui.label} htmlFor="roster-file">
            …or upload a CSV file (columns: name, email)
          </label>
          <input className={ui.input} id="roster-file" name="file" type="file" accept=".csv,text/csv,text/plain" />
        </div>
        <SubmitButton pendingText="Adding…">Add students</SubmitButton>
      </ActionForm>
      {results.length > 0 && (
        <section aria-labelledby="add-results" role="status">
          <h3 id="add-results">
            {results.length - errors.length} invited or already in the class, {errors.length}{' '}
            {errors.length === 1 ? 'row needs' : 'rows need'} fixing
          </h3>
          <div className={ui.scrollX}>
            <table className={ui.table}>
              <thead>
                <tr>
                  <th scope="col" className={ui.num}>
                    Line
                  </th>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {results.map((r) => (
                  <tr key={r.line}>
                    <td className={ui.num}>{r.line}</td>
                    <td>{r.name}</td>
                    <td>{r.email}</td>
                    <td>
                      {r.outcome === 'error' ? (
                        <span className={ui.error}>Not added: {r.message}</span>
                      ) : (
                        <>
                          {OUTCOME[r.outcome]}
                          {r.outcome === 'invited' && (
                            <>
                              {': '}
                              <CopyableLink url={r.url} label={`invite link for ${r.name}`} />
                            </>
                          )}
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className={ui.muted}>
            Invite links work once, for 14 days. They stay listed under “Invited, not joined yet” and on the join sheet until used or
            expired.{' '}
            {invited.length > 0 && (
              <CopyButton
                text={invited.map((r) => `${r.name}\t${r.email}\t${r.url}`).join('\n')}
                idleText="Copy all links"
                label={`(${invited.length}), one per line: name, email, link`}
              />
            )}
          </p>
        </section>
      )}
    </>
  )
}
