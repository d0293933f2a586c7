// Pure: whether an error means "the database cannot serve this request now" — the pool had no
// free connection within its wait limit, the server is unreachable, restarting or full — rather
// than a bug. Such a request is answered 503 with Retry-After (lib/http/json-error.ts) and the
// browser's queue sends it again; it never hangs and is never a 500.

/** pg-pool's message when no connection came free within connectionTimeoutMillis. */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect'
/** pg's messages when the server closed the connection under it (a restart, a failover). */
const CONNECTION_LOST = /Connection terminated|Client has encountered a connection error|ECONNREFUSED|ECONNRESET/

// SQLSTATE classes and codes of a database that is not available: 08 connection exceptions,
// 57P01–57P03 shutdown and start-up, 53300 too many connections.
const UNAVAILABLE_CODES = /^(08...|57P0[123]|53300)$/

const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1017', 'P2028'])

/** Driver-adapter error kinds (Prisma wraps pg's errors in these). */
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])

interface ErrorShape {
  message?: unknown
  code?: unknown
  cause?: unknown
  meta?: { driverAdapterError?: { cause?: { kind?: string; code?: string; originalCode?: string } } }
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false
  const e = error as ErrorShape
  const message = typeof e.message === 'string' ? e.message : ''
  if (message.includes(POOL_TIMEOUT) || CONNECTION_LOST.test(message)) return true
  // P1001/P1017: Prisma could not reach, or lost, the server. P2028: an interactive transaction
  // could not start within its maxWait, or ran past its timeout and was rolled back — under a
  // surge both mean "not now", and nothing was committed.
  if (typeof e.code === 'string' && (UNAVAILABLE_CODES.test(e.code) || PRISMA_UNAVAILABLE.has(e.code))) return true
  const adapterCause = e.meta?.driverAdapterError?.cause
  if (adapterCause) {
    if (adapterCause.kind && UNAVAILABLE_KINDS.has(adapterCause.kind)) return true
    const code = adapterCause.originalCode ?? adapterCause.code
    if (typeof code === 'string' && UNAVAILABLE_CODES.test(code)) return true
  }
  return isDatabaseUnavailable(e.cause, depth + 1)
}

/** Seconds a client should wait before sending again: long enough for a pool to drain, short
 * enough that an autosave queue catches up within a few seconds of a restart. */
export const RETRY_AFTER_SECONDS = 2
