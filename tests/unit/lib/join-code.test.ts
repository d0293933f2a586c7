import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET, normaliseJoinCode } from '@/lib/classes/join-code'

describe('join codes', () => {
  it('are 8 characters from an alphabet without look-alikes (0/O, 1/I/L)', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/)
    for (let i = 0; i < 200; i++) expect(generateJoinCode()).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}$/)
  })

  it('are not sequential or repeated across many draws', () => {
    const codes = Array.from({ length: 5000 }, generateJoinCode)
    expect(new Set(codes).size).toBe(codes.length)
    const sorted = [...codes].sort()
    expect(sorted).not.toEqual(codes)
  })

  it('use every letter of the alphabet roughly evenly', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 4000; i++) for (const ch of generateJoinCode()) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    const expected = (4000 * 8) / JOIN_CODE_ALPHABET.length
    expect(counts.size).toBe(JOIN_CODE_ALPHABET.length)
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.2)
  })

  it('are shown as ABCD-EFGH and accepted in any case, with or without the dash or spaces', () => {
    expect(formatJoinCode('ABCDEFGH')).toBe('ABCD-EFGH')
    expect(normaliseJoinCode('abcd-efgh')).toBe('ABCDEFGH')
    expect(normaliseJoinCode(' abcd efgh ')).toBe('ABCDEFGH')
  })
})
