import type { ServiceError } from '../service-token'

/**
 * What an instructor reads beside a score that did not reach the course site: what went wrong in
 * their terms and who can fix it. The platform's own answer follows, short, for the administrator.
 */
export function failureText(platformName: string, error: ServiceError): string {
  const status = error.status
  const detail = (error.detail ?? error.message).slice(0, 200)
  if (status === undefined) return `${platformName} could not be reached. ${detail}`
  const why =
    status === 401 || status === 403
      ? `${platformName} refused to let Lectern post grades (HTTP ${status}); ask your administrator to check the tool's grade permissions.`
      : status === 404 || status === 410
        ? `${platformName} no longer has this gradebook column (HTTP ${status}); was it deleted in the course site?`
        : status === 429 || status >= 500
          ? `${platformName}'s gradebook was unavailable (HTTP ${status}).`
          : `${platformName} did not accept the score (HTTP ${status}).`
  return detail ? `${why} It said: ${detail}` : why
}
