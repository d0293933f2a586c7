// Pure: the download name of an export, e.g. "hist-210-the-cold-war-in-asia-gradebook-2027-03-09.csv".

export function exportFilename(className: string, kind: string, now: Date, extension = 'csv'): string {
  const slug = className
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `${slug || 'class'}-${kind}-${now.toISOString().slice(0, 10)}.${extension}`
}

/** The headers of a download (a CSV unless told); the name is ASCII by construction. */
export function attachmentHeaders(filename: string, contentType = 'text/csv; charset=utf-8'): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename="${filename}"`,
    'Cache-Control': 'private, no-store',
  }
}
