import { TOOL_SCOPES, type ToolUrls } from './tool-urls'

// The LTI 1.3 developer key JSON an administrator pastes into Canvas (Developer Keys → LTI Key →
// Method: Paste JSON). Deep linking for the two selection placements, a plain launch from the
// course menu; Lectern needs no custom fields.

export function canvasConfiguration(urls: ToolUrls, origin: string) {
  return {
    title: 'Lectern',
    description: 'Readings with quizzes, graded back to the course.',
    oidc_initiation_url: urls.loginUrl,
    target_link_uri: urls.targetLinkUri,
    public_jwk_url: urls.jwksUrl,
    scopes: TOOL_SCOPES,
    extensions: [
      {
        platform: 'canvas.instructure.com',
        domain: new URL(origin).host,
        privacy_level: 'public',
        settings: {
          text: 'Lectern',
          placements: [
            {
              placement: 'assignment_selection',
              message_type: 'LtiDeepLinkingRequest',
              target_link_uri: urls.deepLinkUrl,
              text: 'Lectern',
            },
            { placement: 'link_selection', message_type: 'LtiDeepLinkingRequest', target_link_uri: urls.deepLinkUrl, text: 'Lectern' },
            {
              placement: 'course_navigation',
              message_type: 'LtiResourceLinkRequest',
              target_link_uri: urls.targetLinkUri,
              text: 'Lectern',
            },
          ],
        },
      },
    ],
    custom_fields: {},
  }
}
