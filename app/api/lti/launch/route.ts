import { handleLaunch } from '@/lib/lti/endpoints'

// The redirect URI: the platform posts the id_token here (response_mode=form_post).
export const POST = handleLaunch
