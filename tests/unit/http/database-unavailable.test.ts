import { isDatabaseUnavailable } from '@/lib/database/unavailable'
import { AppError, toActionState } from '@/lib/errors'
import { jsonError } from '@/lib/http/json-error'

// The shapes below are what pg, pg-pool and Prisma's driver adapter throw (seen on PostgreSQL 15
// with @prisma/adapter-pg 6.19): a pool wait that ran out, an unreachable or restarting server.
const poolTimeout = new Error('timeout exceeded when trying to connect')
const unreachable = Object.assign(new Error("Can't reach database server at 127.0.0.1:5999"), {
  code: 'P1001',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5999 } } },
})
const shuttingDown = Object.assign(new Error('Raw query failed.'), {
  code: 'P2010',
  meta: {
    driverAdapterError: { cause: { kind: 'postgres', code: '57P01', message: 'terminating connection due to administrator command' } },
  },
})
const transactionWaitedTooLong = Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
  code: 'P2028',
})
const uniqueViolation = Object.assign(new Error('Unique constraint failed'), { code: 'P2002' })

describe('a database that cannot answer now', () => {
  it('is recognised in each shape pg and Prisma give it, and a bug or a constraint violation is not', () => {
    expect(isDatabaseUnavailable(poolTimeout)).toBe(true)
    expect(isDatabaseUnavailable(unreachable)).toBe(true)
    expect(isDatabaseUnavailable(shuttingDown)).toBe(true)
    expect(isDatabaseUnavailable(transactionWaitedTooLong)).toBe(true)
    expect(isDatabaseUnavailable(new Error('x', { cause: new Error('Connection terminated unexpectedly') }))).toBe(true)
    expect(isDatabaseUnavailable(uniqueViolation)).toBe(false)
    expect(isDatabaseUnavailable(new TypeError('undefined is not a function'))).toBe(false)
    expect(isDatabaseUnavailable(null)).toBe(false)
  })

  it('a route answers 503 with Retry-After and a message fit to show, never a 500', async () => {
    const response = jsonError(poolTimeout)
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('2')
    expect(await response.json()).toEqual({ error: 'UNAVAILABLE', message: expect.stringMatching(/try again in a moment/) })
  })

  it('a form gets the same message, and a bug still goes on to the error boundary', () => {
    expect(toActionState(unreachable).message).toMatch(/Nothing was lost: try again in a moment/)
    expect(() => toActionState(new TypeError('bug'))).toThrow('bug')
  })

  it('a rate-limited request says when to come back; other refusals carry no Retry-After', () => {
    expect(jsonError(new AppError('RATE_LIMITED', 'Too many.', undefined, 3)).headers.get('Retry-After')).toBe('3')
    expect(jsonError(new AppError('BAD_INPUT', 'No.')).headers.get('Retry-After')).toBeNull()
  })
})
