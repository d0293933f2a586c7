import { SCOPE } from './claims'

// What a platform's administrator pastes into Canvas or Moodle: every URL Lectern answers LTI on,
// built from the app's public origin (lib/http/public-url.ts). docs/lti.md walks through the fields.

export interface ToolUrls {
  /** OIDC third-party-initiated login ("OpenID Connect Initiation URL", "Initiate login URL"). */
  loginUrl: string
  /** Where the id_token is posted ("Redirect URIs", "Redirection URI(s)"): launches and deep links alike. */
  launchUrl: string
  /** Lectern's public keys ("Public JWK URL", "Public keyset"). */
  jwksUrl: string
  /** "Target Link URI" / "Tool URL". */
  targetLinkUri: string
  /** Where deep-linking requests land ("Content Selection URL"); the same endpoint as launches. */
  deepLinkUrl: string
}

export function toolUrls(origin: string): ToolUrls {
  return {
    loginUrl: `${origin}/api/lti/login`,
    launchUrl: `${origin}/api/lti/launch`,
    jwksUrl: `${origin}/api/lti/jwks`,
    targetLinkUri: `${origin}/api/lti/launch`,
    deepLinkUrl: `${origin}/api/lti/launch`,
  }
}

/** Every scope Lectern asks for: line items and scores (AGS), and the roster (NRPS). */
export const TOOL_SCOPES = [SCOPE.lineItem, SCOPE.lineItemReadOnly, SCOPE.resultReadOnly, SCOPE.score, SCOPE.memberships]

/** Placements worth enabling, with what each is for (Canvas's names; Moodle has one tool link). */
export const PLACEMENTS = [
  { name: 'Assignment selection (LtiDeepLinkingRequest)', why: 'add a reading and its quizzes as a graded assignment' },
  { name: 'Link selection (LtiDeepLinkingRequest)', why: 'add it to a module' },
  { name: 'Course navigation (LtiResourceLinkRequest)', why: 'open the class in Lectern from the course menu' },
]
