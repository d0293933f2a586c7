import { z } from 'zod'
import { ZSignUp } from '@/lib/accounts/schemas'
import { fieldErrorsOf, formToObject } from '@/lib/validation'

describe('form validation', () => {
  it('names an unexpected field such as role instead of ignoring it', () => {
    const result = ZSignUp.safeParse({ name: 'A', email: 'a@b.edu', password: 'long enough password', role: 'ADMIN' })
    expect(result.success).toBe(false)
    expect(fieldErrorsOf(result.error!).fieldErrors.role).toEqual(['“role” is not a field this form accepts.'])
  })

  it('gives each bad field its own message and a summary message', () => {
    const result = ZSignUp.safeParse({ name: '', email: 'nope', password: 'x' })
    const { message, fieldErrors } = fieldErrorsOf(result.error!)
    expect(Object.keys(fieldErrors).sort()).toEqual(['email', 'name', 'password'])
    expect(message).toBe(fieldErrors.name[0])
  })

  it('normalises email case and join-code formatting', () => {
    const parsed = ZSignUp.parse({ name: ' Ana ', email: ' Ana@Example.EDU ', password: 'long enough password', joinCode: 'abcd-efgh' })
    expect(parsed).toEqual({ name: 'Ana', email: 'ana@example.edu', password: 'long enough password', joinCode: 'ABCDEFGH' })
  })

  it('drops the fields Next.js adds to server-action posts but keeps everything else', () => {
    const form = new FormData()
    form.set('$ACTION_ID_abc', '')
    form.set('name', 'Ana')
    form.set('role', 'ADMIN')
    expect(formToObject(form)).toEqual({ name: 'Ana', role: 'ADMIN' })
  })

  it('reports a generic error when a schema fails without a path', () => {
    const result = z.string().safeParse(1)
    expect(fieldErrorsOf(result.error!).fieldErrors.form).toHaveLength(1)
  })
})
