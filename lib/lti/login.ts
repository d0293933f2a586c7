import 'server-only'
import crypto from 'node:crypto'
import { z } from 'zod'
import { db } from '@/lib/db'
import { LaunchError } from './launch-error'
import { findPlatformForLogin } from './platforms'

// Step one of a launch: the platform's third-party-initiated login (1EdTech Security Framework
// §5.1.1). Lectern makes a state and a nonce, stores both server-side (single-use, five minutes),
// and sends the browser to the platform's authorization endpoint. The state goes back to the
// browser too — in a cookie, and in platform storage when the platform offers it — so the launch
// can prove it is the same browser that started (no login CSRF).

export const LOGIN_LIFETIME_MS = 5 * 60 * 1000

const param = (max: number) => z.string().max(max).optional()
const ZLoginParams = z.object({
  iss: z.string().min(1).max(2000),
  login_hint: z.string().min(1).max(4000),
  target_link_uri: z.string().min(1).max(2000),
  lti_message_hint: param(4000),
  client_id: param(255),
  lti_deployment_id: param(255),
  lti_storage_target: param(200),
})

export interface StartedLogin {
  redirectUrl: string
  state: string
  nonce: string
  storageTarget: string | null
}

export async function startLogin(params: Record<string, string | undefined>, redirectUri: string, now = new Date()): Promise<StartedLogin> {
  const parsed = ZLoginParams.safeParse(params)
  if (!parsed.success) {
    throw new LaunchError(
      'BAD_LOGIN_REQUEST',
      'The course site’s login request was incomplete: it must send iss, login_hint and target_link_uri.',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    )
  }
  const p = parsed.data
  const platform = await findPlatformForLogin(p.iss, p.client_id)
  if (!platform) {
    throw new LaunchError(
      'UNKNOWN_PLATFORM',
      'This course site is not registered with Lectern. An administrator registers it under Admin → LTI with its issuer and client id.',
      `no platform for iss=${p.iss} client_id=${p.client_id ?? '(none)'}`,
    )
  }
  const state = crypto.randomBytes(24).toString('base64url')
  const nonce = crypto.randomBytes(24).toString('base64url')
  const storageTarget = p.lti_storage_target || null
  await db.ltiLogin.create({
    data: {
      state,
      nonce,
      platformId: platform.id,
      targetLinkUri: p.target_link_uri,
      storageTarget,
      expiresAt: new Date(now.getTime() + LOGIN_LIFETIME_MS),
    },
  })
  const auth = new URL(platform.authUrl)
  const query: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: redirectUri,
    login_hint: p.login_hint,
    state,
    nonce,
  }
  // Echoed unaltered, as the platform sent it.
  if (p.lti_message_hint !== undefined) query.lti_message_hint = p.lti_message_hint
  for (const [k, v] of Object.entries(query)) auth.searchParams.set(k, v)
  return { redirectUrl: auth.toString(), state, nonce, storageTarget }
}
