import { notFound } from 'next/navigation'
import { isAppError } from '@/lib/errors'

/**
 * A page's loader, with its NOT_FOUND refusal shown as the 404 page (which is also what a user who
 * may not see the thing gets: access refusals are NOT_FOUND, lib/authz.ts). Other errors go on.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  return load.catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound()
    throw error
  })
}

/** One query-string value, capped at `max` characters: undefined when absent or repeated (?a=1&a=2). */
export function searchParam(value: string | string[] | undefined, max: number): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined
}
