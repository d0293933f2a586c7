// A launch Lectern refuses. `reason` goes to the log (what failed, for whoever runs Lectern);
// `check` is shown on the page, in words a course-site administrator can act on.
export type LaunchFailure =
  | 'UNKNOWN_PLATFORM'
  | 'BAD_LOGIN_REQUEST'
  | 'BAD_STATE'
  | 'BAD_TOKEN'
  | 'BAD_SIGNATURE'
  | 'UNKNOWN_KEY'
  | 'WRONG_AUDIENCE'
  | 'WRONG_AZP'
  | 'EXPIRED'
  | 'ISSUED_IN_FUTURE'
  | 'BAD_NONCE'
  | 'UNKNOWN_DEPLOYMENT'
  | 'BAD_CLAIMS'
  | 'NO_RESOURCE_LINK'
  | 'NO_USER'
  | 'UNSUPPORTED_ROLE'
  | 'NOT_SET_UP'
  | 'ACCOUNT_DEACTIVATED'
  | 'BAD_TICKET'

export class LaunchError extends Error {
  constructor(
    readonly failure: LaunchFailure,
    readonly check: string,
    readonly reason: string = check,
  ) {
    super(`${failure}: ${reason}`)
    this.name = 'LaunchError'
  }
}

export const isLaunchError = (error: unknown): error is LaunchError => error instanceof LaunchError
