import { csvCell, csvRow, toCsv } from '@/lib/review/csv'
import { attachmentHeaders, exportFilename } from '@/lib/review/export-filename'

describe('CSV cells', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Ana Kowalski')).toBe('Ana Kowalski')
    expect(csvCell(17.5)).toBe('17.5')
    expect(csvCell(0)).toBe('0')
    expect(csvCell('Chloé — “quoted” ¶8')).toBe('Chloé — “quoted” ¶8')
  })

  it('writes nothing for missing values and non-finite numbers', () => {
    expect(csvCell(null)).toBe('')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
  })

  it('quotes fields containing commas, quotes or line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
    expect(csvCell('crlf\r\nhere')).toBe('"crlf\r\nhere"')
  })

  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', `"'\r=cmd"`],
  ])('prefixes text that a spreadsheet would run as a formula: %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected)
  })

  it('quotes a neutralised formula that also needs quoting, keeping every character', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"')
  })

  it('does not prefix text where the risky character is not first, nor negative numbers we produce', () => {
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell(' =1')).toBe(' =1')
    expect(csvCell(-2)).toBe('-2')
  })

  it('leaves a lone minus sign alone: it cannot run as a formula, and Moodle reads it as "no grade"', () => {
    expect(csvCell('-')).toBe('-')
    expect(csvCell('--')).toBe("'--")
  })

  it('writes dates as ISO 8601 in UTC to the second, and booleans as words', () => {
    expect(csvCell(new Date('2027-03-09T14:05:06.789Z'))).toBe('2027-03-09T14:05:06Z')
    expect(csvCell(true)).toBe('yes')
    expect(csvCell(false)).toBe('no')
  })
})

describe('CSV files', () => {
  it('end every record with CRLF and start with a UTF-8 byte-order mark', () => {
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n')
    expect(
      toCsv([
        ['h1', 'h2'],
        ['x', 'y,z'],
      ]),
    ).toBe('\uFEFFh1,h2\r\nx,"y,z"\r\n')
  })
})

describe('export file names', () => {
  it('are ASCII, built from the class name, the kind of export and the date', () => {
    expect(exportFilename('HIST 210 — The Cold War in Asia', 'gradebook', new Date('2027-03-09T23:59:00Z'))).toBe(
      'hist-210-the-cold-war-in-asia-gradebook-2027-03-09.csv',
    )
    expect(exportFilename('Émigrés & "Exiles"', 'responses', new Date('2027-01-02T00:00:00Z'))).toBe(
      'emigres-exiles-responses-2027-01-02.csv',
    )
    expect(exportFilename('日本語', 'gradebook', new Date('2027-01-02T00:00:00Z'))).toBe('class-gradebook-2027-01-02.csv')
  })

  it('are sent as an attachment, as CSV in UTF-8, and never cached by shared caches', () => {
    expect(attachmentHeaders('x.csv')).toEqual({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="x.csv"',
      'Cache-Control': 'private, no-store',
    })
  })
})
