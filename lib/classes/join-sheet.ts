import 'server-only'
import { toCsv, type CsvValue } from '@/lib/review/csv'
import { exportFilename } from '@/lib/review/export-filename'
import { getClassHeader } from './get-class-header'
import { formatJoinCode } from './join-code'
import { listPendingInvites, type PendingInvite } from './list-pending-invites'
import { AppError } from '@/lib/errors'

export interface JoinSheet {
  className: string
  term: string
  /** Both null when joining by code is turned off or the class is archived: only personal links work. */
  joinCode: string | null
  joinUrl: string | null
  invites: (Omit<PendingInvite, 'path'> & { url: string | null })[]
}

/**
 * What an instructor hands out so a class can join: the class's code and link with the steps, and
 * every personal invite link still waiting. `toUrl` makes a path absolute (lib/http/public-url.ts).
 */
export async function getJoinSheet(opts: { userId: string; classId: string; toUrl: (path: string) => string }): Promise<JoinSheet> {
  const klass = await getClassHeader(opts)
  if (!klass) throw new AppError('NOT_FOUND', 'Class not found.')
  const invites = await listPendingInvites(opts)
  const code = formatJoinCode(klass.joinCode)
  const isOpen = klass.joinEnabled && !klass.archivedAt
  return {
    className: klass.name,
    term: klass.term,
    joinCode: isOpen ? code : null,
    joinUrl: isOpen ? opts.toUrl(`/join/${code}`) : null,
    invites: invites.map(({ path, ...rest }) => ({ ...rest, url: path ? opts.toUrl(path) : null })),
  }
}

/**
 * The join sheet as CSV, one row per invited student, for a mail merge or the campus system:
 * name, email, personal link and its expiry, and the class code and link for anyone without one.
 */
export async function exportJoinSheet(opts: { userId: string; classId: string; toUrl: (path: string) => string; now?: Date }) {
  const sheet = await getJoinSheet(opts)
  const rows: CsvValue[][] = [['Name', 'Email', 'Personal invite link', 'Link expires', 'Class', 'Join code', 'Join link']]
  for (const i of sheet.invites)
    rows.push([i.name, i.email, i.url ?? '', i.expiresAt, sheet.className, sheet.joinCode ?? '', sheet.joinUrl ?? ''])
  if (sheet.invites.length === 0) rows.push(['', '', '', '', sheet.className, sheet.joinCode ?? '', sheet.joinUrl ?? ''])
  return { filename: exportFilename(sheet.className, 'join-sheet', opts.now ?? new Date()), csv: toCsv(rows) }
}
