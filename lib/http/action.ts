import 'server-only'
import type { z } from 'zod'
import { getCurrentUser, requireRole, requireUser, type CurrentUser } from '@/lib/auth/session'
import { toActionState, type ActionState } from '@/lib/errors'
import { fieldErrorsOf, formToObject } from '@/lib/validation'

/**
 * The one way to build a server action, the twin of route() for route handlers: who may call it,
 * what input it takes, and how its errors become a message — decided here, so an action cannot
 * forget any of them (the authorization sweep test checks that every exported action was built
 * with this).
 *
 * - `access`: 'anyone' (sign-up, one-time links), 'signed-in', or the roles allowed. Without a
 *   session the caller is sent to sign in; another role gets 404 (existence is not revealed).
 * - `schema`: the input, parsed strictly. It is the form's fields (without Next.js's own), or the
 *   one structured argument a client component passed. A refusal names the fields at fault.
 * - AppErrors, and a database too busy to answer, become the form's message; anything else
 *   (including redirect() and notFound()) goes on to Next.js.
 *
 * The result works with useActionState (state, form), a plain <form action> (form) and a direct
 * call with one structured argument.
 */
export type Access = 'anyone' | 'signed-in' | CurrentUser['role'][]
type UserFor<A extends Access> = A extends 'anyone' ? CurrentUser | null : CurrentUser

export interface ActionContext<A extends Access, S extends z.ZodType> {
  user: UserFor<A>
  input: z.output<S>
  /** The submitted form, for what a schema does not carry (an uploaded file). */
  form: FormData | null
}

export const ACTION_BUILT = Symbol.for('lectern.action')

/** Instructors and administrators: the access of every instructor screen's actions. */
export const STAFF: CurrentUser['role'][] = ['INSTRUCTOR', 'ADMIN']

export interface ActionOptions<A extends Access, S extends z.ZodType, R> {
  access: A
  schema: S
  /** What to answer for input the schema refuses, when the caller does not expect ActionState. */
  refuse?: (state: ActionState) => R
}

export function action<A extends Access, S extends z.ZodType, R = ActionState>(
  options: ActionOptions<A, S, R>,
  fn: (ctx: ActionContext<A, S>) => Promise<R>,
) {
  const built = async (...args: unknown[]): Promise<R> => {
    const form = args.findLast((arg): arg is FormData => arg instanceof FormData) ?? null
    try {
      // Inside the try: reading the session asks the database, which may be too busy to answer.
      const user = (await userFor(options.access)) as UserFor<A>
      const raw = form ? formToObject(form) : args.length === 1 ? args[0] : {}
      const parsed = options.schema.safeParse(raw)
      if (!parsed.success) {
        const state = fieldErrorsOf(parsed.error)
        return options.refuse ? options.refuse(state) : (state as R)
      }
      return await fn({ user, input: parsed.data, form })
    } catch (error) {
      // Rethrows anything that is not expected: a bug, and Next.js's redirect() and notFound().
      const state = toActionState(error)
      return options.refuse ? options.refuse(state) : (state as R)
    }
  }
  return Object.assign(built, { [ACTION_BUILT]: { access: options.access } })
}

function userFor(access: Access): Promise<CurrentUser | null> {
  if (access === 'anyone') return getCurrentUser()
  if (access === 'signed-in') return requireUser()
  return requireRole(...access)
}
