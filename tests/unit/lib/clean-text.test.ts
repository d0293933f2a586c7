import { cleanDeep, cleanText } from '@/lib/text/clean-text'

describe('cleaning text PostgreSQL cannot store', () => {
  it('drops NUL and turns a lone surrogate into U+FFFD, keeping everything else', () => {
    expect(cleanText('a\u0000b')).toBe('ab')
    expect(cleanText('cut emoji \uD83D')).toBe('cut emoji \uFFFD')
    expect(cleanText('\uDE00 stray low half')).toBe('\uFFFD stray low half')
  })

  it('leaves well-formed text, paired surrogates included, exactly as it was', () => {
    const text = 'Ким Ир Сен 金日成 😀 Batmünkh'
    expect(cleanText(text)).toBe(text)
  })

  it('cleans strings at any depth of plain objects and arrays, and leaves dates and numbers alone', () => {
    const at = new Date()
    expect(cleanDeep({ a: ['x\u0000'], b: { c: '\uD800' }, at, n: 1 })).toEqual({ a: ['x'], b: { c: '\uFFFD' }, at, n: 1 })
  })
})
