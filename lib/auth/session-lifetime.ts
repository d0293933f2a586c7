// How long a session token lives without use. next-auth re-issues the token with a fresh expiry on
// every session read, so a token issued before a revocation can be valid until at most this long
// after it (decision 010): a revoked id must be remembered for that long, and no longer.
export const SESSION_MAX_AGE_SECONDS = 14 * 24 * 60 * 60
