import NextAuth from 'next-auth'
import { authOptions } from '@/lib/auth/options'

// Built per request, not at import: `next build` loads this module and must not need the secret.
type RouteContext = { params: Promise<{ nextauth: string[] }> }

async function handler(req: Request, ctx: RouteContext) {
  return NextAuth(authOptions())(req, ctx)
}

export { handler as GET, handler as POST }
