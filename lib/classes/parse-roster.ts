// Pure: pasted text or an uploaded CSV of students → rows of { line, name, email }.
// Accepts "Name, Email" or "Email, Name" (a header row naming the columns is used when present),
// quoted fields ("Kim, Ji-ho",ji@x.edu), commas, tabs or semicolons (spreadsheets paste tabs).

export interface RosterRow {
  line: number
  name: string
  email: string
}

export const MAX_ROSTER_ROWS = 1000

function splitFields(line: string, delimiter: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"' // an escaped quote inside a quoted field
      i++
    } else if (quoted && ch === '"') {
      quoted = false
    } else if (!quoted && ch === '"' && field.trim() === '') {
      quoted = true
    } else if (!quoted && ch === delimiter) {
      fields.push(field.trim())
      field = ''
    } else {
      field += ch
    }
  }
  fields.push(field.trim())
  return fields
}

function delimiterOf(lines: string[]): string {
  const sample = lines.slice(0, 5).join('\n')
  return ['\t', ';', ','].find((d) => sample.includes(d)) ?? ','
}

export function parseRoster(text: string): RosterRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  const delimiter = delimiterOf(lines)
  const rows: RosterRow[] = []
  let nameAt = -1
  let emailAt = -1
  lines.forEach((raw, index) => {
    if (!raw.trim()) return
    const fields = splitFields(raw, delimiter)
    const lower = fields.map((f) => f.toLowerCase())
    const isHeader =
      rows.length === 0 && nameAt < 0 && lower.some((f) => f.includes('email') || f === 'e-mail') && !fields.some((f) => f.includes('@'))
    if (isHeader) {
      emailAt = lower.findIndex((f) => f.includes('mail'))
      nameAt = lower.findIndex((f, i) => i !== emailAt && f.includes('name'))
      return
    }
    const email = emailAt >= 0 ? (fields[emailAt] ?? '') : (fields.find((f) => f.includes('@')) ?? '')
    const name =
      nameAt >= 0
        ? (fields[nameAt] ?? '')
        : fields
            .filter((f) => f !== email)
            .join(' ')
            .trim()
    rows.push({ line: index + 1, name, email })
  })
  return rows
}
