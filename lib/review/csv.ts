// Pure CSV encoding for the exports: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so
// spreadsheet programs read accents and curly quotes correctly, and a guard against formula
// injection — text a student typed must never run as a formula when an instructor opens the file.

export type CsvValue = string | number | boolean | Date | null | undefined

/** The byte-order mark Excel needs to read a download as UTF-8. */
export const CSV_BOM = '\uFEFF'

// A spreadsheet treats text starting with one of these as a formula (tab and carriage return too:
// some programs strip them and then see the next character).
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell as CSV text. Strings that could start a formula get a leading apostrophe, which
 * spreadsheets show as plain text. Numbers are written as numbers and left alone: they are ours,
 * never typed by a student, and a negative number must stay a number.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  let text = value instanceof Date ? value.toISOString().replace(/\.\d{3}Z$/, 'Z') : value
  // A lone minus sign is no formula, and it is Moodle's grade import's "no grade" marker.
  if (text !== '-' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One record, ending in CRLF as RFC 4180 asks. */
export function csvRow(values: CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`
}

/** A whole file: the byte-order mark, then every row. */
export function toCsv(rows: CsvValue[][]): string {
  return CSV_BOM + rows.map(csvRow).join('')
}
