// Thrown from next-auth's jwt callback when verifySession() refuses a token. next-auth answers a
// failing jwt callback with an empty session and clears the cookie, which is what a revoked
// session should get; it also logs JWT_SESSION_ERROR once per such cookie, which is worth seeing.
export class SessionEndedError extends Error {
  constructor() {
    super('The session has ended (signed out, or the account’s sessions were revoked).')
    this.name = 'SessionEndedError'
  }
}
