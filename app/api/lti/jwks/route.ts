import { publishedKeySet } from '@/lib/lti/tool-keys'

// Lectern's public keys, which platforms fetch to check what Lectern signs. Public by design (a key
// set holds no secret); cached five minutes, well inside the hour a retired key stays published.
export const dynamic = 'force-dynamic'

export async function GET() {
  return Response.json(await publishedKeySet(), { headers: { 'cache-control': 'public, max-age=300' } })
}
