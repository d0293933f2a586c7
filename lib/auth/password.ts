import 'server-only'
import crypto from 'node:crypto'
import bcrypt from 'bcrypt'
import { withHashSlot } from './hash-slots'

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules'
// Raising the cost upgrades every older hash at its owner's next sign-in (needsRehash).
export const BCRYPT_COST = 12
const BCRYPT_VERSION = '2b'
const BCRYPT_HASH = /^\$(2[abxy])\$(\d\d)\$[./A-Za-z0-9]{53}$/

// bcrypt reads only the first 72 bytes of its input. Hashing the password with SHA-256 first
// means every character of a long passphrase counts, and no input is silently truncated.
function prehash(password: string): string {
  return crypto.createHash('sha256').update(password, 'utf8').digest('base64')
}

// Native bcrypt runs in libuv's thread pool, off the event loop, so a class signing in at once does
// not stall every other request; it reads the hashes bcryptjs made (decisions/013-password-hashing.md).
// Every hash, the dummy comparison included, waits for the same slots: unknown accounts cost the same.
export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => bcrypt.hash(prehash(password), BCRYPT_COST))
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return withHashSlot(() => bcrypt.compare(prehash(password), hash))
}

/**
 * Whether a hash that has just verified should be replaced by a fresh one: it was made at a lower
 * cost than today's, or under an older version tag ($2a$ from bcryptjs 2, $2y$/$2x$ from PHP).
 * bcryptjs 3 made $2b$ at cost 12, which is exactly what native bcrypt makes: those stay.
 */
export function needsRehash(hash: string): boolean {
  const match = BCRYPT_HASH.exec(hash)
  return !match || match[1] !== BCRYPT_VERSION || Number(match[2]) < BCRYPT_COST
}

// Compared against when the account does not exist, so an unknown email costs the same bcrypt
// work (same cost factor) as a wrong password and timing does not reveal which accounts exist.
// It matches no password: it hashes a random value nobody knows. Made once, at start-up.
export const DUMMY_HASH = bcrypt.hashSync(prehash(crypto.randomUUID()), BCRYPT_COST)
