import 'server-only'
import { clientIp } from '@/lib/auth/client-ip'
import { db } from '@/lib/db'
import { env } from '@/lib/env'
import { isServedOverHttps, publicOrigin, publicUrl } from '@/lib/http/public-url'
import { signFrameGrant, FRAME_GRANT_COOKIE } from './frame-grant'
import { isLaunchError, LaunchError } from './launch-error'
import { checkStatePage, continuePage, launchRefusedPage, loginPage, storeStatePage } from './launch-pages'
import { issueTicket, redeemTicket } from './launch-ticket'
import { LOGIN_LIFETIME_MS, startLogin } from './login'
import { allFrameOrigins } from './platforms'
import { provisionLaunch } from './provision'
import { cookieAttributes, sessionCookieFor } from './session-cookie'
import { toolUrls } from './tool-urls'
import { verifyLaunch } from './verify-launch'

// The three browser-facing LTI endpoints (app/api/lti/login, launch, enter), each a thin route over
// the steps in this folder. They answer HTML, since a browser arrives at each; a refusal is a page
// saying what to check, and its reason goes to the server log.

const stateCookie = (state: string) => `lectern-lti-state-${state.slice(0, 32)}`

function logRefusal(step: string, error: LaunchError, request: Request) {
  console.warn(
    JSON.stringify({
      at: new Date().toISOString(),
      event: 'lti_launch_refused',
      step,
      failure: error.failure,
      reason: error.reason,
      ip: clientIp(Object.fromEntries(request.headers)),
    }),
  )
}

async function refused(step: string, error: unknown, request: Request): Promise<Response> {
  if (!isLaunchError(error)) throw error
  logRefusal(step, error, request)
  return launchRefusedPage(error.check, await allFrameOrigins())
}

async function paramsOf(request: Request): Promise<Record<string, string>> {
  const url = new URL(request.url)
  const params: Record<string, string> = Object.fromEntries(url.searchParams)
  if (request.method === 'POST') {
    const form = await request.formData().catch(() => null)
    for (const [k, v] of form ?? []) if (typeof v === 'string') params[k] = v
  }
  return params
}

/** GET or POST /api/lti/login: the platform's third-party-initiated login. */
export async function handleLogin(request: Request): Promise<Response> {
  try {
    const headers = request.headers
    const params = await paramsOf(request)
    const login = await startLogin(params, toolUrls(publicOrigin(headers)).launchUrl)
    const platform = await db.ltiLogin.findUniqueOrThrow({ where: { state: login.state }, select: { platform: true } })
    // The state cookie must come back on the platform's cross-site POST: SameSite=None; Secure.
    const cookie = `${stateCookie(login.state)}=1; Path=/api/lti/; HttpOnly; Max-Age=${LOGIN_LIFETIME_MS / 1000}; SameSite=None; Secure`
    if (login.storageTarget) {
      return storeStatePage({
        state: login.state,
        storageTarget: login.storageTarget,
        platformOrigin: new URL(platform.platform.authUrl).origin,
        redirectUrl: login.redirectUrl,
        frameAncestors: platform.platform.frameOrigins,
        setCookie: cookie,
      })
    }
    // The same login, as a link a new window can open: it starts afresh there, with a state of its own.
    const newWindowUrl = `${publicUrl('/api/lti/login', headers)}?${new URLSearchParams(params)}`
    return loginPage({ redirectUrl: login.redirectUrl, newWindowUrl, frameAncestors: platform.platform.frameOrigins, setCookie: cookie })
  } catch (error) {
    return refused('login', error, request)
  }
}

function hasCookie(request: Request, name: string): boolean {
  return (request.headers.get('cookie') ?? '').split(/;\s*/).some((c) => c.split('=')[0] === name)
}

/** POST /api/lti/launch: the id_token, verified, provisioned, and handed on as a one-time ticket. */
export async function handleLaunch(request: Request): Promise<Response> {
  const params = await paramsOf(request)
  const idToken = params.id_token ?? ''
  const state = params.state ?? ''
  try {
    if (params.error)
      throw new LaunchError(
        'BAD_LOGIN_REQUEST',
        `The course site refused the sign-in: ${params.error_description || params.error}.`,
        `platform error ${params.error}`,
      )
    const login = state ? await db.ltiLogin.findUnique({ where: { state }, include: { platform: true } }) : null
    const heldInCookie = hasCookie(request, stateCookie(state))
    // No cookie came back (a browser that blocks third-party cookies) but the platform keeps our
    // state for us: read it back from there first.
    if (!heldInCookie && params.platform_state === undefined && login?.storageTarget) {
      return checkStatePage({
        idToken,
        state,
        storageTarget: login.storageTarget,
        platformOrigin: new URL(login.platform.authUrl).origin,
        frameAncestors: login.platform.frameOrigins,
      })
    }
    const launch = await verifyLaunch({ idToken, state, browserState: heldInCookie ? state : (params.platform_state ?? null) })
    const provisioned = await provisionLaunch(launch, clientIp(Object.fromEntries(request.headers)))
    const ticket = await issueTicket({ userId: provisioned.userId, platformId: launch.platform.id, targetPath: provisioned.targetPath })
    const enter = publicUrl(`/api/lti/enter?ticket=${encodeURIComponent(ticket)}`, request.headers)
    return continuePage({
      enterUrl: enter,
      embeddedEnterUrl: `${enter}&embedded=1`,
      canStayInFrame: launch.login.storageTarget !== null,
      frameAncestors: launch.platform.frameOrigins,
    })
  } catch (error) {
    return refused('launch', error, request)
  }
}

/** GET /api/lti/enter?ticket=…: the ticket becomes a Lectern session, where the browser will keep it. */
export async function handleEnter(request: Request): Promise<Response> {
  const url = new URL(request.url)
  try {
    const ticket = await redeemTicket(url.searchParams.get('ticket') ?? '')
    const embedded = url.searchParams.get('embedded') === '1'
    const isHttps = isServedOverHttps(request.headers)
    const session = await sessionCookieFor(ticket.userId, isHttps)
    const headers = new Headers({ location: publicUrl(ticket.targetPath, request.headers), 'cache-control': 'no-store' })
    headers.append('set-cookie', `${session.name}=${session.value}; ${cookieAttributes({ embedded, isHttps, maxAge: session.maxAge })}`)
    if (embedded) {
      const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: ticket.platformId }, select: { frameOrigins: true } })
      headers.append(
        'set-cookie',
        `${FRAME_GRANT_COOKIE}=${signFrameGrant(platform.frameOrigins, env().nextAuthSecret)}; Path=/; HttpOnly; Max-Age=${session.maxAge}; SameSite=None; Secure; Partitioned`,
      )
    }
    return new Response(null, { status: 303, headers })
  } catch (error) {
    return refused('enter', error, request)
  }
}
