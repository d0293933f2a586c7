// The largest server-action request Lectern accepts: a roster upload (a CSV of at most 1 MB plus
// pasted text) with room for multipart framing. One number for both places that enforce it:
// next.config.ts (Next.js's own limit) and scripts/serve.mjs, which refuses a larger request
// before Next.js reads it — Next.js answers its own limit with a 500, which says nothing useful.
export const SERVER_ACTION_BODY_LIMIT_BYTES = 3 * 1024 * 1024

export const TOO_LARGE_MESSAGE =
  'This form is too large to send (at most 3 MB). If you attached a file, check that it is the right one; a class roster is far smaller.'
