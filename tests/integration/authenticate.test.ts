import { db } from '@/lib/db'
import { authenticate, GENERIC_SIGN_IN_ERROR } from '@/lib/auth/authenticate'
import { dummyHash, verifyPassword } from '@/lib/auth/password'
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, recordEvent, retryAfterMs, throttleKey } from '@/lib/auth/throttle'
import { upgradePasswordHash } from '@/lib/auth/upgrade-password-hash'
import { createUser, KNOWN_PASSWORD } from '@/tests/factories'

const ip = (n: number) => `203.0.113.${n}`

// Made once by bcryptjs 3.0.3, before Lectern moved to native bcrypt, from the SHA-256 prehash of
// KNOWN_PASSWORD: bcrypt.hashSync(prehash, '$2a$10$' + salt) and bcrypt.hashSync(prehash, 12).
const BCRYPTJS_OLD_HASH = '$2a$10$Bd/tD52EKiErDvLUtkL4F.0JAFnPV7tDOHP//sTeOR3ckIckvOCFy'
const BCRYPTJS_CURRENT_HASH = '$2b$12$W3l3F19Y5q2Ahv2hohRUA.y18Z5JplVtV5MEytLRYhva8V4dotrw6'

async function createUserWithHash(passwordHash: string) {
  const { id } = await createUser()
  return db.user.update({ where: { id }, data: { passwordHash }, select: { id: true, email: true, sessionVersion: true } })
}
const storedHash = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash

