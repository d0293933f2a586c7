import 'next-auth'
import 'next-auth/jwt'

type Role = 'STUDENT' | 'INSTRUCTOR' | 'ADMIN'

declare module 'next-auth' {
  interface User {
    id: string
    role: Role
    sessionVersion: number
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role }
    /** The database could not be asked whether this session still stands (lib/auth/options.ts). */
    unverified?: boolean
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string
    role?: Role
    /** The account's sessionVersion when this session was issued. */
    sv?: number
    /** This session's random id, for revoking it alone (decision 010). */
    sid?: string
    /** Set only while the database cannot answer; cleared by the next check that succeeds. */
    unverified?: boolean
  }
}
