import { BCRYPT_COST, DUMMY_HASH, needsRehash } from '../../../lib/auth/password'

// 53 characters of salt and digest in bcrypt's alphabet; only the prefix matters to needsRehash.
const BODY = 'W3l3F19Y5q2Ahv2hohRUA.y18Z5JplVtV5MEytLRYhva8V4dotrw6'

describe('needsRehash', () => {
  it('keeps a hash made today: $2b$ at the current cost', () => {
    expect(BCRYPT_COST).toBe(12)
    expect(needsRehash(`$2b$12$${BODY}`)).toBe(false)
    expect(needsRehash(DUMMY_HASH)).toBe(false)
  })

  it('upgrades a hash made at a lower cost', () => {
    expect(needsRehash(`$2b$10$${BODY}`)).toBe(true)
    expect(needsRehash(`$2b$04$${BODY}`)).toBe(true)
  })

  it('keeps a hash made at a higher cost: it is stronger, not weaker', () => {
    expect(needsRehash(`$2b$13$${BODY}`)).toBe(false)
  })

  it('upgrades older version tags ($2a$ from bcryptjs 2, $2y$ and $2x$ from PHP) even at the current cost', () => {
    expect(needsRehash(`$2a$12$${BODY}`)).toBe(true)
    expect(needsRehash(`$2y$12$${BODY}`)).toBe(true)
    expect(needsRehash(`$2x$12$${BODY}`)).toBe(true)
  })

  it('upgrades anything that is not a well-formed bcrypt hash', () => {
    expect(needsRehash('')).toBe(true)
    expect(needsRehash(`$2b$12$${BODY.slice(1)}`)).toBe(true)
    expect(needsRehash('$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g')).toBe(true)
  })
})
