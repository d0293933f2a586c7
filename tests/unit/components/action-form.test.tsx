import { describe, expect, it } from '@jest/globals'
import { renderToStaticMarkup } from 'react-dom/server'
import { shownSettings } from '@/components/assignments/assignment-form'
import { ActionForm, type ActionFormHandle } from '@/components/ui/action-form'
import { SubmitButton } from '@/components/ui/submit-button'

const handle = (isPending: boolean): ActionFormHandle<object> => ({
  state: {},
  dispatch: () => undefined,
  submitted: null,
  send: () => undefined,
  isPending,
  clearOnSuccess: false,
})

describe('ActionForm', () => {
  it('disables its submit button while the action runs, so a double click sends once', () => {
    const busy = renderToStaticMarkup(
      <ActionForm form={handle(true)}>
        <SubmitButton pendingText="Saving…">Save</SubmitButton>
      </ActionForm>,
    )
    expect(busy).toMatch(/<button type="submit"[^>]* disabled=""[^>]*>Saving…<\/button>/)
    const idle = renderToStaticMarkup(
      <ActionForm form={handle(false)}>
        <SubmitButton pendingText="Saving…">Save</SubmitButton>
      </ActionForm>,
    )
    expect(idle).toMatch(/<button type="submit"[^>]*>Save<\/button>/)
    expect(idle).not.toContain(' disabled=""')
  })
})

describe('the assignment form’s dependent settings', () => {
  const start = {
    latePolicy: 'CLOSE',
    attemptsAllowed: 1,
    feedbackRelease: 'AFTER_DUE',
    answerKeyRelease: 'AFTER_LAST_ATTEMPT_OR_CLOSE',
  } as const
  const fields = (entries: Record<string, string>) => {
    const form = new FormData()
    for (const [k, v] of Object.entries(entries)) form.set(k, v)
    return form
  }

  it('are read from the fields as they are, so the late-work fields show exactly when the radio says so', () => {
    expect(
      shownSettings(
        fields({ latePolicy: 'ACCEPT_WITH_PENALTY', attemptsAllowed: '3', feedbackRelease: 'MANUAL', answerKeyRelease: 'AFTER_CLOSE' }),
        start,
      ),
    ).toEqual({ latePolicy: 'ACCEPT_WITH_PENALTY', attemptsAllowed: 3, feedbackRelease: 'MANUAL', answerKeyRelease: 'AFTER_CLOSE' })
    expect(
      shownSettings(fields({ latePolicy: 'CLOSE', attemptsAllowed: '3' }), { ...start, latePolicy: 'ACCEPT_WITH_PENALTY' }).latePolicy,
    ).toBe('CLOSE')
  })

  it('keep the last sensible value while a number is blank or a choice is unknown', () => {
    expect(shownSettings(fields({ latePolicy: 'SOMETIMES', attemptsAllowed: '' }), { ...start, attemptsAllowed: 2 })).toEqual({
      ...start,
      attemptsAllowed: 2,
    })
  })
})
