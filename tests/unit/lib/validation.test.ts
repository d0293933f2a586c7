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

  it('reports fields named __proto__, constructor and hasOwnProperty like any other, instead of crashing on Object.prototype', () => {
    const input = JSON.parse('{"__proto__": 1, "constructor": 2, "hasOwnProperty": 3}')
    const { fieldErrors } = fieldErrorsOf(z.strictObject({}).safeParse(input).error!)
    expect(Object.keys(fieldErrors).sort()).toEqual(['__proto__', 'constructor', 'hasOwnProperty'])
    expect(fieldErrors.constructor).toEqual(['“constructor” is not a field this form accepts.'])
  })

  it('keeps a form field named __proto__ as a field, so a strict schema refuses it', () => {
    const form = new FormData()
    form.set('__proto__', 'x')
    const fields = formToObject(form)
    expect(Object.keys(fields)).toEqual(['__proto__'])
    expect(z.strictObject({}).safeParse(fields).success).toBe(false)
  })

  it('turns zod’s developer messages into plain ones, and keeps a schema’s own', () => {
    const schema = z.strictObject({
      id: z.string().max(5),
      count: z.number(),
      kind: z.enum(['a', 'b']),
      name: z.string({ error: 'Enter your name.' }),
      pick: z.union([z.strictObject({ x: z.string() }), z.strictObject({ y: z.string() })]),
    })
    const { fieldErrors } = fieldErrorsOf(schema.safeParse({ id: 'toolong', count: '3', kind: 'c', pick: 1 }).error!)
    expect(fieldErrors).toEqual({
      id: ['“id” can be at most 5 characters.'],
      count: ['“count” must be a number.'],
      kind: ['Choose one of the options offered for “kind”.'],
      name: ['Enter your name.'],
      pick: ['“pick” is not a value this form accepts.'],
    })
    expect(fieldErrorsOf(z.strictObject({ id: z.string() }).safeParse({}).error!).fieldErrors.id).toEqual(['Fill in “id”.'])
  })
})
