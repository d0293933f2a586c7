import { sqlRunner } from '@/lib/db'
import { applyMigrations, checksumOf, migrationStatus, readMigrationFiles } from '@/lib/database/migrations'

describe('the migration runner', () => {
  it('records every migration with its checksum in a _prisma_migrations-compatible table', async () => {
    const files = readMigrationFiles()
    const rows = await sqlRunner().query<{
      migration_name: string
      checksum: string
      finished_at: Date | null
      applied_steps_count: number
    }>('SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name')
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name))
    for (const row of rows) {
      expect(row.checksum).toBe(files.find((f) => f.name === row.migration_name)!.checksum)
      expect(row.finished_at).not.toBeNull()
      expect(row.applied_steps_count).toBe(1)
    }
  })

  it('applies nothing when run again on a migrated database', async () => {
    await expect(applyMigrations(sqlRunner())).resolves.toEqual([])
  })

  it('refuses, naming the migration, when an applied migration file was edited', async () => {
    const files = readMigrationFiles()
    const edited = files.map((f, i) => (i === 0 ? { ...f, sql: f.sql + '\n-- edited', checksum: checksumOf(f.sql + '\n-- edited') } : f))
    await expect(applyMigrations(sqlRunner(), edited)).rejects.toThrow(
      new RegExp(`Migration "${files[0].name}" was edited after it was applied`),
    )
  })

  it('refuses when an applied migration folder is missing', async () => {
    await expect(migrationStatus(sqlRunner(), [])).rejects.toThrow(/its folder is missing/)
  })

  it('a process of the previous release stays healthy once the next release has migrated, and the migration runner still refuses', async () => {
    const files = readMigrationFiles()
    const older = files.slice(0, -1) // this process was built before the newest migration
    await expect(migrationStatus(sqlRunner(), older)).rejects.toThrow(/its folder is missing/)
    await expect(migrationStatus(sqlRunner(), older, { allowAhead: true })).resolves.toMatchObject({
      pending: [],
      ahead: [files.at(-1)!.name],
    })
    // A missing folder in the middle of the history is not a newer release: still refused.
    await expect(migrationStatus(sqlRunner(), files.slice(1), { allowAhead: true })).rejects.toThrow(/its folder is missing/)
  })

  it('applies a new migration in a transaction, and a failing one leaves no trace', async () => {
    const files = readMigrationFiles()
    const good = {
      name: '99990101000000_probe',
      sql: 'CREATE TABLE "Probe" (id int);',
      checksum: checksumOf('CREATE TABLE "Probe" (id int);'),
    }
    const badSql = 'CREATE TABLE "Half" (id int); SELECT no_such_function();'
    const bad = { name: '99990102000000_broken', sql: badSql, checksum: checksumOf(badSql) }
    await expect(applyMigrations(sqlRunner(), [...files, good, bad])).rejects.toThrow()
    const tables = await sqlRunner().query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_name IN ('Probe', 'Half') AND table_schema = current_schema()`,
    )
    expect(tables.map((t) => t.name)).toEqual(['Probe'])
    expect((await migrationStatus(sqlRunner(), [...files, good, bad])).pending).toEqual([bad.name])
  })

  it('enforces the invariants the schema cannot express: due after opens', async () => {
    const cls = await sqlRunner().query<{ id: string }>(
      `INSERT INTO "Class" (id, name, term, "joinCode", "updatedAt") VALUES ('c1', 'C', 'T', 'ABCDEFGH', now()) RETURNING id`,
    )
    await expect(
      sqlRunner().exec(
        `INSERT INTO "Assignment" (id, "classId", title, "lessonSlug", "opensAt", "dueAt", "updatedAt")
         VALUES ('a1', '${cls[0].id}', 'A', 'l', now(), now() - interval '1 day', now())`,
      ),
    ).rejects.toThrow(/Assignment_due_after_opens/)
  })
})
