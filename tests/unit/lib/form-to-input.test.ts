import { assignmentFormToInput } from '@/lib/assignments/form-to-input'

function form(entries: [string, string][]) {
  const f = new FormData()
  for (const [k, v] of entries) f.append(k, v)
  return f
}

describe('turning the assignment form into input', () => {
  it('converts wall-clock times in the instructor’s zone to UTC and collects checkbox groups', () => {
    const input = assignmentFormToInput(
      form([
        ['$ACTION_ID_1', ''],
        ['timeZone', 'America/Chicago'],
        ['title', 'Quiz'],
        ['opensAt', '2027-03-01T09:00'],
        ['dueAt', '2027-03-08T17:00'],
        ['lateCutoffAt', ''],
        ['requiredParts', 'record'],
        ['requiredParts', 'essay:x'],
        ['questionSetIds', 'comprehension'],
        ['timeLimitMinutes', ''],
      ]),
    )
    expect(input).toEqual({
      title: 'Quiz',
      opensAt: '2027-03-01T15:00:00.000Z',
      dueAt: '2027-03-08T23:00:00.000Z',
      lateCutoffAt: null,
      requiredParts: ['record', 'essay:x'],
      questionSetIds: ['comprehension'],
      timeLimitMinutes: null,
    })
  })

  it('treats times as UTC when the browser sent no zone, and passes unreadable dates on for the schema to name', () => {
    const input = assignmentFormToInput(
      form([
        ['dueAt', '2027-03-08T17:00'],
        ['opensAt', 'soon'],
      ]),
    )
    expect(input).toMatchObject({ dueAt: '2027-03-08T17:00:00.000Z', opensAt: 'soon' })
  })

  it('refuses an unknown time zone', () => {
    expect(() => assignmentFormToInput(form([['timeZone', 'Nowhere/Land']]))).toThrow(/Unknown time zone/)
  })

  it('keeps unexpected fields so the strict schema can reject them by name', () => {
    expect(assignmentFormToInput(form([['classId', 'x']]))).toEqual({ classId: 'x' })
  })
})
