import 'server-only'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { DEFAULT_DATABASE_URL, isEmbedded } from './database/database-url'

// Parsed once, on first use, with a message per variable. On the embedded demo database the
// NextAuth secret may come from .data/ (written by `npm start`); against a PostgreSQL server —
// production — it must be set explicitly.
const ZEnv = z.object({
  DATABASE_URL: z.string().default(DEFAULT_DATABASE_URL),
  NEXTAUTH_SECRET: z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters (try: openssl rand -base64 32)').optional(),
  NEXTAUTH_URL: z.url('NEXTAUTH_URL must be the public URL of the app, e.g. https://lectern.example.edu').optional(),
})

export const DEMO_SECRET_FILE = path.join(process.cwd(), '.data', 'nextauth-secret')

export interface Env {
  databaseUrl: string
  isEmbeddedDatabase: boolean
  nextAuthSecret: string
}

let cached: Env | undefined

export function env(): Env {
  if (cached) return cached
  const parsed = ZEnv.safeParse({
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined,
  })
  if (!parsed.success) {
    throw new Error(`Lectern cannot start: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`)
  }
  const embedded = isEmbedded(parsed.data.DATABASE_URL)
  let secret = parsed.data.NEXTAUTH_SECRET
  if (!secret && embedded && fs.existsSync(DEMO_SECRET_FILE)) secret = fs.readFileSync(DEMO_SECRET_FILE, 'utf8').trim()
  if (!secret) {
    throw new Error(
      embedded
        ? 'Lectern cannot start: no NEXTAUTH_SECRET. Start with `npm start`, which generates one in .data/, or set NEXTAUTH_SECRET.'
        : 'Lectern cannot start: NEXTAUTH_SECRET is required in production (DATABASE_URL names a PostgreSQL server). Set it to 32+ random characters: openssl rand -base64 32',
    )
  }
  cached = { databaseUrl: parsed.data.DATABASE_URL, isEmbeddedDatabase: embedded, nextAuthSecret: secret }
  return cached
}
