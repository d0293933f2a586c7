import { z } from 'zod'

// The LTI 1.3 claims Lectern reads, by their full names (LTI Core 1.3 §5, Deep Linking 2.0 §4.4,
// AGS 2.0 §3.1, NRPS 2.0 §3.6). Only what a launch needs is parsed; anything else is ignored.

export const CLAIM = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  launchPresentation: 'https://purl.imsglobal.org/spec/lti/claim/launch_presentation',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  agsEndpoint: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
} as const

export const SCOPE = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadOnly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  resultReadOnly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const

export const LTI_VERSION = '1.3.0'
export type MessageType = 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest'

const url = z.url().max(2000)
const text = (max: number) => z.string().max(max)

/** The claims of a launch, after the JWT itself (signature, iss, aud, exp, iat, nonce) has been verified. */
export const ZLaunchClaims = z.object({
  sub: text(255).min(1).optional(),
  name: text(200).optional(),
  given_name: text(200).optional(),
  family_name: text(200).optional(),
  email: text(320).optional(),
  [CLAIM.messageType]: z.enum(['LtiResourceLinkRequest', 'LtiDeepLinkingRequest']),
  [CLAIM.version]: z.literal(LTI_VERSION),
  [CLAIM.deploymentId]: text(255).min(1),
  [CLAIM.targetLinkUri]: url.optional(),
  [CLAIM.resourceLink]: z.object({ id: text(255).min(1), title: text(500).optional() }).optional(),
  [CLAIM.roles]: z.array(text(500)).max(100),
  [CLAIM.context]: z.object({ id: text(255).min(1), label: text(200).optional(), title: text(500).optional() }).optional(),
  [CLAIM.custom]: z.record(z.string(), z.unknown()).optional(),
  [CLAIM.launchPresentation]: z.object({ document_target: text(50).optional(), return_url: url.optional() }).optional(),
  [CLAIM.deepLinkingSettings]: z
    .object({
      deep_link_return_url: url,
      accept_types: z.array(text(100)).max(20),
      accept_multiple: z.boolean().optional(),
      data: text(4000).optional(),
    })
    .optional(),
  [CLAIM.agsEndpoint]: z.object({ scope: z.array(text(200)).max(20), lineitems: url.optional(), lineitem: url.optional() }).optional(),
  [CLAIM.nrps]: z.object({ context_memberships_url: url, service_versions: z.array(text(20)).optional() }).optional(),
})
export type LaunchClaims = z.infer<typeof ZLaunchClaims>
