// Lectern's HTTP server: Next.js behind a plain node:http server whose one extra job is to record
// each request's TCP peer address in a header the client cannot forge (it is overwritten on every
// request). lib/auth/client-ip.ts reads it, with TRUSTED_PROXY_HOPS, to find the client's address;
// `next start` alone offers no such address (it fills X-Forwarded-For from the socket only when the
// client sent none). See docs/decisions/009-client-addresses-and-throttles.md.
import http from 'node:http'
import next from 'next'
import { SERVER_ACTION_BODY_LIMIT_BYTES, TOO_LARGE_MESSAGE } from '../lib/http/body-limits.mjs'

const PEER_HEADER = 'x-lectern-peer'
const dev = process.argv.includes('--dev')
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || undefined

const app = next({ dev, port, hostname: hostname ?? 'localhost' })
await app.prepare()
const handle = app.getRequestHandler()

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? ''
  if (isOversizeServerAction(req)) {
    res.writeHead(413, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' })
    res.end(TOO_LARGE_MESSAGE)
    return
  }
  handle(req, res)
})

// A server-action POST (Next.js marks it with a Next-Action header) that declares a body over the
// limit: refused here with a 413 and a sentence, where Next.js would read it and answer 500.
function isOversizeServerAction(req) {
  return (
    req.method === 'POST' &&
    Boolean(req.headers['next-action']) &&
    Number(req.headers['content-length'] ?? 0) > SERVER_ACTION_BODY_LIMIT_BYTES
  )
}
// Shutdown drains: no new connections, idle keep-alive sockets closed as soon as they are idle,
// requests in flight allowed to finish (a rolling restart must not cut off a save), and whatever
// is still open after SHUTDOWN_GRACE_MS (default 10 s) closed.
const SHUTDOWN_GRACE_MS = Number(process.env.SHUTDOWN_GRACE_MS || 10_000)
let isClosing = false
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (isClosing) return
    isClosing = true
    server.close(() => process.exit(0))
    const idle = setInterval(() => server.closeIdleConnections(), 50)
    idle.unref()
    setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS).unref()
  })
}
server.listen(port, hostname, () => console.log(`Lectern listening on port ${port}${dev ? ' (development)' : ''}`))
