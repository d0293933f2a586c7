import 'server-only'
import { errors, jwtVerify, type JWTPayload } from 'jose'
import { db } from '@/lib/db'
import type { LtiLogin, LtiPlatform } from '@/lib/generated/prisma/client'
import { CLAIM, LTI_VERSION, ZLaunchClaims, type LaunchClaims } from './claims'
import { LaunchError } from './launch-error'
import { platformKeySet } from './platform-keys'

// Step two of a launch: the id_token the platform posted, checked by every rule of OIDC Core §3.2.2.11
// and LTI Core 1.3 §5 before anything is trusted or written. The order matters only for what the
// log says; any failure refuses the launch. See docs/lti.md for what each failure tells an admin.

/** Clock skew allowed between Lectern and the platform, either way. */
export const CLOCK_SKEW_SECONDS = 60

export interface VerifiedLaunch {
  platform: LtiPlatform
  login: LtiLogin
  claims: LaunchClaims & { sub: string }
}

export async function verifyLaunch(input: {
  idToken: string
  state: string
  /** The state this browser holds: its cookie, or what platform storage gave back. */
  browserState: string | null
  now?: Date
}): Promise<VerifiedLaunch> {
  const now = input.now ?? new Date()
  const login = input.state ? await db.ltiLogin.findUnique({ where: { state: input.state }, include: { platform: true } }) : null
  if (!login || login.usedAt || login.expiresAt <= now || !input.browserState || input.browserState !== input.state) {
    throw new LaunchError(
      'BAD_STATE',
      'This launch could not be matched to the browser that started it. Open Lectern again from the course; if it keeps happening, allow cookies for this site or open the tool in a new window.',
      !login
        ? 'unknown state'
        : login.usedAt
          ? 'state already used'
          : login.expiresAt <= now
            ? 'state expired'
            : 'state not held by this browser',
    )
  }
  const { platform, ...loginRow } = login

  const payload = await verifySignatureAndTimes(input.idToken, platform, now)

  const aud = payload.aud
  const audiences = Array.isArray(aud) ? aud : [aud]
  if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== platform.clientId) {
    throw new LaunchError('WRONG_AZP', checkRegistration('client id'), `azp=${String(payload.azp)} client_id=${platform.clientId}`)
  }
  if (payload.nonce !== login.nonce) {
    throw new LaunchError(
      'BAD_NONCE',
      'This launch was already used or was not started here. Open Lectern again from the course.',
      'nonce mismatch',
    )
  }
  // Single use: of two requests carrying the same state, only one marks it.
  const claimed = await db.ltiLogin.updateMany({ where: { state: login.state, usedAt: null }, data: { usedAt: now } })
  if (claimed.count !== 1)
    throw new LaunchError('BAD_NONCE', 'This launch was already used. Open Lectern again from the course.', 'nonce reused')

  const parsed = ZLaunchClaims.safeParse(payload)
  if (!parsed.success) {
    const version = payload[CLAIM.version]
    throw new LaunchError(
      'BAD_CLAIMS',
      version !== LTI_VERSION
        ? `The course site sent an LTI ${String(version ?? 'launch')} message; Lectern speaks LTI ${LTI_VERSION}. Register Lectern as an LTI 1.3 tool.`
        : 'The course site’s launch was missing information Lectern needs (message type, deployment or roles).',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    )
  }
  const claims = parsed.data
  const deploymentId = claims[CLAIM.deploymentId]
  const deployment = await db.ltiDeployment.findUnique({ where: { platformId_deploymentId: { platformId: platform.id, deploymentId } } })
  if (!deployment) {
    throw new LaunchError(
      'UNKNOWN_DEPLOYMENT',
      `This installation of Lectern (deployment id “${deploymentId}”) is not registered. An administrator adds it to ${platform.name} under Admin → LTI.`,
      `unknown deployment ${deploymentId} for ${platform.issuer}`,
    )
  }
  if (claims[CLAIM.messageType] === 'LtiResourceLinkRequest' && !claims[CLAIM.resourceLink]) {
    throw new LaunchError(
      'NO_RESOURCE_LINK',
      'The course site’s launch did not say which link was opened (resource_link).',
      'missing resource_link',
    )
  }
  if (!claims.sub) {
    throw new LaunchError(
      'NO_USER',
      'The course site launched Lectern anonymously. Lectern needs to know who is signing in: check the tool’s privacy settings.',
      'no sub',
    )
  }
  return { platform, login: loginRow, claims: { ...claims, sub: claims.sub } }
}

const checkRegistration = (what: string) =>
  `The launch was not addressed to Lectern’s registration on this course site. Check that the ${what} registered in Lectern matches the course site’s.`

async function verifySignatureAndTimes(idToken: string, platform: LtiPlatform, now: Date): Promise<JWTPayload> {
  let payload: JWTPayload
  try {
    ;({ payload } = await jwtVerify(idToken, platformKeySet(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'PS256'],
      clockTolerance: CLOCK_SKEW_SECONDS,
      currentDate: now,
      requiredClaims: ['iat', 'exp', 'nonce'],
    }))
  } catch (error) {
    throw tokenFailure(error)
  }
  if (typeof payload.iat === 'number' && payload.iat > now.getTime() / 1000 + CLOCK_SKEW_SECONDS) {
    throw new LaunchError(
      'ISSUED_IN_FUTURE',
      'The course site’s clock and Lectern’s disagree by more than a minute. Ask the administrators to check both servers’ time.',
      `iat ${payload.iat} is ahead of ${Math.floor(now.getTime() / 1000)}`,
    )
  }
  return payload
}

function tokenFailure(error: unknown): LaunchError {
  if (error instanceof errors.JWKSNoMatchingKey) {
    return new LaunchError(
      'UNKNOWN_KEY',
      'The launch was signed with a key the course site does not publish. Check the platform’s public keyset URL in Admin → LTI.',
      error.message,
    )
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return new LaunchError(
      'BAD_SIGNATURE',
      'The launch’s signature did not verify. Check the platform’s public keyset URL in Admin → LTI.',
      error.message,
    )
  }
  if (error instanceof errors.JWTExpired) {
    return new LaunchError(
      'EXPIRED',
      'The launch expired before it reached Lectern. Open Lectern again from the course; if it keeps happening, check both servers’ clocks.',
      error.message,
    )
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return new LaunchError('WRONG_AUDIENCE', checkRegistration('client id'), error.message)
    if (error.claim === 'iss') return new LaunchError('BAD_TOKEN', checkRegistration('issuer (Platform ID)'), error.message)
    return new LaunchError('BAD_TOKEN', 'The course site’s launch was malformed.', `${error.claim}: ${error.message}`)
  }
  if (error instanceof errors.JOSEError)
    return new LaunchError(
      'BAD_TOKEN',
      'The course site’s launch was malformed or could not be checked. Check the platform’s public keyset URL in Admin → LTI.',
      error.message,
    )
  throw error
}
