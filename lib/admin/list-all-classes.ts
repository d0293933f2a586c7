import 'server-only'
import { db } from '@/lib/db'
import { assertAdmin } from './admin-actor'

// The class directory an administrator sees: every class, its instructors and how many students —
// never the students' work (lib/authz.ts: an administrator teaches only what they are a member of).

const CLASS_ENTRY = {
  id: true,
  name: true,
  term: true,
  archivedAt: true,
  createdAt: true,
  memberships: {
    where: { role: 'INSTRUCTOR' as const, removedAt: null },
    orderBy: { joinedAt: 'asc' as const },
    select: { user: { select: { id: true, name: true, email: true } } },
  },
  _count: { select: { memberships: { where: { role: 'STUDENT' as const, removedAt: null } }, assignments: true } },
}

/** Every class whose name, term or instructor matches the query (all without one), newest first. */
export async function listAllClasses(opts: { actorId: string; query?: string }) {
  await assertAdmin(db, opts.actorId)
  const q = opts.query?.trim().slice(0, 100)
  const contains = (field: string) => ({ [field]: { contains: q, mode: 'insensitive' as const } })
  const classes = await db.class.findMany({
    where: q
      ? {
          OR: [
            contains('name'),
            contains('term'),
            { memberships: { some: { role: 'INSTRUCTOR', removedAt: null, user: { OR: [contains('name'), contains('email')] } } } },
          ],
        }
      : {},
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 200,
    select: CLASS_ENTRY,
  })
  return classes.map(shape(opts.actorId))
}

/** One class's directory entry, and whether the administrator already teaches it. */
export async function getClassEntry(opts: { actorId: string; classId: string }) {
  await assertAdmin(db, opts.actorId)
  const klass = await db.class.findUnique({ where: { id: opts.classId }, select: CLASS_ENTRY })
  return klass ? shape(opts.actorId)(klass) : null
}

function shape(actorId: string) {
  return (c: {
    id: string
    name: string
    term: string
    archivedAt: Date | null
    createdAt: Date
    memberships: { user: { id: string; name: string; email: string } }[]
    _count: { memberships: number; assignments: number }
  }) => ({
    id: c.id,
    name: c.name,
    term: c.term,
    archivedAt: c.archivedAt,
    createdAt: c.createdAt,
    instructors: c.memberships.map((m) => m.user),
    students: c._count.memberships,
    assignments: c._count.assignments,
    isTaughtByMe: c.memberships.some((m) => m.user.id === actorId),
  })
}
