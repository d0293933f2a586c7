import { handleLogin } from '@/lib/lti/endpoints'

// LTI 1.3 OIDC login initiation: platforms may send it as GET or POST (docs/lti.md).
export const GET = handleLogin
export const POST = handleLogin
