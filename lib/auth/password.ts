import 'server-only'
import crypto from 'node:crypto'
import bcrypt from 'bcryptjs'

export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-rules'
const BCRYPT_COST = 12

// bcrypt reads only the first 72 bytes of its input. Hashing the password with SHA-256 first
// means every character of a long passphrase counts, and no input is silently truncated.
function prehash(password: string): string {
  return crypto.createHash('sha256').update(password, 'utf8').digest('base64')
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(prehash(password), BCRYPT_COST)
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(prehash(password), hash)
}

// Compared against when the account does not exist, so an unknown email costs the same bcrypt
// work (same cost factor) as a wrong password and timing does not reveal which accounts exist.
// It matches no password: it hashes a random value nobody knows.
export const DUMMY_HASH = bcrypt.hashSync(prehash(crypto.randomUUID()), BCRYPT_COST)