describe('signing in', () => {
  it('accepts the right password, returns no password hash, and audits the sign-in', async () => {
    const user = await createUser()
    const result = await authenticate({ email: user.email.toUpperCase(), password: KNOWN_PASSWORD, ip: ip(1) })
    expect(result).toEqual({ id: user.id, email: user.email, name: user.name, role: 'STUDENT', sessionVersion: 0 })
    expect(result).not.toHaveProperty('passwordHash')
    expect(await db.auditLog.count({ where: { action: 'SIGN_IN', subjectUserId: user.id } })).toBe(1)
  })

  it('gives one generic error for an unknown account and for a wrong password', async () => {
    const user = await createUser()
    await expect(authenticate({ email: user.email, password: 'wrong password here', ip: ip(2) })).rejects.toThrow(GENERIC_SIGN_IN_ERROR)
    await expect(authenticate({ email: 'nobody@example.edu', password: 'wrong password here', ip: ip(2) })).rejects.toThrow(
      GENERIC_SIGN_IN_ERROR,
    )
  })

  it('checks unknown accounts against a dummy hash made with the same parameters as real ones, which matches nothing', async () => {
    const dummy = await dummyHash()
    expect(dummy).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/)
    await expect(verifyPassword('', dummy)).resolves.toBe(false)
    await expect(verifyPassword(KNOWN_PASSWORD, dummy)).resolves.toBe(false)
  })

  it('refuses an account after its tenth wrong password: the eleventh attempt is refused even with the right password', async () => {
    const user = await createUser()
    for (let i = 0; i < ACCOUNT_LIMIT.capacity; i++) {
      await expect(authenticate({ email: user.email, password: `wrong ${i} password`, ip: ip(10 + i) })).rejects.toThrow(
        GENERIC_SIGN_IN_ERROR,
      )
    }
    await expect(authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: ip(99) })).rejects.toThrow(/Too many failed sign-ins/)
    const throttle = await db.loginThrottle.findUnique({ where: { key: `account:${user.email}` } })
    expect(throttle?.level).toBeCloseTo(ACCOUNT_LIMIT.capacity, 0)
  })

  it('locks unknown emails the same way, so a lock does not reveal that an account exists', async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.capacity; i++) {
      await authenticate({ email: 'ghost2@example.edu', password: 'wrong password here', ip: ip(40 + i) }).catch(() => undefined)
    }
    await expect(authenticate({ email: 'ghost2@example.edu', password: 'x', ip: ip(60) })).rejects.toThrow(/Too many failed sign-ins/)
  })

  it('slows an address that fails against many accounts to one try per drain interval, rather than locking it for minutes', async () => {
    await db.loginThrottle.create({ data: { key: 'ip:198.51.100.7', level: ADDRESS_LIMIT.capacity - 1 } })
    await authenticate({ email: 'someone@example.edu', password: 'wrong password here', ip: '198.51.100.7' }).catch(() => undefined)
    const user = await createUser()
    await expect(authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: '198.51.100.7' })).rejects.toThrow(
      /Too many failed sign-ins. Try again in a few seconds/,
    )
    const bucket = [{ key: 'ip:198.51.100.7', limit: ADDRESS_LIMIT }]
    expect(await retryAfterMs(bucket)).toBeLessThanOrEqual(ADDRESS_LIMIT.drainMs)
    expect(await retryAfterMs(bucket, new Date(Date.now() + ADDRESS_LIMIT.drainMs))).toBe(0)
  })

  it('never refuses a school of 120 behind one address where every student mistyped twice', async () => {
    const school = '198.51.100.8'
    for (let i = 0; i < 240; i++) await recordEvent({ key: throttleKey.address(school), limit: ADDRESS_LIMIT })
    const user = await createUser()
    await expect(authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: school })).resolves.toHaveProperty('id', user.id)
  })

  it('clears the account counter after a successful sign-in', async () => {
    const user = await createUser()
    await authenticate({ email: user.email, password: 'wrong password here', ip: ip(70) }).catch(() => undefined)
    await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: ip(70) })
    expect(await db.loginThrottle.findUnique({ where: { key: `account:${user.email}` } })).toBeNull()
  })

  it('counts concurrent failures without losing any', async () => {
    const user = await createUser()
    await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        authenticate({ email: user.email, password: `bad ${i} password`, ip: ip(80) }).catch(() => undefined),
      ),
    )
    expect((await db.loginThrottle.findUnique({ where: { key: `account:${user.email}` } }))?.level).toBeCloseTo(5, 1)
  })

  it('accepts an old bcryptjs hash ($2a$, cost 10) and replaces it with argon2id at that sign-in, keeping sessions', async () => {
    const user = await createUserWithHash(BCRYPTJS_OLD_HASH)
    await expect(authenticate({ email: user.email, password: 'wrong password here', ip: ip(90) })).rejects.toThrow(GENERIC_SIGN_IN_ERROR)
    expect(await storedHash(user.id)).toBe(BCRYPTJS_OLD_HASH) // a failed sign-in changes nothing

    await expect(authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: ip(90) })).resolves.toMatchObject({
      id: user.id,
      sessionVersion: 0,
    })
    const upgraded = await storedHash(user.id)
    expect(upgraded).toMatch(/^\$argon2id\$/)
    await expect(verifyPassword(KNOWN_PASSWORD, upgraded)).resolves.toBe(true)
    await expect(authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: ip(90) })).resolves.toMatchObject({
      id: user.id,
      sessionVersion: 0,
    })
  })

  it('accepts a bcrypt hash at cost 12 ($2b$, what bcryptjs and native bcrypt made) and replaces it with argon2id', async () => {
    const user = await createUserWithHash(BCRYPTJS_CURRENT_HASH)
    await expect(authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: ip(91) })).resolves.toMatchObject({ id: user.id })
    expect(await storedHash(user.id)).toMatch(/^\$argon2id\$/)
  })

  it('leaves a current argon2id hash as it is', async () => {
    const user = await createUser()
    const before = await storedHash(user.id)
    await authenticate({ email: user.email, password: KNOWN_PASSWORD, ip: ip(92) })
    expect(await storedHash(user.id)).toBe(before)
  })

  it('never lets a hash upgrade overwrite a password changed since the sign-in read the old hash', async () => {
    const user = await createUserWithHash(BCRYPTJS_CURRENT_HASH)
    await upgradePasswordHash({ userId: user.id, oldHash: BCRYPTJS_OLD_HASH, password: KNOWN_PASSWORD })
    expect(await storedHash(user.id)).toBe(BCRYPTJS_CURRENT_HASH)
  })
})
