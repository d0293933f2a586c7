import crypto from 'node:crypto'

// No 0/O, 1/I/L: codes are read aloud and copied from projectors.
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const JOIN_CODE_LENGTH = 8

/** 8 characters from a 31-letter alphabet: ~8.5 × 10^11 codes, drawn with a CSPRNG, never sequential. */
export function generateJoinCode(): string {
  let code = ''
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[crypto.randomInt(JOIN_CODE_ALPHABET.length)]
  return code
}

/** "abcd-efgh" and "ABCD EFGH" both become "ABCDEFGH". */
export function normaliseJoinCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '')
}

export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`
}
