import 'server-only'
import { getCurrentUser, type CurrentUser } from '@/lib/auth/session'
import { jsonError, unauthorized } from './json-error'
import { readJsonBody } from './read-json-body'
import { isSameOrigin } from './same-origin'

/**
 * The one way into a route handler under app/: who may call it, its body, and how its errors become
 * HTTP, decided here so a new handler cannot forget any of them (the authorization sweep test
 * enumerates every handler and checks it was built with this).
 *
 * - Every method but GET and HEAD changes state, so it must come from our own origin (403).
 * - Without a session a POST answers 401 JSON (the autosave queue keeps answers on the device and
 *   asks to sign in) and a GET 404; `access` as a role list answers 404 to other roles: existence
 *   is not revealed.
 * - `body: { maxBytes }` reads a JSON object (415, 413, 400 with a message that fits otherwise).
 * - AppErrors become statuses by one table (lib/http/json-error.ts), a database too busy to answer
 *   becomes 503 with Retry-After; anything else is a bug (500).
 */
export interface RouteOptions {
  access: 'signed-in' | CurrentUser['role'][]
  /** `tooLarge`: the message for a body over the limit, in the words of what the person sent. */
  body?: { maxBytes: number; tooLarge?: string }
}

export interface RouteContext<P> {
  request: Request
  params: P
  user: CurrentUser
  body: Record<string, unknown>
}

type Handler<P> = (ctx: RouteContext<P>) => Promise<Response>
export type RouteHandler<P> = ((request: Request, context: { params: Promise<P> }) => Promise<Response>) & { [ROUTE_BUILT]: RouteOptions }

export const ROUTE_BUILT = Symbol.for('lectern.route')

const notFound = () => Response.json({ error: 'NOT_FOUND', message: 'Not found.' }, { status: 404 })

export function route<P = Record<string, never>>(options: RouteOptions, handler: Handler<P>): RouteHandler<P> {
  const wrapped = async (request: Request, context: { params: Promise<P> }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD' && !isSameOrigin(request.headers)) {
      return Response.json({ error: 'FORBIDDEN', message: 'This request did not come from a Lectern page.' }, { status: 403 })
    }
    try {
      // Inside the try: reading the session asks the database, which may be too busy (503).
      const user = await getCurrentUser()
      // A download link followed without a session is "not found", like any page it cannot see.
      if (!user) return request.method === 'GET' ? notFound() : unauthorized()
      if (options.access !== 'signed-in' && !options.access.includes(user.role)) return notFound()
      let body: Record<string, unknown> = {}
      if (options.body) {
        const read = await readJsonBody(request, options.body.maxBytes, options.body.tooLarge)
        if (!read.ok) return read.response
        body = read.value
      }
      return await handler({ request, params: await context.params, user, body })
    } catch (error) {
      return jsonError(error)
    }
  }
  return Object.assign(wrapped, { [ROUTE_BUILT]: options })
}
