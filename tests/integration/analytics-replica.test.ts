// DATABASE_REPLICA_URL: instructor analytics read the replica, and everything else the primary.
// The "replica" is a second database (a second PGlite folder, or a second schema on the test
// PostgreSQL server) given a copy of the primary's rows, after which the primary moves on — as a
// lagging replica would. Each figure then shows which database it was read from.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { analyticsDb, db, disconnectDb, sqlRunner } from '@/lib/db'
import { connectDatabase, type DatabaseConnection } from '@/lib/database/connect'
import { applyMigrations } from '@/lib/database/migrations'
import { getGradebook } from '@/lib/review/gradebook'
import { exportResponses } from '@/lib/review/export-responses'
import { listQuestionResponses } from '@/lib/review/grading/list-question-responses'
import { createUser } from '@/tests/factories'
import { assignment, classOf, currentAnalysis, takeQuiz } from '@/tests/factories/review-class'

// Parents before children, so every foreign key finds its row.
const TABLES = ['User', 'Class', 'Membership', 'Assignment', 'QuestionVersion', 'Attempt', 'Response', 'ReadingProgress']

const server = process.env.TEST_DATABASE_URL
const replicaSchema = `replica_${crypto.randomBytes(4).toString('hex')}`
const pgliteDir = server ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-replica-'))
const replicaUrl = server
  ? (() => {
      const url = new URL(server)
      url.searchParams.set('schema', replicaSchema)
      return url.toString()
    })()
  : `postgresql://pglite/${pgliteDir}`

/** Copies every row of the tables the review pages read from the primary into the replica. */
async function replicate(replica: DatabaseConnection) {
  for (const table of TABLES) {
    const rows = await sqlRunner().query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table}" t`)
    for (const { row } of rows)
      await replica.sql.query(`INSERT INTO "${table}" SELECT * FROM json_populate_record(NULL::"${table}", $1::json)`, [row])
  }
}

const answers = { 'comp-occasion': { choice: 'follow-up' }, 'comp-soviet-troops': { choice: 'agreed' } }
let world: Awaited<ReturnType<typeof classOf>> & { assignmentId: string; lateId: string; newcomerId: string }

beforeAll(async () => {
  // The replica database: migrated, then given the primary's rows once the class has submitted.
  const replica = connectDatabase(replicaUrl)
  if (server) await replica.sql.exec(`CREATE SCHEMA "${replicaSchema}"`)
  await applyMigrations(replica.sql)

  const ctx = await classOf(['Ana', 'Ben', 'Cy'])
  const a = await assignment(ctx.klass.id)
  for (const name of ['Ana', 'Ben']) await takeQuiz({ userId: ctx.students[name].id, assignmentId: a.id, setId: 'comprehension', answers })
  await replicate(replica)
  // A PGlite folder may be open only once: the app's replica client opens it next.
  await replica.close()

  // The primary moves on; the replica has not caught up.
  await takeQuiz({ userId: ctx.students.Cy.id, assignmentId: a.id, setId: 'comprehension', answers })
  await db.class.update({ where: { id: ctx.klass.id }, data: { name: 'Renamed on the primary' } })
  const newcomer = await createUser({ role: 'INSTRUCTOR' })
  await db.membership.create({ data: { userId: newcomer.id, classId: ctx.klass.id, role: 'INSTRUCTOR' } })

  process.env.DATABASE_REPLICA_URL = replicaUrl
  world = { ...ctx, assignmentId: a.id, lateId: ctx.students.Cy.id, newcomerId: newcomer.id }
}, 120_000)

afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URL
  await disconnectDb()
  if (server) {
    const cleanup = connectDatabase(server)
    await cleanup.sql.exec(`DROP SCHEMA IF EXISTS "${replicaSchema}" CASCADE`)
    await cleanup.close()
  } else fs.rmSync(pgliteDir!, { recursive: true, force: true })
})

describe('a read replica for instructor analytics (DATABASE_REPLICA_URL)', () => {
  it('the gradebook is read from the replica: the class name and the scores it had when the replica last caught up', async () => {
    const book = await getGradebook({ userId: world.instructor.id, classId: world.klass.id })
    expect(book.className).not.toBe('Renamed on the primary')
    const submitted = book.students.filter((s) => s.cells[world.assignmentId].score !== null).map((s) => s.name)
    expect(submitted.sort()).toEqual(['Ana', 'Ben'])
  })

  it('item analysis and the responses export are read from the replica', async () => {
    const analysis = await currentAnalysis({ userId: world.instructor.id, classId: world.klass.id, assignmentId: world.assignmentId })
    expect(analysis.students).toBe(2)
    const { filename, stream } = await exportResponses({ userId: world.instructor.id, classId: world.klass.id })
    expect(filename.toLowerCase()).not.toContain('renamed')
    expect(await new Response(stream).text()).toContain(world.students.Ana.email)
  })

  it('who may see analytics is decided on the primary: an instructor added a moment ago is let in', async () => {
    const book = await getGradebook({ userId: world.newcomerId, classId: world.klass.id })
    expect(book.students).toHaveLength(3)
  })

  it('grading reads the primary, so a grader sees the answer submitted a moment ago', async () => {
    const { responses } = await listQuestionResponses({
      userId: world.instructor.id,
      assignmentId: world.assignmentId,
      questionId: 'comp-occasion',
    })
    expect(responses).toHaveLength(3)
    expect(await db.attempt.count({ where: { assignmentId: world.assignmentId, status: 'SUBMITTED' } })).toBe(3)
    expect(await analyticsDb.attempt.count({ where: { assignmentId: world.assignmentId, status: 'SUBMITTED' } })).toBe(2)
  })
})
