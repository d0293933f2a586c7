import { ARGON2_OPTIONS, needsRehash } from '@/lib/auth/password'

// 53 characters of salt and digest in bcrypt's alphabet; only the prefix matters to needsRehash.
const BCRYPT_BODY = 'W3l3F19Y5q2Ahv2hohRUA.y18Z5JplVtV5MEytLRYhva8V4dotrw6'
const ARGON2_BODY = 'c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g'

describe('needsRehash', () => {
  it('keeps an argon2id hash made with today’s parameters', () => {
    expect(ARGON2_OPTIONS).toMatchObject({ memoryCost: 19_456, timeCost: 2, parallelism: 1 })
    expect(needsRehash(`$argon2id$v=19$m=19456,t=2,p=1$${ARGON2_BODY}`)).toBe(false)
  })

  it('upgrades an argon2id hash made with less memory or fewer passes', () => {
    expect(needsRehash(`$argon2id$v=19$m=4096,t=2,p=1$${ARGON2_BODY}`)).toBe(true)
    expect(needsRehash(`$argon2id$v=19$m=19456,t=1,p=1$${ARGON2_BODY}`)).toBe(true)
  })

  it('upgrades every bcrypt hash, whatever its cost or version tag', () => {
    for (const prefix of ['$2b$12$', '$2b$13$', '$2a$10$', '$2y$12$']) expect(needsRehash(`${prefix}${BCRYPT_BODY}`)).toBe(true)
  })

  it('upgrades argon2i, argon2d and anything that is not a hash', () => {
    expect(needsRehash(`$argon2i$v=19$m=19456,t=2,p=1$${ARGON2_BODY}`)).toBe(true)
    expect(needsRehash('')).toBe(true)
  })
})
