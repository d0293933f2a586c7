import { handleEnter } from '@/lib/lti/endpoints'

// A verified launch's one-time ticket becomes a Lectern session.
export const GET = handleEnter
