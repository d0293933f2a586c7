import 'server-only'
import crypto from 'node:crypto'
import argon2 from 'argon2'
import bcrypt from 'bcrypt'
import { withHashSlot } from './hash-slots'

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules'

// Passwords are hashed with argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane):
// about 35 ms of one core here, in libuv's thread pool, so a class of 120 signing in at once is
// hashed in about 2 s on two cores, where bcrypt at cost 12 (0.25 s a hash) took 15 s at best.
// Hashes from before — bcrypt, made by bcryptjs or native bcrypt over a SHA-256 prehash — still
// verify, and are replaced at their owner's next sign-in (needsRehash). Why: decision 013.
export const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

// bcrypt reads only the first 72 bytes of its input, so its hashes were made over the password's
// SHA-256. Kept only to verify those older hashes.
function bcryptPrehash(password: string): string {
  return crypto.createHash('sha256').update(password, 'utf8').digest('base64')
}

const isBcrypt = (hash: string) => /^\$2[abxy]\$/.test(hash)

// Every hash and comparison, the dummy one included, waits for the same slots (hash-slots.ts):
// unknown accounts cost what known ones do, and short jobs in the thread pool are not starved.
export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => argon2.hash(password, ARGON2_OPTIONS))
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return withHashSlot(async () => {
    if (isBcrypt(hash)) return bcrypt.compare(bcryptPrehash(password), hash)
    try {
      return await argon2.verify(hash, password)
    } catch {
      return false // not a hash argon2 can read: it matches nothing
    }
  })
}

/** Whether a hash that has just verified should be replaced: any bcrypt hash, or argon2 below today's parameters. */
export function needsRehash(hash: string): boolean {
  if (!hash.startsWith('$argon2id$')) return true
  try {
    return argon2.needsRehash(hash, ARGON2_OPTIONS)
  } catch {
    return true
  }
}

// Compared against when the account does not exist, so an unknown email costs the same work as a
// wrong password and timing does not reveal which accounts exist. It matches no password: it
// hashes a random value nobody knows. Made once per process, at first use.
let dummy: Promise<string> | undefined
export function dummyHash(): Promise<string> {
  dummy ??= argon2.hash(crypto.randomUUID(), ARGON2_OPTIONS)
  return dummy
}
